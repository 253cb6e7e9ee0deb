using Employment.Figures;
using Employment.ServiceDefaults.Audit;
using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Figures.V1;

namespace Figures.Tests;

/// <summary>The figures service on a PostgreSQL database of its own, on a settable clock, reading the exports given.</summary>
internal sealed class FiguresHost : IAsyncDisposable
{
    private PostgresDatabase _database = null!;
    private ServiceUnderTest _service = null!;

    public V1.BureauFigures.BureauFiguresClient Client => _service.Client<V1.BureauFigures.BureauFiguresClient>();

    public static async Task<FiguresHost> StartAsync(string databaseName, TimeProvider clock, params IAuditExport[] exports)
    {
        var host = new FiguresHost { _database = await PostgresDatabase.CreateAsync(databaseName) };
        host._service = await ServiceUnderTest.StartAsync(new FiguresModule(), [$"--ConnectionStrings:FiguresPostgres={host._database.ConnectionString}"], builder =>
        {
            builder.Services.AddSingleton(clock);
            builder.Services.RemoveAll<IAuditExport>();
            foreach (var export in exports)
            {
                builder.Services.AddSingleton(export);
            }
        });
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _database.DisposeAsync();
    }
}
