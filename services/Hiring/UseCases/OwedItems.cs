using Employment.Common.V1;
using Employment.Policy.Explanations;
using Google.Protobuf;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's items from the judging to the answer: each item goes to the spool as it is
/// judged (<see cref="OwedSpool"/>), with only the counts the answer needs before its items kept in memory
/// (each employer's total, each host's trainees for its one claim); then the answer is written from the
/// spool in order — employers by credit code, an employer's items oldest first in parts of at most
/// <see cref="ItemsPerPart"/>, then the people who claim for themselves by registry id.
/// </summary>
internal sealed class OwedItems(V1.OwedSubsidiesSummary summary) : IDisposable
{
    /// <summary>
    /// Items per employer entry and bytes per message (an explanation is about 12 KB): technical bounds
    /// under gRPC's default 4 MB message limit, not policy figures.
    /// </summary>
    private const int ItemsPerPart = 50;
    private const int BytesPerMessage = 1 << 20;

    private readonly OwedSpool spool = new();
    private readonly Dictionary<string, long> totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<V1.TraineeItem>> trainees = new(StringComparer.Ordinal);

    public V1.OwedSubsidiesSummary Summary => summary;

    /// <summary>An item the employer (or agency, or host) claims.</summary>
    public void Add(Claimant claimant, V1.OwedSubsidy item)
    {
        var code = claimant.CreditCode.ToUpperInvariant();
        totals[code] = totals.GetValueOrDefault(code) + item.Amount.Fen;
        if (item.Kind == V1.SubsidyKind.Traineeship)
        {
            if (!trainees.TryGetValue(code, out var list))
            {
                trainees[code] = list = [];
            }

            list.Add(item.Trainee.Clone());
        }

        spool.Add(person: false, code, Day(item), item.PersonId, (int)item.Kind, item.ToByteArray());
        Count(item);
    }

    /// <summary>An item the person claims for themself: under the person, not an employer.</summary>
    public void AddPersons(V1.OwedSubsidy item)
    {
        spool.Add(person: true, item.PersonId, Day(item), item.PersonId, (int)item.Kind, item.ToByteArray());
        Count(item);
    }

    /// <summary>The answer, in messages of at most <paramref name="perMessage"/> entries and about 1 MB.</summary>
    public async Task WriteAsync(IReadOnlyDictionary<string, Claimant> employers, int perMessage, Func<V1.OwedSubsidiesPage, Task> write)
    {
        var message = new V1.OwedSubsidiesPage();
        var bytes = 0;
        var part = new List<V1.OwedSubsidy>();
        (bool Person, string Group)? current = null;
        var traineesClaimed = false;

        async Task FlushAsync()
        {
            if (part.Count == 0 || current is not var (person, group))
            {
                return;
            }

            IMessage entry;
            if (person)
            {
                var answer = PersonEntry(part);
                message.People.Add(answer);
                entry = answer;
            }
            else
            {
                var answer = EmployerPart(employers[group], part, totals[group], traineesClaimed ? null : trainees.GetValueOrDefault(group));
                traineesClaimed |= part.Any(i => i.Kind == V1.SubsidyKind.Traineeship);
                message.Employers.Add(answer);
                entry = answer;
            }

            part = [];
            bytes += entry.CalculateSize();
            if (message.Employers.Count + message.People.Count >= perMessage || bytes >= BytesPerMessage)
            {
                await write(message);
                (message, bytes) = (new V1.OwedSubsidiesPage(), 0);
            }
        }

        foreach (var (order, item) in spool.Sorted())
        {
            if (current != (order.Person, order.Group))
            {
                await FlushAsync();
                current = (order.Person, order.Group);
                traineesClaimed = false;
            }
            else if (!order.Person && part.Count == ItemsPerPart)
            {
                await FlushAsync();
            }

            part.Add(V1.OwedSubsidy.Parser.ParseFrom(item));
        }

        await FlushAsync();
        if (message.Employers.Count > 0 || message.People.Count > 0)
        {
            await write(message);
        }
    }

    public void Dispose() => spool.Dispose();

    private void Count(V1.OwedSubsidy item)
    {
        summary.ItemsOwed++;
        summary.Total = new Money { Fen = (summary.Total?.Fen ?? 0) + item.Amount.Fen };
    }

    private static int Day(V1.OwedSubsidy item) => ProtoMapping.FromProto(item.EventDate).DayNumber;

