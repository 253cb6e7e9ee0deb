using Employment.Persistence.Records;
using Employment.Loans.Data;
using Employment.Loans.Domain.Ledger;
using Employment.Persistence.Idempotency;
using Employment.Policy;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;
using Employment.Policy.Model;

namespace Employment.Loans.Grpc;

internal sealed partial class StartupLoansService
{
    /// <summary>A preview of a quarter's claim from the ledger (R6); nothing is stored.</summary>
    public override async Task<V1.InterestSubsidyClaim> ComputeInterestSubsidyClaim(V1.ComputeInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var bankCode = LoanRequests.BankCode(request.BankCode, "bank_code");
        Bank(context, bankCode);
        var claim = await ComputeClaimAsync(bankCode, request.Year, request.Quarter, request.LoanIds, context.CancellationToken);
        claim.State = V1.ClaimState.Preview;
        return claim;
    }

    /// <summary>
    /// Submits a quarter's claim once the quarter has ended: computed from the ledger now and stored.
    /// One claim per bank and quarter; a rejected one may be submitted again (recomputed).
    /// </summary>
    public override Task<V1.InterestSubsidyClaim> SubmitInterestSubsidyClaim(V1.SubmitInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var bankCode = LoanRequests.BankCode(request.BankCode, "bank_code");
        var bank = Bank(context, bankCode);
        var period = QuarterOf(request.Year, request.Quarter);
        if (period.Until!.Value >= Today)
        {
            throw RpcErrors.Precondition($"{request.Year}年第{request.Quarter}季度尚未结束（至 {ClerkText.Day(period.Until.Value)}），季度结束后方可申请贴息。");
        }

        return IdempotentWrite.RunAsync(db, Now, "SubmitInterestSubsidyClaim", bank, request.IdempotencyKey, request, V1.InterestSubsidyClaim.Parser, async () =>
        {
            var existing = await db.Claims.SingleOrDefaultAsync(c => c.BankCode == bankCode && c.Year == request.Year && c.Quarter == request.Quarter, context.CancellationToken);
            if (existing is not null && existing.State != (int)V1.ClaimState.Rejected)
            {
                throw RpcErrors.Exists($"本行 {request.Year}年第{request.Quarter}季度的贴息申请已提交（{existing.Id}，{StateZh((V1.ClaimState)existing.State)}，金额 {ClerkText.Yuan(existing.TotalFen)}）。");
            }

            var claim = await ComputeClaimAsync(bankCode, request.Year, request.Quarter, [], context.CancellationToken);
            if (claim.Lines.Count == 0)
            {
                throw RpcErrors.Precondition($"本行 {request.Year}年第{request.Quarter}季度没有可申请贴息的贷款。");
            }

            var now = Now;
            var record = existing ?? new ClaimRecord
            {
                Id = Ids.New(Ids.Claim),
                BankCode = bankCode,
                Year = request.Year,
                Quarter = request.Quarter,
                Payload = [],
                CreatedAt = now,
                CreatedBy = bank.Subject,
            };
            record.State = (int)V1.ClaimState.Submitted;
            record.TotalFen = claim.Total.Fen;
            record.Payload = claim.ToByteArray();
            record.DecisionReason = "";
            record.Version++;
            record.UpdatedAt = now;
            record.UpdatedBy = bank.Subject;
            if (existing is null)
            {
                db.Claims.Add(record);
            }

            await db.SaveChangesAsync(context.CancellationToken);
            return ClaimToProto(record);
        }, context.CancellationToken);
    }

