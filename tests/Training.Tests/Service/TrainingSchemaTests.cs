using Employment.TestInfrastructure;
using Employment.Training.Data;

namespace Training.Tests.Service;

/// <summary>The training service's migrations build the schema its model describes, on both providers.</summary>
public sealed class TrainingSchemaTests : ProviderSchemaTests<SqliteTrainingDbContext, PostgresTrainingDbContext>
{
    protected override string ServiceFolder => "services/Training";

    protected override string ExpectedColumn => "CertificateKey";
}
