namespace Employment.Risk.Domain;

/// <summary>The days a registry fact holds; an open end holds on.</summary>
public readonly record struct DateSpan(DateOnly From, DateOnly? Until)
{
    public bool Overlaps(DateOnly from, DateOnly until) => From <= until && (Until is not { } end || end >= from);
}

/// <summary>A member of the bureau's staff as the registry knows them: the person behind a staff id (工号).</summary>
public sealed record StaffMember(string StaffId, string PersonId, string NameMasked, string HouseholdNumber);

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
    IReadOnlyList<DateSpan> UnemploymentBenefit);

/// <summary>A claimant employer and the registry person who is its legal representative (法定代表人), if known.</summary>
public sealed record EmployerRelations(string CreditCode, string Name, string LegalRepresentativePersonId);

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
