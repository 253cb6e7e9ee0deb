using Employment.IdentityNumbers;

namespace Employment.Applicants.Domain.Recusal;

/// <summary>The member of staff as the registry holds them: their person, every 户号 they have held, their identity number.</summary>
public sealed record StaffPerson(string PersonId, string IdNumber, IReadOnlySet<string> HouseholdsHeld);

/// <summary>A person a record names, with every 户号 they have held.</summary>
public sealed record NamedPerson(string Subject, string PersonId, string Name, IReadOnlySet<string> HouseholdsHeld);

/// <summary>An employer a record names: its legal representatives (identity numbers, now and before) and the people acting for it today.</summary>
public sealed record NamedEmployer(string Subject, string Name, IReadOnlySet<string> RepresentativeIdNumbers, IReadOnlySet<string> AgentPersonIds);

/// <summary>
/// 回避: how a member of staff is tied to what a record names, on the facts the 优亲厚友 audit reads
/// (焦政办〔2023〕36号 closing clause): the person is the member of staff, shares a 户号 with them now or
/// before, or the employer's legal representative now or before, or a 经办人 in force, is the member of staff.
/// A value changed since still ties, as it does in the audit.
/// </summary>
public static class RecusalTies
{
    public static IEnumerable<(string Subject, string RelationZh)> Of(StaffPerson staff, IEnumerable<NamedPerson> people, IEnumerable<NamedEmployer> employers)
    {
        ArgumentNullException.ThrowIfNull(staff);
        foreach (var person in people)
        {
            if (person.PersonId == staff.PersonId)
            {
                yield return (person.Subject, "所涉人员即经办人本人");
            }
            else if (person.HouseholdsHeld.FirstOrDefault(staff.HouseholdsHeld.Contains) is { } household)
            {
                yield return (person.Subject, $"所涉人员{NameMasking.Mask(person.Name)}与经办人同户（户号 {household}）");
            }
        }

        foreach (var employer in employers)
        {
            if (staff.IdNumber.Length > 0 && employer.RepresentativeIdNumbers.Contains(staff.IdNumber))
            {
                yield return (employer.Subject, $"经办人是（或曾是）所涉单位{employer.Name}的法定代表人");
            }
            else if (employer.AgentPersonIds.Contains(staff.PersonId))
            {
                yield return (employer.Subject, $"经办人是所涉单位{employer.Name}授权的经办人");
            }
        }
    }
}
