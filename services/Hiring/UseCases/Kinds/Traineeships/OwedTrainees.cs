using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Traineeships;
using Employment.Policy.Explanations;
using Google.Protobuf;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's trainee leg (就业见习补贴, R11, R22): the traineeships the registry records
/// (<see cref="RegistryTraineeship"/>) starting in the period with a host of the region, gathered per host
/// while the people stream in, then judged per host as one claim filed today by the same
/// <see cref="TraineeshipJudge"/> the counter uses, with the host's recorded recognitions (no clerk's
/// statement: an unrecognised host is owed nothing). A traineeship sharing a month with one a standing
/// claim holds is already claimed (<c>hiring.trainee.month_paid_once</c>). The retention ratio reads the
/// claim's trainees, so the host's claim is judged again on the trainees it pays: the list is exactly what
/// the prepared claim is judged to pay. Stores nothing.
/// </summary>
public sealed class OwedTrainees(TraineeshipJudge judge) : IOwedLeg
{
    private IReadOnlyDictionary<string, IReadOnlyList<StandingTraineeship>> heldByPerson = new Dictionary<string, IReadOnlyList<StandingTraineeship>>();

    async Task IOwedLeg.ReadPageAsync(IReadOnlyList<string> personIds, OwedListRun run, CancellationToken cancellationToken) =>
        heldByPerson = await StandingAsync(run.Db, personIds, cancellationToken);

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run) =>
        Gather(person, run.Employers, run.Query.From, run.Query.Until, heldByPerson.TryGetValue(person.Person.PersonId, out var held) ? held : []);

    // Each host's trainees are one claim (the retention ratio reads them together): judged once all are read.
    Task IOwedLeg.FinishAsync(OwedListRun run, CancellationToken cancellationToken)
    {
        foreach (var (host, item) in Owed(run.Employers, run.Today))
        {
            run.Items.Add(host, item);
        }

        return Task.CompletedTask;
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts => [new() { Kinds = { V1.SubsidyKind.Traineeship }, Judged = Judged, JudgedUnitZh = "个见习", AlreadyClaimed = AlreadyClaimed }];

    /// <summary>The traineeships standing claims already subsidise for a page of people, in one query.</summary>
    public static Task<IReadOnlyDictionary<string, IReadOnlyList<StandingTraineeship>>> StandingAsync(HiringDbContext db, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        db.StandingTraineeshipsAsync((int)V1.SubsidyKind.Traineeship, personIds, cancellationToken);

    /// <summary>Per host (by credit code), its trainees until the host is judged: each person kept as the registry's bytes, parsed when judged.</summary>
    private readonly Dictionary<string, List<(byte[] Person, RecordedTraineeship Traineeship, IReadOnlyList<StandingTraineeship> PaidEarlier)>> byHost = new(StringComparer.Ordinal);

    /// <summary>Traineeships gathered (judged at the end).</summary>
    public int Judged { get; private set; }

    /// <summary>Traineeships a standing claim already covers.</summary>
    public int AlreadyClaimed { get; private set; }

    /// <summary>Takes the person's recorded traineeships with hosts of the region starting in the period.</summary>
    public void Gather(PersonProfile person, IReadOnlyDictionary<string, Claimant> hosts, DateOnly from, DateOnly until, IReadOnlyList<StandingTraineeship> standing)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(hosts);
        foreach (var code in person.Facts.Where(f => !f.Superseded && f.Kind == PersonFactKind.Traineeship && f.Traineeship is not null)
                     .Select(f => f.Traineeship.HostCreditCode.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal))
        {
            if (!hosts.TryGetValue(code, out var host))
            {
                continue;
            }

            foreach (var traineeship in RegistryTraineeship.Of(person, host.CreditCode).Where(t => t.Period.Start >= from && t.Period.Start <= until))
            {
                Judged++;
                if (TraineeshipsPaidOnce.Overlapping(standing, traineeship.Period.Start, traineeship.Period.End) is not null)
                {
                    AlreadyClaimed++;
                    continue;
                }

                if (!byHost.TryGetValue(code, out var entry))
                {
                    byHost[code] = entry = [];
                }

                // Months standing claims pay for other traineeships count toward the person's cap, as in a claim.
                entry.Add((person.ToByteArray(), traineeship, standing));
            }
        }
    }

    /// <summary>Each host's owed trainee items, judged as the host's claim filed on <paramref name="today"/>.</summary>
    public IEnumerable<(Claimant Host, V1.OwedSubsidy Item)> Owed(IReadOnlyDictionary<string, Claimant> hosts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        foreach (var (code, gathered) in byHost)
        {
            var host = hosts[code];
            var paying = gathered.Select(t => (Person: PersonProfile.Parser.ParseFrom(t.Person), t.Traineeship, t.PaidEarlier)).ToList();
            TraineeshipClaimJudgement? judgement = null;
            // Judged, then judged again on the trainees it pays (the ratio reads the claim's trainees), until stable.
            while (paying.Count > 0)
            {
                judgement = JudgeClaim(host, paying, today);
                if (judgement is null)
                {
                    break;
                }

                var kept = paying.Where((_, i) => judgement.Trainees[i] is { Approved: true, AmountFen: > 0 }).ToList();
                if (kept.Count == paying.Count)
                {
                    break;
                }

                paying = kept;
                judgement = null;
            }

            if (judgement is null)
            {
                continue;
            }

            for (var i = 0; i < paying.Count; i++)
            {
                var (person, traineeship, _) = paying[i];
                var decided = judgement.Trainees[i];
                yield return (host, new V1.OwedSubsidy
                {
                    Kind = V1.SubsidyKind.Traineeship,
                    PersonId = person.Person.PersonId,
                    PersonIdNumber = person.Person.IdNumber,
                    NameMasked = IdentityNumbers.NameMasking.Mask(person.Person.Name),
                    Amount = new Money { Fen = decided.AmountFen },
                    Explanation = decided.Explanation,
                    EventDate = ProtoMapping.ToProto(traineeship.Period.Start),
                    Trainee = new V1.TraineeItem
                    {
                        PersonId = person.Person.PersonId,
                        Traineeship = new DatePeriod { From = ProtoMapping.ToProto(traineeship.Period.Start), Until = ProtoMapping.ToProto(traineeship.Period.End) },
                        HiredOn = traineeship.Period.HiredOn is { } hired ? ProtoMapping.ToProto(hired) : null,
                        Retained = traineeship.Retained,
                        RealNameRegistered = traineeship.RealNameRegistered,
                        HiredWithSocialInsurance = traineeship.HiredWithSocialInsurance,
                    },
                });
            }
        }
    }

    private TraineeshipClaimJudgement? JudgeClaim(Claimant host, List<(PersonProfile Person, RecordedTraineeship Traineeship, IReadOnlyList<StandingTraineeship> PaidEarlier)> trainees, DateOnly today)
    {
        var recognised = new TraineeHost(host.CreditCode, host.Name, host.Region, RecognisedByHrBureau: false, "", EmployerFacts.TraineeHostRecognitions(host));
        var items = trainees.Select(t => new TraineeItem(t.Person, t.Traineeship.Period.Start, t.Traineeship.Period.End, t.Traineeship.RealNameRegistered,
            t.Traineeship.Retained, t.Traineeship.Period.HiredOn, t.Traineeship.HiredWithSocialInsurance, t.PaidEarlier.Count > 0 ? t.PaidEarlier : null)).ToList();
        try
        {
            return judge.Judge(new TraineeshipClaim(recognised, today, items));
        }
        catch (DomainRuleException)
        {
            // What the counter would refuse for the whole claim (an unconfigured minimum wage, R3) is not owed.
            return null;
        }
    }
}
