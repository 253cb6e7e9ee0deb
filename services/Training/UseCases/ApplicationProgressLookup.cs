using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 办理进度: a person follows an application with its reference and 查询码. The code is
/// checked before anything about the application is used; an unknown reference and a wrong code are
/// the one refusal of <see cref="ProgressCodes"/>. The answer is the masked summary: kind, status,
/// dates, the steps (受理, the decision, the payment), the masked name; never the identity number,
/// the amount, the certificate or the account.
/// </summary>
public sealed class ApplicationProgressLookup(TrainingDbContext db, ProgressGuesses guesses, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds,
    Employment.Policy.PolicyCatalog catalog) : IProgressLookup
{
    public async Task<ApplicationProgress> FindAsync(string reference, string code, CancellationToken cancellationToken)
    {
        var record = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == reference, cancellationToken);
        guesses.Require(reference, record?.ProgressCodeHash, code);
        return Of(record!);
    }

    /// <summary>The public summary of one application: kind, status, dates, the steps, the masked name.</summary>
    public ApplicationProgress Of(TrainingApplicationRecord record)
    {
        var status = (SubsidyStatus)record.Status;
        var progress = SubsidyProgress.Header(record.Id, kinds.Of((V1.SubsidyKind)record.Kind).NameZh + "申请", status, record.CreatedAt, record.UpdatedAt, record.NameMasked);
        progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Submitted, record.CreatedAt, ""));
        if (status is SubsidyStatus.Approved or SubsidyStatus.Paid)
        {
            progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Approved, record.DecidedAt ?? record.UpdatedAt, ""));
        }
        else if (status is SubsidyStatus.Rejected)
        {
            progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Rejected, record.DecidedAt ?? record.UpdatedAt, IdMasking.MaskIdNumbersIn(record.DecisionReasonZh)));
        }

        else if (status is SubsidyStatus.Withdrawn)
        {
            // Final when withdrawn: nothing changes it afterwards, so its last change is the withdrawal.
            progress.History.Add(SubsidyProgress.Withdrawn(record.UpdatedAt, record.DecisionReasonZh));
        }

        if (status is SubsidyStatus.Paid)
        {
            progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Paid, record.PaidRecordedAt ?? record.UpdatedAt, ""));
        }

        var due = Persistence.Reviews.DecisionTimeLimits.DueOn(catalog, kinds.Of((V1.SubsidyKind)record.Kind).Measure,
            Employment.Policy.Model.Region.Parse(record.Region), ServiceDefaults.Time.ChinaClock.DateOf(record.CreatedAt));
        return SubsidyProgress.WhatNext(progress, status, due, record.BatchId is not null, record.Region);
    }
}