    /// <summary>A person's items (oldest first, from the spool), each as its own claim: the person is the claimant, no employer.</summary>
    private static V1.OwedPerson PersonEntry(List<V1.OwedSubsidy> items)
    {
        var person = new V1.OwedPerson
        {
            PersonId = items[0].PersonId,
            PersonIdNumber = items[0].PersonIdNumber,
            NameMasked = items[0].NameMasked,
            Total = new Money { Fen = items.Sum(i => i.Amount.Fen) },
        };
        person.Items.AddRange(items);
        person.Claims.AddRange(items.Select(i => i.Kind == V1.SubsidyKind.Transport
            ? new V1.SubmitClaimRequest { Kind = i.Kind, Transport = i.Transport.Clone() }
            : new V1.SubmitClaimRequest { Kind = i.Kind, FlexibleWorker = i.FlexibleWorker.Clone() }));
        return person;
    }

    /// <summary>
    /// One part of an employer's items (oldest contract first) and the same items as claims to submit, one
    /// per kind, with the employer's whole total. A host's trainees are one claim (the retention ratio reads
    /// them together): all of them, in the first part that lists any (<paramref name="hostTrainees"/> until then).
    /// </summary>
    private static V1.OwedEmployer EmployerPart(Claimant claimant, List<V1.OwedSubsidy> part, long totalFen, List<V1.TraineeItem>? hostTrainees)
    {
        var answer = new V1.OwedEmployer
        {
            Employer = new EmployerKey { EmployerId = claimant.EmployerId },
            EmployerName = claimant.Name,
            EmployerCreditCode = claimant.CreditCode,
            Region = new RegionCode { Code = claimant.Region.Code },
            Total = new Money { Fen = totalFen },
        };
        answer.Items.AddRange(part);
        foreach (var kind in part.Select(i => i.Kind).Distinct().Order())
        {
            if (kind == V1.SubsidyKind.Traineeship)
            {
                if (hostTrainees is not null)
                {
                    answer.Claims.Add(new V1.SubmitClaimRequest
                    {
                        Employer = new EmployerKey { CreditCode = claimant.CreditCode },
                        Kind = kind,
                        Trainees = { hostTrainees.OrderBy(t => ProtoMapping.FromProto(t.Traineeship.From)).ThenBy(t => t.PersonId, StringComparer.Ordinal) },
                    });
                }

                continue;
            }

            if (kind is V1.SubsidyKind.Startup or V1.SubsidyKind.StabilisationRefund or V1.SubsidyKind.IncubatorOperating)
            {
                // One claim per item: a business and its founder, an employer's refund year, or a founder's
                // incubator months; the counter reads the rest from the same registry facts.
                answer.Claims.Add(part.Where(i => i.Kind == kind).Select(i => OneItemClaim(claimant, i)));
                continue;
            }

            // The part's items of a kind as one claim: hires, or an agency's placements (its recorded licence decides, R26).
            var claim = new V1.SubmitClaimRequest { Employer = new EmployerKey { CreditCode = claimant.CreditCode }, Kind = kind };
            var ofKind = part.Where(i => i.Kind == kind);
            if (kind == V1.SubsidyKind.JobReferral)
            {
                claim.Referrals.AddRange(ofKind.Select(i => i.Referral.Clone()));
            }
            else
            {
                claim.Hires.AddRange(ofKind.Select(i => i.Hire.Clone()));
            }

            answer.Claims.Add(claim);
        }

        return answer;
    }

    /// <summary>The claim a clerk submits for one owed item of a kind that claims one item at a time.</summary>
    private static V1.SubmitClaimRequest OneItemClaim(Claimant claimant, V1.OwedSubsidy item)
    {
        var claim = new V1.SubmitClaimRequest
        {
            Employer = new EmployerKey { CreditCode = claimant.CreditCode },
            Kind = item.Kind,
        };
        switch (item.Kind)
        {
            case V1.SubsidyKind.Startup:
                claim.Startup = item.Startup.Clone();
                break;
            case V1.SubsidyKind.StabilisationRefund:
                claim.RefundYear = item.RefundYear;
                break;
            case V1.SubsidyKind.IncubatorOperating:
                claim.IncubatorOperating = item.IncubatorOperating.Clone();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "not a kind claimed one item at a time");
        }

        return claim;
    }
}
