using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.IdentityNumbers;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 办理进度 for hiring and start-up subsidy claims: a claimant follows a claim with its
/// claim_id and 查询码. The code is checked before anything about the claim is used; an unknown
/// claim and a wrong code are the one refusal of <see cref="ProgressCodes"/>. The answer is the
/// masked summary: kind, status, dates, the steps (受理, each item's decision with the clerk's reason,
/// identity numbers masked, the payment); never the credit code, an identity number, an amount or
/// the account.
/// </summary>
public sealed class ClaimProgressLookup(HiringDbContext db, ProgressGuesses guesses, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds,
    Employment.Policy.PolicyCatalog catalog) : IProgressLookup
{
    public async Task<ApplicationProgress> FindAsync(string reference, string code, CancellationToken cancellationToken)
    {
        var record = await db.Claims.AsNoTracking().Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == reference, cancellationToken);
        guesses.Require(reference, record?.ProgressCodeHash, code);
        return Of(record!);
    }

    /// <summary>The public summary of one claim: kind, status, dates, each item's decision, the masked name.</summary>
    public ApplicationProgress Of(HiringClaimRecord record)
    {
        var status = (SubsidyStatus)record.Status;
        var kind = (V1.SubsidyKind)record.Kind;
        var name = kinds.For(kind).ApplicantNameMasked(record);
        var progress = SubsidyProgress.Header(record.Id, KindZh(kind), status, record.CreatedAt, record.UpdatedAt, name);
        progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Submitted, record.CreatedAt, ""));
        foreach (var item in record.Items.Where(i => (SubsidyStatus)i.Status is SubsidyStatus.Approved or SubsidyStatus.Rejected or SubsidyStatus.Paid)
                     .OrderBy(i => i.UpdatedAt).ThenBy(i => i.ItemNo))
        {
            var decided = (SubsidyStatus)item.Status == SubsidyStatus.Rejected ? SubsidyStatus.Rejected : SubsidyStatus.Approved;
            var reason = item.DecisionReasonZh.Length > 0 ? "：" + IdMasking.MaskIdNumbersIn(item.DecisionReasonZh) : "";
            progress.History.Add(SubsidyProgress.Step(decided, item.UpdatedAt, $"第 {item.ItemNo} 项{reason}"));
        }

        if (status is SubsidyStatus.Paid)
        {
            progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Paid, record.UpdatedAt, ""));
        }
        else if (status is SubsidyStatus.Withdrawn)
        {
            progress.History.Add(SubsidyProgress.Withdrawn(record.UpdatedAt, record.Items.Select(i => i.DecisionReasonZh).FirstOrDefault() ?? ""));
        }

        var due = Persistence.Reviews.DecisionTimeLimits.DueOn(catalog, kinds.Of(kind).Measure, Employment.Policy.Model.Region.Parse(record.Region), record.ReceivedOn);
        return SubsidyProgress.WhatNext(progress, status, due, record.BatchId is not null, record.Region);
    }

    /// <summary>The kind as its own class names it (every kind the service takes), then 申请.</summary>
    private string KindZh(V1.SubsidyKind kind) => kinds.Of(kind).NameZh + "申请";
}
