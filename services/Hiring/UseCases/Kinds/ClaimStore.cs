using Employment.Hiring.Data;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// Where every kind's claim is stored: the idempotent write in the transaction of its answer, the
/// 查询码 issued once with only its hash kept on the claim, the log line, and the code added to the
/// first answer only (a retry replays the stored answer, which never holds it).
/// </summary>
public sealed class ClaimStore(HiringDbContext db, ChinaClock clock, ILogger<ClaimStore> logger)
{
    /// <summary>Every kind's claims share one id prefix, so one keyset pages them all.</summary>
    public const string IdPrefix = "H";

    public HiringDbContext Db => db;

    public ChinaClock Clock => clock;

    /// <summary>
    /// Runs <paramref name="judgeAndBuild"/> (which judges again, throws when the rules refuse, and returns the
    /// claim with its items; rows it adds to other tables are saved with it) and stores the claim it returns.
    /// </summary>
    public async Task<V1.HiringClaim> StoreOnceAsync(
        V1.SubmitClaimRequest request, Caller clerk, Func<Task<HiringClaimRecord>> judgeAndBuild, CancellationToken cancellationToken)
    {
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
