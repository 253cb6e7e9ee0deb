using System.Security.Cryptography;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence;
using Employment.Persistence.Outbox;
using Employment.Persistence.Submissions;
using Employment.Policy.Model;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// Who stages a claimant's offers. The hall, the claimant looking: an open offer its run no longer finds is withdrawn.
/// The nightly run (<see cref="OwedRun"/>), which sees one city's claims of a claimant who may have others: nothing is
/// withdrawn, and an open offer found again that has lain <see cref="OfferOptions.RemindAfterDays"/> is brought back once.
/// </summary>
public enum OfferStager
{
    Hall,
    NightlyRun,
}

/// <summary>What staging a claimant's offers did: offers made (and their amount), claims offered before, claims not offerable today.</summary>
public sealed class OfferCounts
{
    public int Offered { get; set; }

    public long OfferedFen { get; set; }

    public int AlreadyOffered { get; set; }

    public int NotOffered { get; set; }

    public int Reminded { get; set; }

    /// <summary>Adds these figures to a share of the nightly run.</summary>
    public void AddTo(OwedRunRecord share)
    {
        ArgumentNullException.ThrowIfNull(share);
        (share.Offered, share.OfferedFen, share.AlreadyOffered, share.NotOffered, share.Reminded) =
            (share.Offered + Offered, share.OfferedFen + OfferedFen, share.AlreadyOffered + AlreadyOffered, share.NotOffered + NotOffered, share.Reminded + Reminded);
    }
}

/// <summary>
/// How far back the hall's owed run looks for contract starts (<c>Offers:LookBackMonths</c>): the reach of the search, not
/// a rule; and after how many days an offer still open is brought back to its claimant once by the scheduled run
/// (<c>Offers:RemindAfterDays</c>; 0: never): a service's courtesy, not a rule.
/// </summary>
public sealed class OfferOptions
{
    public int LookBackMonths { get; set; } = 24;

    public int RemindAfterDays { get; set; } = 7;
}

