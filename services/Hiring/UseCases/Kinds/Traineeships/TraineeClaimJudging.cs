using Employment.ProfileCache;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Traineeships;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>One trainee judged: the person, the period as given, and the decision with its explanation.</summary>
public sealed record JudgedTrainee(int Index, RegistryPerson Person, TraineePeriod Period, V1.TraineeItem Given, TraineeJudgement Judgement, StandingTraineeship? Overlap = null);

/// <summary>A host's 就业见习补贴 claim judged trainee by trainee, with the claim's retention ratio (R22).</summary>
public sealed record JudgedTraineeClaim(Claimant Claimant, TraineeHost Host, string HostEvidence, IReadOnlyList<JudgedTrainee> Items, TraineeshipClaimJudgement Judgement)
{
    public long TotalFen => Judgement.TotalFen;
}

/// <summary>
/// Builds a <see cref="TraineeshipClaim"/> from the registry (the host's region and name, its recorded
/// recognitions, each trainee's profile and the traineeship it records with the host, <see cref="RegistryTraineeship"/>), with the host's recognition as the clerk states it as the
/// fallback where the registry records none, and judges it on the date the bureau received it (the claim
/// date the retention ratio reads, R22, R31); each trainee by the rules in force on the traineeship start (R1,
/// R27). Stores nothing.
/// </summary>
public sealed class TraineeClaimJudging(HiringDbContext db, RegistryLookup registry, TraineeshipJudge judge, ChinaClock clock) : IClaimJudging<JudgedTraineeClaim>
{
    Task<JudgedTraineeClaim> IClaimJudging<JudgedTraineeClaim>.JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken) =>
        JudgeAsync(request, caller, cancellationToken, beforeStanding: null);

    /// <param name="beforeStanding">
    /// Run with the trainees' registry ids before their standing traineeships are read: the submission takes
    /// the people's turns there (<see cref="TraineeCapTurns"/>), so the cap counts a racing claim's months.
    /// </param>
    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming the field), an unknown host or person (NOT_FOUND), an unconfigured minimum wage (FAILED_PRECONDITION, R3).</exception>
    public async Task<JudgedTraineeClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken,
        Func<IReadOnlyCollection<string>, Task>? beforeStanding = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Trainees.Count == 0)
        {
            throw DomainRuleException.Invalid("trainees", "请列出见习人员（trainees）。");
        }

        var periods = request.Trainees.Select(TraineeInput.Period).ToList();
        var evidence = HostEvidence(request.TraineeHost);
        var claimant = await registry.EmployerAsync(caller, request.Employer, cancellationToken);
        // The registry's 见习单位认定 decide when it records any; else the clerk's statement (R22).
        var host = new TraineeHost(claimant.CreditCode, claimant.Name, claimant.Region, request.TraineeHost?.RecognisedByHrBureau == true,
            evidence, EmployerFacts.TraineeHostRecognitions(claimant));

        var today = clock.Today;
        var people = new List<RegistryPerson>(request.Trainees.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Trainees.Count; i++)
        {
            var field = request.Trainees[i].PersonId.Length > 0 ? $"trainees[{i}].person_id" : $"trainees[{i}].person_id_number";
            var person = await registry.PersonAsync(caller, claimant, request.Trainees[i], i, today, cancellationToken);
            if (!seen.Add(person.PersonId))
            {
                throw DomainRuleException.Invalid(field, $"第 {i + 1} 项：同一见习人员在本次申请中重复列出（{person.IdNumberMasked}）。");
            }

            people.Add(person);
        }

        // Where the registry records the traineeship with this host, its record decides (见习协议, R11, R22).
        var recorded = request.Trainees.Select((t, i) => RegistryTraineeship.Resolve(people[i], claimant.CreditCode, t, periods[i], i)).ToList();
        periods = recorded.Select(r => r.Period).ToList();
        // The person's standing traineeships: a month held twice is refused (month_paid_once), and their paid
        // months count toward the person's cap (months_per_person), both across hosts (R11, R22).
        if (beforeStanding is not null)
        {
            await beforeStanding(seen);
        }

        var standing = await db.StandingTraineeshipsAsync((int)V1.SubsidyKind.Traineeship, seen, cancellationToken);
        var trainees = recorded.Select((r, i) => new TraineeItem(
            people[i].Profile, r.Period.Start, r.Period.End, r.RealNameRegistered, r.Retained, r.Period.HiredOn, r.HiredWithSocialInsurance,
            standing.TryGetValue(people[i].PersonId, out var earlier) ? earlier : null)).ToList();
        var judgement = judge.Judge(new TraineeshipClaim(host, ClaimReceipt.Of(request, today).ReceivedOn, trainees));
        var items = request.Trainees.Select((t, i) => new JudgedTrainee(i, people[i], periods[i],
            TraineeInput.Given(periods[i], recorded[i].Retained, recorded[i].RealNameRegistered, recorded[i].HiredWithSocialInsurance, people[i].IdNumberMasked),
            judgement.Trainees[i],
            TraineeshipsPaidOnce.Overlapping(standing.TryGetValue(people[i].PersonId, out var held) ? held : [], periods[i].Start, periods[i].End))).ToList();
        return new JudgedTraineeClaim(claimant, host, evidence, items, judgement);
    }

    /// <summary>经人社部门认定 is stated by the clerk; claiming it needs the document seen (R22).</summary>
    private static string HostEvidence(V1.TraineeHostEvidence? stated)
    {
        if (stated is null)
        {
            return "";
        }

        var reference = stated.EvidenceReference.Trim();
        if (stated.RecognisedByHrBureau && reference.Length == 0)
        {
            throw DomainRuleException.Invalid("trainee_host.evidence_reference", "请填写见习单位经人社部门认定的证明材料（如认定文件编号）。");
        }

        return reference;
    }
}
