using Employment.Hiring.Data;
using Employment.Policy.Model;
using Employment.Persistence;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>What a county's share of a run has done so far (its record, as committed).</summary>
public sealed record OwedRunProgress(string RunKey, string County, string Checkpoint, int Claimants, int Offered);

/// <summary>
/// 免申即享 on a schedule (焦政办〔2024〕15号（二十））: one county's share of a city's nightly run. The owed list for the
/// county's employers and people over the look-back period, each claimant's prepared claims staged as offers the way the
/// hall stages them when the claimant opens it (<see cref="ClaimOffers.StageAsync"/>: judged as a counter's preview, told
/// by a message, none offered twice; an offer lying open a week is brought back to its claimant once), and committed claimant by claimant together with the share's checkpoint and
/// figures. A share stopped halfway (the process killed, the copy of the service lost) carries on after its checkpoint
/// when run again; a share completed is not run again under its key (the day). Open offers the run no longer finds are left for the
/// hall to withdraw (a person's claims may lie in another city's run).
/// </summary>
public sealed partial class OwedRun(HiringDbContext db, ListOwedSubsidies owed, ClaimOffers offers, ChinaClock clock, ILogger<OwedRun> logger)
{
    /// <summary>The bureau's own judge of the claims it offers, as the hall's preview is.</summary>
    private static readonly Caller Judge = new(CallerRole.Service, PlatformServices.Hiring);

    public async Task<OwedRunRecord> RunAsync(string runKey, Region county, DateOnly from, DateOnly until, IProgress<OwedRunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runKey);
        var share = await db.OwedRuns.SingleOrDefaultAsync(r => r.RunKey == runKey && r.County == county.Code, cancellationToken);
        if (share is { Completed: true })
        {
            return share;
        }

        if (share is null)
        {
            share = new OwedRunRecord { RunKey = runKey, County = county.Code, StartedAt = clock.Now, PeriodFrom = from, PeriodUntil = until };
            db.OwedRuns.Add(share);
        }

        share.Attempts++;
        await db.SaveChangesAsync(cancellationToken);
        var resumedAfter = share.Checkpoint;
        Started(logger, runKey, county.Code, share.Attempts, resumedAfter);

        var query = new OwedSubsidiesQuery(county, share.PeriodFrom, share.PeriodUntil, EmployersPerPage: 100);
        (string Key, OfferOwner Owner, Dictionary<string, V1.SubmitClaimRequest> Claims)? current = null;
        async Task FlushAsync()
        {
            if (current is not { } claimant)
            {
                return;
            }

            current = null;
            var (_, counts) = await offers.StageAsync(claimant.Owner, claimant.Claims, Judge, OfferStager.NightlyRun, cancellationToken);
            share.Checkpoint = claimant.Key;
            share.Claimants++;
            counts.AddTo(share);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            db.OwedRuns.Attach(share);
            progress?.Report(new OwedRunProgress(runKey, county.Code, share.Checkpoint, share.Claimants, share.Offered));
        }

        async Task TakeAsync(string key, OfferOwner owner, IEnumerable<V1.SubmitClaimRequest> claims)
        {
            // The owed list comes in its claimants' order: a claimant at or before the checkpoint was done before.
            if (resumedAfter.Length > 0 && string.CompareOrdinal(key, resumedAfter) <= 0)
            {
                return;
            }

            if (current?.Key != key)
            {
                await FlushAsync();
                current = (key, owner, new Dictionary<string, V1.SubmitClaimRequest>(StringComparer.Ordinal));
            }

            foreach (var claim in claims)
            {
                current.Value.Claims[ClaimOffers.KeyOf(claim)] = claim;
            }
        }

        await owed.StreamAsync(query, async page =>
        {
            foreach (var employer in page.Employers.Where(e => e.Employer?.EmployerId is { Length: > 0 }))
            {
                await TakeAsync("E:" + employer.EmployerCreditCode, new OfferOwner(employer.Employer.EmployerId, ""), employer.Claims);
            }

            foreach (var person in page.People)
            {
                await TakeAsync("P:" + person.PersonId, new OfferOwner("", person.PersonId), person.Claims);
            }
        }, cancellationToken);
        await FlushAsync();

        (share.Completed, share.CompletedAt) = (true, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        Finished(logger, runKey, county.Code, share.Claimants, share.Offered, share.OfferedFen, share.AlreadyOffered, share.NotOffered, share.Reminded);
        return share;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Owed run {RunKey} {County}: attempt {Attempt}, carrying on after '{Checkpoint}'")]
    private static partial void Started(ILogger logger, string runKey, string county, int attempt, string checkpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Owed run {RunKey} {County} completed: {Claimants} claimants, {Offered} offered ({OfferedFen} fen), {AlreadyOffered} offered before, {NotOffered} not offerable, {Reminded} reminded")]
    private static partial void Finished(ILogger logger, string runKey, string county, int claimants, int offered, long offeredFen, int alreadyOffered, int notOffered, int reminded);
}