    /// <summary>The counter approves or rejects a submitted claim (a rejection needs a reason).</summary>
    public override Task<V1.InterestSubsidyClaim> DecideInterestSubsidyClaim(V1.DecideInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var clerk = Counter(context);
        var id = LoanRequests.Required(request.ClaimId, "claim_id", "贴息申请编号");
        var reason = request.ReasonZh.Trim();
        if (!request.Approve && reason.Length == 0)
        {
            throw RpcErrors.Invalid("reason_zh", "驳回贴息申请须填写原因。");
        }

        return IdempotentWrite.RunAsync(db, Now, "DecideInterestSubsidyClaim", clerk, request.IdempotencyKey, request, V1.InterestSubsidyClaim.Parser, async () =>
        {
            var record = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken) ?? throw RpcErrors.NotFound("贴息申请", id);
            RequireClaimRegion(clerk, record);
            if (record.Version != request.ExpectedVersion)
            {
                throw RpcErrors.StaleVersion("贴息申请", record.Version, request.ExpectedVersion);
            }

            if (record.State != (int)V1.ClaimState.Submitted)
            {
                throw RpcErrors.Precondition($"贴息申请 {id} 处于“{StateZh((V1.ClaimState)record.State)}”，只有已提交的申请可以审批。");
            }

            record.State = (int)(request.Approve ? V1.ClaimState.Approved : V1.ClaimState.Rejected);
            record.DecisionReason = reason;
            record.Version++;
            record.UpdatedAt = Now;
            record.UpdatedBy = clerk.Subject;
            await db.SaveChangesAsync(context.CancellationToken);
            return ClaimToProto(record);
        }, context.CancellationToken);
    }

    public override async Task<V1.InterestSubsidyClaim> GetInterestSubsidyClaim(V1.GetInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var id = LoanRequests.Required(request.ClaimId, "claim_id", "贴息申请编号");
        var record = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken) ?? throw RpcErrors.NotFound("贴息申请", id);
        if (caller.Role == CallerRole.Bank)
        {
            caller.RequireVisible("贴息申请", id, record.BankCode);
        }
        else
        {
            RequireClaimRegion(caller, record);
        }

        return ClaimToProto(record);
    }

    private async Task<V1.InterestSubsidyClaim> ComputeClaimAsync(string bankCode, int year, int quarter, IEnumerable<string> loanIds, CancellationToken cancellationToken)
    {
        var period = QuarterOf(year, quarter);
        var wanted = loanIds.ToList();
        var until = period.Until!.Value;
        var query = db.Loans.AsNoTracking().Where(l => l.BankCode == bankCode && l.SubsidisedPrincipalFen > 0 && l.IssueDate <= until);
        if (wanted.Count > 0)
        {
            query = query.Where(l => wanted.Contains(l.Id));
        }

        var records = await query.OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var missing = wanted.Except(records.Select(r => r.Id)).ToList();
        if (missing.Count > 0)
        {
            throw RpcErrors.Invalid("loan_ids", $"以下贷款不是本行在该季度结束前发放的贴息贷款：{string.Join("、", missing)}。");
        }

        var ledgerLoans = (await LoanAggregate.LoadManyAsync(db, records, cancellationToken)).Select(l => l.ToLedger()).ToList();

        InterestSubsidyClaim claim;
        try
        {
            claim = InterestSubsidyClaims.ForQuarter(bankCode, year, quarter, ledgerLoans, catalog);
        }
        catch (ConfigurationMissingException e)
        {
            throw RpcErrors.Precondition($"缺少配置参数，无法计算贴息分担（R3）：{e.Message}");
        }
        catch (NoPolicyException e)
        {
            throw RpcErrors.Precondition($"没有有效政策，无法计算贴息：{e.Message}");
        }

        return ClaimMapping.ToProto(claim, catalog);
    }

    private static DatePeriod QuarterOf(int year, int quarter)
    {
        if (year is < 2000 or > 2200)
        {
            throw RpcErrors.Invalid("year", "请填写申请贴息的年份。");
        }

        if (quarter is < 1 or > 4)
        {
            throw RpcErrors.Invalid("quarter", "季度应为 1 至 4。");
        }

        return InterestSubsidyClaims.QuarterPeriod(year, quarter);
    }

    private static V1.InterestSubsidyClaim ClaimToProto(ClaimRecord record)
    {
        var claim = V1.InterestSubsidyClaim.Parser.ParseFrom(record.Payload);
        claim.ClaimId = record.Id;
        claim.State = (V1.ClaimState)record.State;
        claim.DecisionReasonZh = record.DecisionReason;
        claim.Record = record.ToRecordInfo();
        return claim;
    }

    /// <summary>A counter decides claims whose loans all lie in its region (the local payers of the cost split).</summary>
    private static void RequireClaimRegion(Caller caller, ClaimRecord record)
    {
        if (caller.Role != CallerRole.Counter)
        {
            return;
        }

        var claim = V1.InterestSubsidyClaim.Parser.ParseFrom(record.Payload);
        foreach (var share in claim.CostShares.Where(s => s.Payer is "city" or "county" or "zone"))
        {
            RequireRegion(caller, share.Region.Code);
        }
    }

    private static string StateZh(V1.ClaimState state) => state switch
    {
        V1.ClaimState.Submitted => "已提交",
        V1.ClaimState.Approved => "已核准",
        V1.ClaimState.Rejected => "已驳回",
        _ => "预览",
    };
}
