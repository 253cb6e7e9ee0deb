using Employment.ProfileCache;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Referral;
using Employment.Persistence.Submissions;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A transport claim judged: the person (the claimant), the paying county, the item as given (person masked), the decision, and the county place the claim would hold (R26).</summary>
public sealed record JudgedTransportClaim(RegistryPerson Person, Region County, DateOnly WorkStart, V1.TransportItem Given, TransportJudgement Judgement, string Place, IReadOnlyDictionary<string, string> HeldPlaces);

/// <summary>
/// Judges a 脱贫劳动力's 一次性交通补助 claim (15号（九）; R26, R27): the person from the registry (identity number,
/// check character first; their 脱贫 fact on the work start), the paying county (the counter must cover it),
/// the work start and place from the request, and how many places for the person and year standing claims
/// already hold in any county (counted against the paying county's yearly count, R26). Stores nothing.
/// </summary>
public sealed class TransportClaimJudging(HiringDbContext db, RegistryLookup registry, TransportSubsidyJudge judge, ChinaClock clock) : IClaimJudging<JudgedTransportClaim>
{
    private const string Field = "transport";

    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming transport.…), an unknown person (NOT_FOUND), the county's unconfigured amount or count (FAILED_PRECONDITION naming key, region and date, R3).</exception>
    public async Task<JudgedTransportClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Employer is not null)
        {
            throw DomainRuleException.Invalid("employer", "一次性交通补助由本人申请，不填写申请单位（employer）。");
        }

        var item = request.Transport ?? throw DomainRuleException.Invalid(Field, "请填写申请人、发放县（区）、外出务工日期和务工地（transport）。");
        var county = RegionCodes.Place(item.County, $"{Field}.county", required: true);
        OnlineTaking.RequireCovers(caller, $"{Field}.county", county);
        var workPlace = RegionCodes.Place(item.WorkPlace, $"{Field}.work_place", required: true);
        var today = clock.Today;
        var workStart = HireInput.Day(item.WorkStart, $"{Field}.work_start")
            ?? throw DomainRuleException.Invalid($"{Field}.work_start", "请填写外出务工开始日期（transport.work_start）。");
        if (workStart > today)
        {
            throw DomainRuleException.Invalid($"{Field}.work_start", $"外出务工开始日期（{workStart:yyyy-MM-dd}）晚于今天，须在务工开始后申请。");
        }

        if (string.IsNullOrWhiteSpace(item.EvidenceReference))
        {
            throw DomainRuleException.Invalid($"{Field}.evidence_reference", "请填写所见的务工证明（transport.evidence_reference）。");
        }

        var person = await registry.PersonAsync(caller, null, item.PersonId, item.PersonIdNumber, Field, today, cancellationToken);
        var prefix = OncePerPlacement.TransportYear(person.PersonId, workStart.Year);
        var held = await db.KeysHeldUnderAsync(prefix, cancellationToken);
        var judgement = judge.Judge(new TransportClaim(person.Profile, Region.Parse(county), workStart, Region.Parse(workPlace), held.Count));
        var given = item.Clone();
        given.PersonIdNumber = person.IdNumberMasked;
        given.EvidenceReference = item.EvidenceReference.Trim();
        return new JudgedTransportClaim(person, Region.Parse(county), workStart, given, judgement, OncePerPlacement.TransportPlace(prefix, [.. held.Keys]), held);
    }
}
