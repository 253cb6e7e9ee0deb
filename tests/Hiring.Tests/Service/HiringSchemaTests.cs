using Employment.Hiring.Data;
using Employment.TestInfrastructure;

namespace Hiring.Tests.Service;

/// <summary>
/// The hiring service's migrations build the schema its model describes, on both providers, with the
/// unique index that keeps one standing one-off hire subsidy per person (R9).
/// </summary>
public sealed class HiringSchemaTests : ProviderSchemaTests<SqliteHiringDbContext, PostgresHiringDbContext>
{
    protected override string ServiceFolder => "services/Hiring";

    protected override string ExpectedColumn => "StandingOneOffHirePerson";
}
