using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;

namespace Applicants.Tests.Domain;

/// <summary>A person or employer and a stored fact as the domain rules see them, without a database.</summary>
internal sealed class Subject(long version = 1) : IPersonDetails
{
    public string Id => "P-test";

    public long Version { get; private set; } = version;

    public string? ChangedBy { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    public string Name { get; set; } = "张三";

    public string Phone { get; set; } = "";

    public string HouseholdRegion { get; set; } = "";

    public int HouseholdType { get; set; }

    public string ResidenceRegion { get; set; } = "410802";

    public string HouseholdNumber { get; set; } = "";

    public string StaffId { get; set; } = "";

    public void StampChanged(string actor, DateTimeOffset at)
    {
        Version++;
        ChangedBy = actor;
        ChangedAt = at;
    }
}

internal sealed class StoredFact(long version = 1, bool superseded = false) : IDatedFact
{
    public string Id => "F-test";

    public long Version { get; set; } = version;

    public bool Superseded { get; set; } = superseded;
}

internal static class Rules
{
    public static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateOnly Today = new(2026, 11, 23);

    public static FactEntry Entry(int kind = 1) => new(kind, new FactPeriod(new DateOnly(2023, 1, 3), null), [1, 2, 3]);
}
