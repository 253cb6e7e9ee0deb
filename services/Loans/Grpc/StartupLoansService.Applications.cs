using Employment.ServiceDefaults.Paging;
using Employment.Loans.Data;
using Employment.Loans.Domain.Applications;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;

namespace Employment.Loans.Grpc;

internal sealed partial class StartupLoansService
{
    /// <summary>Takes an application at the counter (已受理) and judges it as the bank's query would.</summary>
    public override Task<V1.LoanApplication> SubmitApplication(V1.SubmitApplicationRequest request, ServerCallContext context)
    {
        var clerk = Counter(context);
        var borrower = LoanRequests.Borrower(request.Borrower, "borrower", Today, borrowers);
        var region = LoanRequests.Region(request.Region, "region");
        RequireRegion(clerk, region.Code);
        var productId = LoanRequests.Required(request.ProductId, "product_id", "贷款产品（product_id）");
        var bankCode = LoanRequests.BankCode(request.BankCode, "bank_code");
        var amount = LoanRequests.Amount(request.RequestedAmount, "requested_amount");
        var issueDate = LoanRequests.Date(request.IntendedIssueDate, "intended_issue_date");
        if (request.TermMonths <= 0)
        {
            throw RpcErrors.Invalid("term_months", "请填写贷款期限（月数，大于零）。");
        }

        return IdempotentWrite.RunAsync(db, Now, "SubmitApplication", clerk, request.IdempotencyKey, request, V1.LoanApplication.Parser, async () =>
        {
            var judged = await assessment.AssessAsync(
                db,
                new AssessmentRequest(borrower, region, issueDate, amount, request.Guarantors, request.Staffing, "loans.application"),
                context.CancellationToken);
            var offer = judged.Offers.FirstOrDefault(o => o.ProductId == productId)
                ?? throw RpcErrors.Invalid("product_id",
                    $"未知或当日不适用的贷款产品“{PlainText.Quote(productId)}”。{ClerkText.Day(issueDate)} 可选：{string.Join("、", judged.Offers.Select(o => o.ProductId))}。");
            if (offer.MaxTermMonths is { } maxTerm && request.TermMonths > maxTerm)
            {
                throw RpcErrors.Invalid("term_months", $"贷款期限 {request.TermMonths} 个月超过该产品的最长期限 {maxTerm} 个月。");
            }

            // The borrower's checks first, then the product's.
            var eligibility = offer.Explanation.Clone();
            eligibility.Checks.Clear();
            eligibility.Checks.AddRange(judged.Common.Checks);
            eligibility.Checks.AddRange(offer.Explanation.Checks);
            var application = new V1.LoanApplication
            {
                Borrower = new V1.Borrower { Kind = request.Borrower.Kind },
                Region = new Common.V1.RegionCode { Code = region.Code },
                ProductId = productId,
                BankCode = bankCode,
                RequestedAmount = Conversions.Fen(amount),
                TermMonths = request.TermMonths,
                Eligibility = eligibility,
                IntendedIssueDate = Conversions.Date(issueDate),
                Eligible = offer.Eligible,
                Staffing = request.Staffing,
            };
            if (borrower.Kind == BorrowerKeyKind.IdNumber)
            {
                application.Borrower.IdNumber = borrower.Masked;
            }
            else
            {
                application.Borrower.CreditCode = borrower.Masked;
            }

            foreach (var g in request.Guarantors)
            {
                application.Guarantors.Add(new V1.GuarantorInput
                {
                    IdNumber = LoanRequests.Person(g.IdNumber, "guarantors.id_number", issueDate).Masked,
                    Name = g.Name.Trim(),
                    MonthlyContribution = g.MonthlyContribution,
                });
            }

            var now = Now;
            var record = new ApplicationRecord
            {
                Id = Ids.New(Ids.Application),
                BorrowerKeyKind = (int)borrower.Kind,
                BorrowerMasked = borrower.Masked,
                BorrowerHash = borrower.Hash,
                ProductId = productId,
                BankCode = bankCode,
                Region = region.Code,
                AmountFen = amount,
                State = (int)V1.ApplicationState.Accepted,
                Payload = application.ToByteArray(),
                Version = 1,
                CreatedAt = now,
                CreatedBy = clerk.Subject,
                UpdatedAt = now,
                UpdatedBy = clerk.Subject,
            };
            var change = new ApplicationStateChangeRecord
            {
                Id = Ids.New(Ids.StateChange),
                ApplicationId = record.Id,
                From = (int)V1.ApplicationState.Unspecified,
                To = (int)V1.ApplicationState.Accepted,
                Actor = clerk.Subject,
                At = now,
                Reason = offer.Eligible ? "受理，资格初审通过" : "受理，资格初审未通过：" + offer.Explanation.SummaryZh,
            };
            db.Applications.Add(record);
            db.ApplicationStateChanges.Add(change);
            return ApplicationMapping.ToProto(record, [change]);
        }, context.CancellationToken);
    }

