using Employment.Applicants.Data;
using Employment.TestInfrastructure;

namespace Applicants.Tests;

/// <summary>The registry's migrations build the schema its model describes, on both providers, its staff facts' history included.</summary>
public sealed class MigrationSchemaTests : ProviderSchemaTests<SqliteApplicantsDbContext, PostgresApplicantsDbContext>
{
    protected override string ServiceFolder => "services/Applicants";

    protected override string ExpectedColumn => "staff_relations";
}
