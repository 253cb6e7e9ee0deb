using Employment.Hiring.Data;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// What every kind's submission does around its own judgement: the idempotent write in the transaction of
/// its answer, the 查询码 (issue 16) issued once with only its hash kept on the claim, the log line, and the
/// code added to the first answer only (a retry replays the stored answer, which never holds it).
/// </summary>
public static class ClaimSubmission
{
    /// <summary>
    /// Runs <paramref name="judgeAndBuild"/> (which judges again, throws when the rules refuse, and returns the
    /// claim with its items; rows it adds to other tables are saved with it) and stores the claim it returns.
    /// </summary>
    public static async Task<V1.HiringClaim> StoreOnceAsync(
        HiringDbContext db, ChinaClock clock, ILogger logger, V1.SubmitClaimRequest request, Caller clerk,
        Func<Task<HiringClaimRecord>> judgeAndBuild, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        ArgumentNullException.ThrowIfNull(judgeAndBuild);
        (string Id, IssuedProgressCode Code)? issued = null;
        var answer = await IdempotentWrite.RunAsync(db, clock.Now, "SubmitClaim", clerk, request.IdempotencyKey, request, V1.HiringClaim.Parser, async () =>
        {
            var record = await judgeAndBuild();
            var code = ProgressCodes.Issue();
            record.ProgressCodeHash = code.Stored;
            issued = (record.Id, code);
            db.Claims.Add(record);
            // A person claiming (flexible worker, transport) has no employer to name in the log.
            var creditMasked = record.EmployerCreditCode.Length > 0 ? Identity.IdMasking.CreditCode(record.EmployerCreditCode) : "";
            HiringLog.ClaimSubmitted(logger, record.Id, clerk.Subject, creditMasked, record.Items.Count, record.TotalFen, record.Region);
            return ClaimAnswers.Of(record);
        }, cancellationToken);
        return ClaimAnswers.WithProgressCode(answer, issued);
    }
}
