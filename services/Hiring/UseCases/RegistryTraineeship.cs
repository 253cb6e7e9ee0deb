using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A trainee as the rules judge it: the traineeship, and what happened in it (R11, R22).</summary>
public sealed record RecordedTraineeship(TraineePeriod Period, bool RealNameRegistered, bool Retained, bool HiredWithSocialInsurance);

/// <summary>
/// A trainee item against the traineeships (见习协议, <c>PERSON_FACT_KIND_TRAINEESHIP</c>) the registry
/// records between the person and the host. Where it records any, the claim's traineeship must be one of
/// them — same first and last day — else FAILED_PRECONDITION naming the item's field and <see cref="Rule"/>;
/// the record then decides real-name registration, retention and the early hire, even against the
/// clerk's statement (registry facts over statements). Where it records none, the item stands as stated.
/// </summary>
public static class RegistryTraineeship
{
    public const string Rule = "hiring.trainee.matches_registry";

    /// <summary>The traineeships the registry records for the person with this host (current facts with both ends).</summary>
    public static IReadOnlyList<RecordedTraineeship> Of(PersonProfile person, string hostCreditCode)
    {
        ArgumentNullException.ThrowIfNull(person);
        var recorded = new List<RecordedTraineeship>();
        foreach (var fact in person.Facts)
        {
            if (fact.Superseded || fact.Kind != PersonFactKind.Traineeship || fact.Traineeship is not { } t
                || !string.Equals(t.HostCreditCode.Trim(), hostCreditCode, StringComparison.OrdinalIgnoreCase)
                || ProtoMapping.DayOrNull(fact.Period?.From) is not { } start || ProtoMapping.DayOrNull(fact.Period?.Until) is not { } end || end < start)
            {
                continue;
            }

            var hired = ProtoMapping.DayOrNull(t.HiredOn) is { } day && day >= start && day <= end ? day : (DateOnly?)null;
            recorded.Add(new RecordedTraineeship(new TraineePeriod(start, end, hired), t.RealNameRegistered, t.Retained && hired is null, hired is not null && t.HiredWithSocialInsurance));
        }

        return recorded;
    }

    /// <exception cref="DomainRuleException">The registry records traineeships with the host and none has the item's dates (FAILED_PRECONDITION).</exception>
    public static RecordedTraineeship Resolve(RegistryPerson person, string hostCreditCode, V1.TraineeItem item, TraineePeriod stated, int index)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(stated);
        var recorded = Of(person.Profile, hostCreditCode);
        if (recorded.Count == 0)
        {
            return new RecordedTraineeship(stated, item.RealNameRegistered, item.Retained, item.HiredWithSocialInsurance);
        }

        var match = recorded.FirstOrDefault(r => r.Period.Start == stated.Start && r.Period.End == stated.End);
        if (match is not null)
        {
            return match;
        }

        var listed = string.Join("、", recorded.Select(r => $"{r.Period.Start:yyyy-MM-dd} 至 {r.Period.End:yyyy-MM-dd}"));
        var field = recorded.Any(r => r.Period.Start == stated.Start) ? $"trainees[{index}].traineeship.until" : $"trainees[{index}].traineeship.from";
        throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
            $"第 {index + 1} 项：见习期间 {stated.Start:yyyy-MM-dd} 至 {stated.End:yyyy-MM-dd} 与登记系统记录的该人员在本单位的见习协议（{listed}）不一致（请核对见习协议或先更正登记记录）。 (field: {field})",
            field, Rule);
    }
}