    public override async Task<V1.LoanApplication> TransitionApplication(V1.TransitionApplicationRequest request, ServerCallContext context)
    {
        var clerk = Counter(context);
        var id = LoanRequests.Required(request.ApplicationId, "application_id", "申请编号");
        if (request.To is V1.ApplicationState.Unspecified || !Enum.IsDefined(request.To))
        {
            throw RpcErrors.Invalid("to", "请选择目标状态。");
        }

        var reason = request.ReasonZh.Trim();
        if (ApplicationStates.NeedsReason(request.To) && reason.Length == 0)
        {
            throw RpcErrors.Invalid("reason_zh", $"变更为“{ApplicationStates.NameZh(request.To)}”须填写原因。");
        }

        return await IdempotentWrite.RunAsync(db, Now, "TransitionApplication", clerk, request.IdempotencyKey, request, V1.LoanApplication.Parser, async () =>
        {
            var record = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
                ?? throw RpcErrors.NotFound("贷款申请", id);
            clerk.RequireVisible("贷款申请", id, record.BankCode, record.Region);
            if (record.Version != request.ExpectedVersion)
            {
                throw RpcErrors.StaleVersion("贷款申请", record.Version, request.ExpectedVersion);
            }

            var from = (V1.ApplicationState)record.State;
            if (request.To == V1.ApplicationState.Issued)
            {
                throw RpcErrors.Precondition("“已放款”由经办银行登记贷款时自动变更，不能手工设置。");
            }

            if (!ApplicationStates.CanMove(from, request.To))
            {
                var next = ApplicationStates.Next(from);
                throw RpcErrors.Precondition(
                    $"申请处于“{ApplicationStates.NameZh(from)}”，不能变更为“{ApplicationStates.NameZh(request.To)}”。"
                    + (next.Count == 0 ? "该申请已办结。" : $"可变更为：{string.Join("、", next.Select(ApplicationStates.NameZh))}。"));
            }

            var application = V1.LoanApplication.Parser.ParseFrom(record.Payload);
            if (request.To == V1.ApplicationState.Reviewed && !application.Eligible)
            {
                var failed = application.Eligibility.Checks.Where(c => !c.Passed).Select(c => c.DescriptionZh);
                throw RpcErrors.Precondition($"资格审查未通过，不能审核通过：{string.Join("；", failed)}。");
            }

            var now = Now;
            record.State = (int)request.To;
            record.Version++;
            record.UpdatedAt = now;
            record.UpdatedBy = clerk.Subject;
            db.ApplicationStateChanges.Add(new ApplicationStateChangeRecord
            {
                Id = Ids.New(Ids.StateChange),
                ApplicationId = record.Id,
                From = (int)from,
                To = (int)request.To,
                Actor = clerk.Subject,
                At = now,
                Reason = reason,
            });
            await db.SaveChangesAsync(context.CancellationToken);
            LoansLog.ApplicationMoved(logger, record.Id, from.ToString(), request.To.ToString(), clerk.Subject);
            return await LoadApplicationAsync(record, context.CancellationToken);
        }, context.CancellationToken);
    }

    public override async Task<V1.LoanApplication> GetApplication(V1.GetApplicationRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var id = LoanRequests.Required(request.ApplicationId, "application_id", "申请编号");
        var record = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw RpcErrors.NotFound("贷款申请", id);
        RequireApplicationAccess(caller, record);
        return await LoadApplicationAsync(record, context.CancellationToken);
    }

    public override async Task<V1.ListApplicationsResponse> ListApplications(V1.ListApplicationsRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var query = db.Applications.AsNoTracking();
        if (caller.Role == CallerRole.Bank)
        {
            caller.RequireOwnBank(request.BankCode.Length > 0 ? request.BankCode : caller.BankCode ?? "");
            query = query.Where(a => a.BankCode == caller.BankCode);
        }
        else if (request.BankCode.Length > 0)
        {
            query = query.Where(a => a.BankCode == request.BankCode);
        }

        if (request.State != V1.ApplicationState.Unspecified)
        {
            query = query.Where(a => a.State == (int)request.State);
        }

        if (request.BorrowerIdNumber.Length > 0)
        {
            var references = borrowers.Candidates(BorrowerKeyKind.IdNumber, LoanRequests.Person(request.BorrowerIdNumber, "borrower_id_number", Today).Value);
            query = query.Where(a => references.Contains(a.BorrowerHash));
        }

        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var rows = await query.Where(a => string.Compare(a.Id, after) > 0).OrderBy(a => a.Id).Take(Pages.FetchCount(size)).ToListAsync(context.CancellationToken);
        var scope = RegionScope.Of(caller);
        var (page, next) = Pages.Take(rows, size, r => scope.Covers(r.Region), r => r.Id);
        var response = new V1.ListApplicationsResponse { Page = next };
        response.Applications.AddRange(await LoadApplicationsAsync(page, context.CancellationToken));

        return response;
    }

    private static void RequireApplicationAccess(Caller caller, ApplicationRecord record) =>
        caller.RequireVisible("贷款申请", record.Id, record.BankCode, record.Region);

    private async Task<V1.LoanApplication> LoadApplicationAsync(ApplicationRecord record, CancellationToken cancellationToken) =>
        (await LoadApplicationsAsync([record], cancellationToken))[0];

    /// <summary>The applications with their histories, in the order given: one query for all the histories.</summary>
    private async Task<List<V1.LoanApplication>> LoadApplicationsAsync(IReadOnlyList<ApplicationRecord> records, CancellationToken cancellationToken)
    {
        var ids = records.Select(r => r.Id).ToList();
        var changes = (await db.ApplicationStateChanges.AsNoTracking()
                .Where(c => ids.Contains(c.ApplicationId))
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToLookup(c => c.ApplicationId);
        return records.Select(r => ApplicationMapping.ToProto(r, changes[r.Id])).ToList();
    }
}
