#!/usr/bin/env python3
"""A bank's eligibility query (创业担保贷款资格查询) through the platform's gateway, with Python stubs
built from protos/ by a stock protoc (see docs/banks.md, "Stubs").

    BANK_TOKEN=... python3 docs/examples/bank_query.py --stubs /tmp/stubs --bank-code DEMO-BANK-001 \
        --id-number 410802199001011234 --region 410802 --date 2024-03-01 --amount-yuan 100000 --consent SQ-2024-0001

Prints the answer: eligible or not, each product with its caps and failed checks, and whose rules
applied. A refusal prints its status, message and machine-readable details (reason, field), exit 1.
"""

import argparse
import os
import sys

import grpc


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gateway", default="127.0.0.1:8081", help="the gateway's gRPC address (host:port, an http:// prefix is dropped)")
    parser.add_argument("--stubs", required=True, help="folder protoc wrote the Python stubs to")
    parser.add_argument("--bank-code", required=True, help="the bank code the token was issued for")
    parser.add_argument("--id-number", required=True, help="the borrower's 身份证号")
    parser.add_argument("--region", required=True, help="the place of the loan, e.g. 410802")
    parser.add_argument("--date", required=True, help="拟放款日期, YYYY-MM-DD")
    parser.add_argument("--amount-yuan", type=int, required=True)
    parser.add_argument("--consent", required=True, help="授权书编号")
    parser.add_argument("--json", action="store_true", help="print the whole answer as proto3 JSON")
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    sys.path.insert(0, arguments.stubs)
    from google.protobuf import json_format
    from google.rpc import error_details_pb2, status_pb2
    from employment.common.v1 import date_pb2, money_pb2, region_pb2
    from employment.loans.v1 import startup_loans_pb2 as loans
    from employment.loans.v1 import startup_loans_pb2_grpc as loans_grpc

    year, month, day = (int(part) for part in arguments.date.split("-"))
    query = loans.EligibilityQuery(
        bank_code=arguments.bank_code,
        borrower=loans.Borrower(id_number=arguments.id_number, kind=loans.BORROWER_KIND_INDIVIDUAL),
        region=region_pb2.RegionCode(code=arguments.region),
        intended_issue_date=date_pb2.CalendarDate(year=year, month=month, day=day),
        requested_amount=money_pb2.Money(fen=arguments.amount_yuan * 100),
        consent_reference=arguments.consent,
        purpose="贷前审查",
    )
    token = os.environ.get("BANK_TOKEN")
    if not token:
        print("BANK_TOKEN is not set: export the bank's token (set -a; source .data/dev-tokens.env; set +a on a local run)", file=sys.stderr)
        return 2
    target = arguments.gateway.removeprefix("http://")
    with grpc.insecure_channel(target) as channel:
        stub = loans_grpc.StartupLoansStub(channel)
        try:
            answer = stub.QueryEligibility(query, metadata=[("authorization", "Bearer " + token)], timeout=30)
        except grpc.RpcError as error:
            print(f"refused: {error.code().name}: {error.details()}")
            for key, value in error.trailing_metadata() or ():
                if key != "grpc-status-details-bin":
                    continue
                status = status_pb2.Status.FromString(value)
                for detail in status.details:
                    if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                        info = error_details_pb2.ErrorInfo()
                        detail.Unpack(info)
                        print(f"reason: {info.reason} ({info.domain}) {dict(info.metadata)}")
                    elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                        bad = error_details_pb2.BadRequest()
                        detail.Unpack(bad)
                        for violation in bad.field_violations:
                            print(f"field: {violation.field}: {violation.description}")
            return 1

    if arguments.json:
        # proto3 JSON leaves out fields at their default: eligible=false and a cap of 0 are absent.
        print(json_format.MessageToJson(answer, ensure_ascii=False))
        return 0

    print(f"answer {answer.answer_id}: eligible={answer.eligible}, remaining subsidised loans {answer.remaining_subsidised_loans}")
    print(f"rules: {answer.rules_basis.basis_zh}")
    for check in answer.explanation.checks:
        if not check.passed:
            print(f"  failed {check.rule_id}: {check.description_zh}")
    for offer in answer.offers:
        print(f"  {offer.name_zh} [{offer.product_id}] eligible={offer.eligible} "
              f"cap {offer.total_cap.fen / 100:.2f} subsidised {offer.subsidised_cap.fen / 100:.2f} yuan")
        for check in offer.explanation.checks:
            if not check.passed:
                print(f"    failed {check.rule_id}: {check.description_zh}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
