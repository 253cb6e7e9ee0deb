using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 撤回 (the lifecycle's shared step): the applicant withdraws their own application while no clerk has decided it, or a
/// counter of its region does on their written request, with the reason. It leaves the counter's queue (which lists 已受理
/// ones), counts for no yearly or per-certificate limit (its certificate may be applied for again), and the person is
/// told by a message in the same write. Another's application and no application look the same.
/// </summary>
public sealed class WithdrawApplication(TrainingDbContext db, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, ApplicationProgressLookup progress, ChinaClock clock,
    ILogger<WithdrawApplication> logger) : OwnWithdrawal<TrainingApplicationRecord>(db, clock)
{
    /// <summary>What a withdrawn application's certificate key becomes, before its own id.</summary>
    public const string WithdrawnKeyPrefix = "已撤回/";

    protected override string WhatZh => DecideApplication.What;

    protected override string WhoMayZh => "培训补贴由申请人本人（或申请单位的经办人）撤回，或由窗口按其书面申请撤回。";

    protected override Task<TrainingApplicationRecord?> FindAsync(string reference, CancellationToken cancellationToken) =>
        db.Applications.SingleOrDefaultAsync(a => a.Id == reference, cancellationToken);

    protected override (RecordOwner Owner, string Region) WhoseIs(TrainingApplicationRecord record) => (record.Owner, record.Region);

    protected override Task<ApplicationProgress> WithdrawAsync(TrainingApplicationRecord record, WithdrawRequest request, Caller caller, DateTimeOffset at, CancellationToken cancellationToken)
    {
        record.Status = (int)ApplicationDecision.Withdraw((ApplicationStatus)record.Status);
        // The certificate (or the apprentice's year) is given back: R24's "once" is about being paid, and nothing was.
        // The key becomes the application's own, which no certificate number can be; the number itself is kept.
        record.CertificateKey = WithdrawnKeyPrefix + record.Id;
        record.DecisionReasonZh = request.ReasonZh.Trim();
        record.StampChanged(caller.Subject, at);
        db.AddMessage(TrainingMessages.Withdrawn(record, kinds.Of((V1.SubsidyKind)record.Kind).NameZh, at), at);
        TrainingLog.ApplicationWithdrawn(logger, record.Id);
        return Task.FromResult(SubsidyProgress.ForOwner(progress.Of(record), record.AmountFen));
    }
}
