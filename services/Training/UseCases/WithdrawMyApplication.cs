using Employment.Persistence.Idempotency;
using Employment.Persistence.Outbox;
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
/// 撤回 (我的办事): the signed-in person withdraws their own application while no clerk has decided it. It leaves the
/// counter's queue (which lists 已受理 ones), counts for no yearly or per-certificate limit (its certificate may be applied
/// for again), and the person is told by a message in the same write. Another's application and no application look the same.
/// </summary>
public sealed class WithdrawMyApplication(TrainingDbContext db, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, ChinaClock clock, ILogger<WithdrawMyApplication> logger)
{
    /// <summary>What a withdrawn application's certificate key becomes, before its own id.</summary>
    public const string WithdrawnKeyPrefix = "已撤回/";

    public Task<V1.TrainingApplication> WithdrawAsync(V1.WithdrawMyApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var own = RegionScope.Of(caller).OwnPersonId ?? throw RpcErrors.Denied("只有实名登录的申请人本人可以撤回申请。 (a person's own application)");
        var id = request.ApplicationId.Trim();
        return IdempotentWrite.RunAsync(db, clock.Now, "WithdrawMyApplication", caller, request.IdempotencyKey, request, V1.TrainingApplication.Parser, async () =>
        {
            var record = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (record is null || record.PersonId != own)
            {
                throw DomainRuleException.NotFound(DecideApplication.What, id);
            }

            record.Status = (int)ApplicationDecision.Withdraw((ApplicationStatus)record.Status);
            // The certificate (or the apprentice's year) is given back: R24's "once" is about being paid, and nothing was.
            // The key becomes the application's own, which no certificate number can be; the number itself is kept.
            record.CertificateKey = WithdrawnKeyPrefix + record.Id;
            record.StampChanged(caller.Subject, clock.Now);
            db.AddMessage(TrainingMessages.Withdrawn(record, kinds.Of((V1.SubsidyKind)record.Kind).NameZh, clock.Now), clock.Now);
            TrainingLog.ApplicationWithdrawn(logger, record.Id);
            return ApplicationAnswers.Of(record);
        }, cancellationToken);
    }
}
