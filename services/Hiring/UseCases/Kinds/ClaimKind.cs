using Employment.Hiring.Data;
using Employment.Persistence;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The submission every kind shares, held once: in the transaction of its answer (idempotent on the
/// clerk's key, <see cref="ClaimStore"/>) the claim is judged again, refused as a whole when an item is
/// refused (ALREADY_EXISTS naming a standing claim, else FAILED_PRECONDITION naming the item and the
/// rules), and stored with its items and the rows that hold what it pays for; when the database's unique
/// index refuses the write because a racing claim took something first, the kind names that claim.
/// </summary>
/// <typeparam name="TJudged">The kind's judgement of a whole claim.</typeparam>
public abstract class ClaimKind<TJudged>(ClaimStore store, IClaimJudging<TJudged> judging) : IClaimKind
    where TJudged : class
{
    protected ClaimStore Store => store;

    public async Task<V1.HiringClaim> PreviewAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken) =>
        Preview(await JudgeAsync(request, clerk, cancellationToken));

    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        TJudged? judged = null;
        try
        {
            return await store.StoreOnceAsync(request, clerk, async () =>
            {
                var id = RecordIds.New(ClaimStore.IdPrefix);
                judged = await JudgeToStoreAsync(id, request, clerk, cancellationToken);
                EnsureGranted(judged);
                return Record(id, judged, request, clerk, store.Clock.Now);
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            store.Db.ChangeTracker.Clear();
            if (await LostRaceAsync(judged, CancellationToken.None) is { } taken)
            {
                throw taken;
            }

            throw;
        }
    }

    /// <summary>Judges the claim from the request and what the registry and the stored claims say; writes nothing.</summary>
    protected Task<TJudged> JudgeAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken) =>
        judging.JudgeAsync(request, clerk, cancellationToken);

    /// <summary>Judges inside the submission's transaction, knowing the new claim's id (the trainee kind takes its turns first).</summary>
    protected virtual Task<TJudged> JudgeToStoreAsync(string claimId, V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken) =>
        JudgeAsync(request, clerk, cancellationToken);

    /// <summary>The judgement as an answer with status PREVIEW: no id, nothing stored.</summary>
    protected abstract V1.HiringClaim Preview(TJudged judged);

    /// <summary>Throws when the rules refuse an item; the whole claim is then refused and nothing stored.</summary>
    protected abstract void EnsureGranted(TJudged judged);

    /// <summary>The claim to store with its items; rows that hold what it pays for are added to <see cref="ClaimStore.Db"/>.</summary>
    protected abstract HiringClaimRecord Record(string claimId, TJudged judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now);

    /// <summary>After the unique index refused the write: ALREADY_EXISTS naming the claim that took it first, or null when none is found.</summary>
    protected abstract Task<DomainRuleException?> LostRaceAsync(TJudged judged, CancellationToken cancellationToken);
}
