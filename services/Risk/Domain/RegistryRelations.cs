namespace Employment.Risk.Domain;

/// <summary>The days a registry fact holds; an open end holds on.</summary>
public readonly record struct DateSpan(DateOnly From, DateOnly? Until)
{
    public bool Overlaps(DateOnly from, DateOnly until) => From <= until && (Until is not { } end || end >= from);
}

/// <summary>
/// A member of the bureau's staff as the registry knows them: the person behind a staff id (工号) now, and
/// what the audit judges a decision by: every person who has held the staff id and every 户号 they have
/// held (a value cleared or changed after the decision still counts).
/// </summary>
public sealed record StaffMember(string StaffId, string PersonId, string NameMasked, string HouseholdNumber)
{
    /// <summary>Everyone who has held the staff id, the current holder included.</summary>
    public IReadOnlySet<string> PersonIds { get; init; } = new HashSet<string>([PersonId], StringComparer.Ordinal);

    /// <summary>Every 户号 its holders have held.</summary>
    public IReadOnlySet<string> HouseholdsHeld { get; init; } = Held(HouseholdNumber);

    /// <summary>The non-empty values, as a set.</summary>
    internal static IReadOnlySet<string> Held(params IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A labour contract (劳动合同) the registry records, with the employer it is with.</summary>
public sealed record ContractFact(string EmployerCreditCode, DateSpan Span);

/// <summary>Social or unemployment insurance paid for the person: by an employer, or by themself as a flexible worker.</summary>
public sealed record InsuranceFact(string EmployerCreditCode, bool FlexibleWorker, DateSpan Span);

/// <summary>What the registry holds of a person the claims pay for, as the risk rules read it.</summary>
public sealed record PersonRelations(
    string PersonId,
    string HouseholdNumber,
    IReadOnlyList<ContractFact> Contracts,
    IReadOnlyList<InsuranceFact> Insurance,
    IReadOnlyList<DateSpan> UnemploymentBenefit)
{
    /// <summary>Every 户号 the person has held, the current one included.</summary>
    public IReadOnlySet<string> HouseholdsHeld { get; init; } = StaffMember.Held(HouseholdNumber);
}

/// <summary>A claimant employer and the registry person who is its legal representative (法定代表人), if known.</summary>
public sealed record EmployerRelations(string CreditCode, string Name, string LegalRepresentativePersonId)
{
    /// <summary>Every registry person who has been its legal representative, the current one included.</summary>
    public IReadOnlySet<string> RepresentativesHeld { get; init; } = StaffMember.Held(LegalRepresentativePersonId);
}

/// <summary>The registry's side of a scan: the clerks, people and employers its items name, by key.</summary>
public sealed class RegistryRelations
{
    public static readonly RegistryRelations None = new([], [], []);

    public RegistryRelations(IEnumerable<StaffMember> staff, IEnumerable<PersonRelations> people, IEnumerable<EmployerRelations> employers)
    {
        Staff = staff.ToDictionary(s => s.StaffId, StringComparer.Ordinal);
        People = people.ToDictionary(p => p.PersonId, StringComparer.Ordinal);
        Employers = employers.ToDictionary(e => e.CreditCode, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, StaffMember> Staff { get; }

    public IReadOnlyDictionary<string, PersonRelations> People { get; }

    public IReadOnlyDictionary<string, EmployerRelations> Employers { get; }
}
