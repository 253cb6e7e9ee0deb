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
/// <see cref="ItemsPerPart"/>, then the people who claim for themselves by registry id. Each kind's class
/// says how its items become the claims to submit (<see cref="IClaimKind.OwedClaims"/>).
/// </summary>
internal sealed class OwedItems(V1.OwedSubsidiesSummary summary, Func<V1.SubsidyKind, IClaimKind> kindOf) : IDisposable
{
    /// <summary>
    /// Items per employer entry and bytes per message (an explanation is about 12 KB): technical bounds
    /// under gRPC's default 4 MB message limit, not policy figures.
    /// </summary>
    private const int ItemsPerPart = 50;
    private const int BytesPerMessage = 1 << 20;

    private readonly OwedSpool spool = new();
    private readonly Dictionary<string, long> totals = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, V1.SubsidyKind Kind), List<V1.OwedSubsidy>> wholes = [];

    // Each kind's class resolved once per run, not once per item (a region's run judges hundreds of thousands).
    private readonly Dictionary<V1.SubsidyKind, IClaimKind> kinds = [];

    public V1.OwedSubsidiesSummary Summary => summary;

    /// <summary>An item the employer (or agency, or host) claims.</summary>
    public void Add(Claimant claimant, V1.OwedSubsidy item)
    {
        var code = claimant.CreditCode.ToUpperInvariant();
        totals[code] = totals.GetValueOrDefault(code) + item.Amount.Fen;
        if (KindOf(item.Kind).OwedAsOneClaim)
        {
            // Kept until the employer's first part is written, without the explanation (about 12 KB) the claim does not need.
            if (!wholes.TryGetValue((code, item.Kind), out var list))
            {
                wholes[(code, item.Kind)] = list = [];
            }

            var kept = item.Clone();
            kept.Explanation = null;
            list.Add(kept);
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
        var claimedWhole = new HashSet<V1.SubsidyKind>();

        async Task FlushAsync()
        {
            if (part.Count == 0 || current is not var (person, group))
            {
                return;
            }

            IMessage entry;
            if (person)
            {
                var answer = PersonEntry(part, KindOf);
                message.People.Add(answer);
                entry = answer;
            }
            else
            {
                var answer = EmployerPart(employers[group], part, totals[group], claimedWhole);
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
                claimedWhole.Clear();
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

    private IClaimKind KindOf(V1.SubsidyKind kind) => kinds.TryGetValue(kind, out var known) ? known : kinds[kind] = kindOf(kind);

    private void Count(V1.OwedSubsidy item)
    {
        summary.ItemsOwed++;
        summary.Total = new Money { Fen = (summary.Total?.Fen ?? 0) + item.Amount.Fen };
    }

    private static int Day(V1.OwedSubsidy item) => ProtoMapping.FromProto(item.EventDate).DayNumber;

    /// <summary>A person's items (oldest first, from the spool), each as its own claim: the person is the claimant, no employer.</summary>
    private static V1.OwedPerson PersonEntry(List<V1.OwedSubsidy> items, Func<V1.SubsidyKind, IClaimKind> kindOf)
    {
        var person = new V1.OwedPerson
        {
            PersonId = items[0].PersonId,
            PersonIdNumber = items[0].PersonIdNumber,
            NameMasked = items[0].NameMasked,
            Total = new Money { Fen = items.Sum(i => i.Amount.Fen) },
        };
        person.Items.AddRange(items);
        person.Claims.AddRange(items.SelectMany(i => kindOf(i.Kind).OwedClaims(null, [i])));
        return person;
    }

    /// <summary>
    /// One part of an employer's items (oldest contract first) and the same items as claims to submit, as
    /// each kind groups them, with the employer's whole total. A kind whose items are one claim (a host's
    /// trainees) is claimed whole in the first part that lists any (<paramref name="claimedWhole"/> after).
    /// </summary>
    private V1.OwedEmployer EmployerPart(Claimant claimant, List<V1.OwedSubsidy> part, long totalFen, HashSet<V1.SubsidyKind> claimedWhole)
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
        var employer = new EmployerKey { CreditCode = claimant.CreditCode };
        foreach (var kind in part.Select(i => i.Kind).Distinct().Order())
        {
            var claimKind = KindOf(kind);
            if (!claimKind.OwedAsOneClaim)
            {
                answer.Claims.AddRange(claimKind.OwedClaims(employer, [.. part.Where(i => i.Kind == kind)]));
            }
            else if (claimedWhole.Add(kind))
            {
                answer.Claims.AddRange(claimKind.OwedClaims(employer, wholes[(claimant.CreditCode.ToUpperInvariant(), kind)]));
            }
        }

        return answer;
    }
}
