using Employment.ServiceDefaults.Paging;
using Employment.Loans.Data;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

internal sealed partial class StartupLoansService
{
    private const string DefaultQueryPurpose = "创业担保贷款资格审查";

    /// <summary>
    /// The bank's question. Reveals no profile field: only the verdicts, caps and the checks behind
    /// them, with the borrower masked. Recorded (bank, time, purpose, consent) before answering.
    /// </summary>
    public override async Task<V1.EligibilityAnswer> QueryEligibility(V1.EligibilityQuery request, ServerCallContext context)
    {
        var bankCode = LoanRequests.BankCode(request.BankCode, "bank_code");
        Bank(context, bankCode);
        var consent = LoanRequests.Required(request.ConsentReference, "consent_reference", "借款人授权书编号（consent_reference）");
        var borrower = LoanRequests.Borrower(request.Borrower, "borrower", Today, borrowers);
        var region = LoanRequests.Region(request.Region, "region");
        var issueDate = LoanRequests.Date(request.IntendedIssueDate, "intended_issue_date");
        var amount = LoanRequests.Amount(request.RequestedAmount, "requested_amount");
        foreach (var (partner, i) in request.PartnerIdNumbers.Select((p, i) => (p, i)))
        {
            LoanRequests.Person(partner, $"partner_id_numbers[{i}]", Today);
        }

        var purpose = string.IsNullOrWhiteSpace(request.Purpose) ? DefaultQueryPurpose : request.Purpose.Trim();
        var judged = await assessment.AssessAsync(
            db,
            new AssessmentRequest(borrower, region, issueDate, amount, request.Guarantors, request.Staffing, "loans.eligibility"),
            context.CancellationToken);

        var record = new EligibilityQueryRecord
        {
            Id = Ids.New(Ids.EligibilityQuery),
            BankCode = bankCode,
            BorrowerKeyKind = (int)borrower.Kind,
            BorrowerMasked = borrower.Masked,
            BorrowerHash = borrower.Hash,
            BorrowerKind = (int)borrower.BorrowerKind,
            Region = region.Code,
            IntendedIssueDate = issueDate,
            RequestedFen = amount,
            ConsentReference = consent,
            Purpose = purpose,
            AskedAt = Now,
            EligibleProductIds = string.Join(",", judged.Offers.Where(o => o.Eligible).Select(o => o.ProductId)),
        };
        await queryLog.WriteAsync(record, context.CancellationToken);
        LoansLog.EligibilityAnswered(logger, record.Id, bankCode, borrower.Masked, record.EligibleProductIds);

        var answer = new V1.EligibilityAnswer
        {
            AnswerId = record.Id,
            RemainingSubsidisedLoans = judged.RemainingSubsidisedLoans,
            Explanation = judged.Common,
            Eligible = judged.Eligible,
        };
        answer.Offers.AddRange(judged.Offers.Select(OfferMapping.ToProto));
        answer.OutstandingLoans.AddRange(judged.OutstandingLoans);
        return answer;
    }

    /// <summary>Who asked about a borrower (the counter shows a person who looked them up).</summary>
    public override async Task<V1.ListEligibilityQueriesResponse> ListEligibilityQueries(V1.ListEligibilityQueriesRequest request, ServerCallContext context)
    {
        var caller = Counter(context);
        var borrower = LoanRequests.Borrower(request.Borrower, "borrower", Today, borrowers);
        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var rows = await db.EligibilityQueries.AsNoTracking()
            .Where(q => borrower.References.Contains(q.BorrowerHash) && string.Compare(q.Id, after) > 0)
            .OrderBy(q => q.Id)
            .Take(Pages.FetchCount(size))
            .ToListAsync(context.CancellationToken);
        // A counter sees the queries about borrowers in its own region, as with loans and applications.
        var scope = RegionScope.Of(caller);
        var (page, next) = Pages.Take(rows, size, q => scope.Covers(q.Region), q => q.Id);
        var response = new V1.ListEligibilityQueriesResponse { Page = next };
        foreach (var q in page)
        {
            var entry = new V1.EligibilityQueryRecord
            {
                AnswerId = q.Id,
                BankCode = q.BankCode,
                AskedAt = Conversions.Time(q.AskedAt),
                Purpose = q.Purpose,
                ConsentReference = q.ConsentReference,
                BorrowerMasked = q.BorrowerMasked,
            };
            entry.EligibleProductIds.AddRange(q.EligibleProductIds.Split(',', StringSplitOptions.RemoveEmptyEntries));
            response.Queries.Add(entry);
        }

        return response;
    }
}