/// <summary>
/// 免申即享 in the hall (焦政办〔2024〕15号（二十））: the owed list run for the one signed-in claimant, as the counter's window
/// runs it, each prepared claim judged as a counter's preview and kept as an offer. A claim found again keeps its offer
/// (one row per claimant and claim, <see cref="OfferRecord.ClaimKey"/>); a new one is offered with a message; an open offer
/// the run no longer finds — the facts changed, or the claim was taken another way — is withdrawn with a message. Offers,
/// claims and messages are written in one transaction.
/// </summary>
public sealed partial class ClaimOffers(
    HiringDbContext db,
    ListOwedSubsidies owed,
    ClaimKinds kinds,
    SubsidyKinds<V1.SubsidyKind, IClaimKind> taken,
    RegionCheckedRegistry registry,
    ChinaClock clock,
    OfferOptions options,
    ILogger<ClaimOffers> logger)
{
    private const string Purpose = "hiring.offers";

    /// <summary>Why an open offer is withdrawn, as the claimant reads it.</summary>
    public const string NoLongerOwedZh = "按登记系统现在的记录，这项补贴已不符合条件，或已通过其他途径申领（例如已在人社窗口受理）。如有疑问，请向人社窗口咨询。";

    public async Task<V1.ListMyOffersResponse> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        var owner = OfferOwner.Of(caller);
        var found = await FindAsync(owner, caller, cancellationToken);
        var (rows, _) = await StageAsync(owner, found, OfferOwner.Judge(caller), OfferStager.Hall, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another page of the same claimant offered them first: theirs are the offers.
            db.ChangeTracker.Clear();
            rows = await owner.Of(db.Offers.AsNoTracking()).ToListAsync(cancellationToken);
        }

        var answer = new V1.ListMyOffersResponse();
        answer.Offers.AddRange(rows.OrderBy(r => r.State == (int)V1.OfferState.Open ? 0 : 1).ThenByDescending(r => r.Id, StringComparer.Ordinal).Select(Answer));
        return answer;
    }

    /// <summary>
    /// The claimant's offers with those of <paramref name="found"/> not offered yet added (each judged as a counter's
    /// preview by <paramref name="judge"/>, with its message), and the open ones withdrawn or reminded of as
    /// <paramref name="stager"/> does; staged in the context, not saved.
    /// </summary>
    public async Task<(List<OfferRecord> Rows, OfferCounts Counts)> StageAsync(OfferOwner owner, IReadOnlyDictionary<string, V1.SubmitClaimRequest> found, Caller judge,
        OfferStager stager, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        var rows = await owner.Of(db.Offers).ToListAsync(cancellationToken);
        var now = clock.Now;
        var known = rows.ToDictionary(r => r.ClaimKey, StringComparer.Ordinal);
        var counts = new OfferCounts();
        foreach (var (key, claim) in found)
        {
            if (known.TryGetValue(key, out var row) && row.State != (int)V1.OfferState.Withdrawn)
            {
                counts.AlreadyOffered++;
                if (stager == OfferStager.NightlyRun && row.State == (int)V1.OfferState.Open && row.RemindedAt is null && options.RemindAfterDays > 0
                    && now - row.OfferedAt >= TimeSpan.FromDays(options.RemindAfterDays))
                {
                    row.RemindedAt = now;
                    db.AddMessage(OfferMessages.Reminded(row, taken.NameZh(claim.Kind), now), now);
                    counts.Reminded++;
                }

                continue;
            }

            if (await PreviewAsync(claim, judge, cancellationToken) is not { } preview)
            {
                counts.NotOffered++;
                continue;
            }

            if (row is null)
            {
                row = new OfferRecord { Id = RecordIds.New("F"), OwnerEmployerId = owner.EmployerId, OwnerPersonId = owner.PersonId, ClaimKey = key, Kind = (int)claim.Kind, Claim = claim.ToByteArray(), Preview = [] };
                db.Offers.Add(row);
                rows.Add(row);
            }

            (row.Preview, row.AmountFen, row.State, row.OfferedAt, row.SettledAt, row.WithdrawnReasonZh) = (preview.ToByteArray(), preview.Total.Fen, (int)V1.OfferState.Open, now, null, "");
            db.AddMessage(OfferMessages.Offered(row, taken.NameZh(claim.Kind), now), now);
            (counts.Offered, counts.OfferedFen) = (counts.Offered + 1, counts.OfferedFen + preview.Total.Fen);
        }

        foreach (var row in rows.Where(r => stager == OfferStager.Hall && r.State == (int)V1.OfferState.Open && !found.ContainsKey(r.ClaimKey)))
        {
            (row.State, row.SettledAt, row.WithdrawnReasonZh) = ((int)V1.OfferState.Withdrawn, now, NoLongerOwedZh);
            db.AddMessage(OfferMessages.Withdrawn(row, taken.NameZh((V1.SubsidyKind)row.Kind), now), now);
        }

        return (rows, counts);
    }

    /// <summary>An offer as the claimant reads it.</summary>
    public V1.SubsidyOffer Answer(OfferRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var offer = new V1.SubsidyOffer
        {
            OfferId = row.Id,
            Kind = (V1.SubsidyKind)row.Kind,
            KindZh = taken.NameZh((V1.SubsidyKind)row.Kind),
            State = (V1.OfferState)row.State,
            Amount = new Money { Fen = row.AmountFen },
            OfferedAt = Timestamp.FromDateTimeOffset(row.OfferedAt),
            SettledAt = row.SettledAt is { } settled ? Timestamp.FromDateTimeOffset(settled) : null,
            ClaimId = row.ClaimId,
            WithdrawnReasonZh = row.WithdrawnReasonZh,
        };
        offer.Items.AddRange(V1.HiringClaim.Parser.ParseFrom(row.Preview).Items);
        return offer;
    }

    /// <summary>The prepared claims the owed list finds for the claimant today, by their key.</summary>
    private async Task<Dictionary<string, V1.SubmitClaimRequest>> FindAsync(OfferOwner owner, Caller caller, CancellationToken cancellationToken)
    {
        var until = clock.Today;
        var from = until.AddMonths(-Math.Clamp(options.LookBackMonths, 1, 120));
        var claims = new Dictionary<string, V1.SubmitClaimRequest>(StringComparer.Ordinal);
        foreach (var region in await RegionsAsync(owner, caller, cancellationToken))
        {
            var query = new OwedSubsidiesQuery(region, from, until, 1) { EmployerId = owner.EmployerId, PersonId = owner.PersonId };
            await owed.StreamAsync(query, page =>
            {
                var prepared = owner.ForEmployer
                    ? page.Employers.Where(e => e.Employer?.EmployerId == owner.EmployerId).SelectMany(e => e.Claims)
                    : page.People.Where(p => p.PersonId == owner.PersonId).SelectMany(p => p.Claims);
                foreach (var claim in prepared)
                {
                    claims[KeyOf(claim)] = claim;
                }

                return Task.CompletedTask;
            }, cancellationToken);
        }

        return claims;
    }

    /// <summary>The regions to run in: the employer's registered region; the cities of a person's residence and household.</summary>
    private async Task<IReadOnlyList<Region>> RegionsAsync(OfferOwner owner, Caller caller, CancellationToken cancellationToken)
    {
        if (owner.ForEmployer)
        {
            var employer = await registry.EmployerAsync(caller, new EmployerKey { EmployerId = owner.EmployerId }, new RegistryQuery(Purpose, "单位", "employer", default), cancellationToken);
            return Region.TryParse(employer.Employer?.Region?.Code, out var registered) ? [registered] : [];
        }

        var person = (await registry.PersonByIdAsync(caller, owner.PersonId, new RegistryQuery(Purpose, "本人", "person", default), cancellationToken: cancellationToken)).Profile.Person;
        return [.. new[] { person.ResidenceRegion?.Code, person.HouseholdRegion?.Code }
            .Select(code => Region.TryParse(code, out var region) && !region.Code.EndsWith("0000", StringComparison.Ordinal) ? region.City : (Region?)null)
            .OfType<Region>().Distinct()];
    }

    /// <summary>The claim judged as a counter's preview; null (logged) when the rules would not give it in full today.</summary>
    private async Task<V1.HiringClaim?> PreviewAsync(V1.SubmitClaimRequest claim, Caller judge, CancellationToken cancellationToken)
    {
        try
        {
            var preview = await kinds.For(claim, judge).PreviewAsync(claim, judge, cancellationToken);
            if (preview.Total.Fen > 0 && preview.Items.All(i => i.Approved && i.ConflictingClaimReference.Length == 0))
            {
                return preview;
            }
        }
        catch (DomainRuleException e)
        {
            NotOffered(logger, claim.Kind.ToString(), e.Message);
        }

        return null;
    }

    /// <summary>A prepared claim's identity: the same claim prepared on another day is the same offer.</summary>
    public static string KeyOf(V1.SubmitClaimRequest claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var bare = claim.Clone();
        bare.IdempotencyKey = "";
        bare.PaymentAccount = "";
        return Convert.ToHexStringLower(SHA256.HashData(bare.ToByteArray()));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Offers: a prepared {Kind} claim was not offered: {Reason}")]
    private static partial void NotOffered(ILogger logger, string kind, string reason);
}
