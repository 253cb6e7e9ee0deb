using Employment.Figures.Data;
using Employment.Figures.Domain;
using Employment.Figures.Grpc;
using Employment.Figures.UseCases;
using Employment.Persistence;
using Employment.Policy.Api;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Figures;

/// <summary>
/// The bureau's figures as a launchable module: the BureauFigures RPCs, its own database (migrated at start), the
/// catalog's targets, and the services whose audit exports a refresh reads.
/// </summary>
/// <remarks>
/// The services' addresses: <c>Services:hiring-subsidies</c>, <c>Services:training-subsidies</c> and
/// <c>Services:startup-loans</c> (the launcher sets them), else their default local ports (<see cref="ServiceAddresses"/>).
/// </remarks>
public sealed class FiguresModule : IServiceModule
{
    public string Name => PlatformServices.Figures;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddServiceDatabase<FiguresDbContext, SqliteFiguresDbContext, PostgresFiguresDbContext>(configuration, "Figures");
        builder.Services.AddPolicyCatalog(configuration, TargetFigures.All.Select(t => t.Key));
        // The services a refresh reads: every one that serves SubsidyOversight, through the shared contract.
        builder.Services.AddAuditReaders<IAuditExport>(configuration, (service, c) => new GrpcAuditExport(service, c.ExportForAudit));
        builder.Services.AddScoped<FigureCounter>();
        builder.Services.AddScoped<RefreshFigures>();
        builder.Services.AddScheduledRefreshes(configuration);
        builder.Services.AddScoped<FigureQueries>();
        builder.Services.AddScoped<EnterFigure>();
        builder.Services.AddScoped<AuditSamples>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<FiguresDbContext>>("figures-database");
    }

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<BureauFiguresService>();

    public Task InitializeAsync(WebApplication app, CancellationToken cancellationToken) =>
        ServiceDatabase.MigrateAsync<FiguresDbContext>(app.Services, cancellationToken);
}
