using Employment.Persistence;
using Employment.Policy.Api;
using Employment.Risk.Data;
using Employment.Risk.Domain;
using Employment.Risk.Grpc;
using Employment.Risk.UseCases;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.Risk;

/// <summary>
/// The risk-signals service as a launchable module: the RiskSignals RPCs, its own database (migrated at
/// start), the catalog's exclusive pairs and the configured thresholds, and the subsidy services whose
/// audit exports a scan reads.
/// </summary>
/// <remarks>
/// The services' addresses: <c>Services:hiring-subsidies</c>, <c>Services:training-subsidies</c>,
/// <c>Services:startup-loans</c> and <c>Services:applicants</c> (the
/// launcher sets them), else their default local ports (<see cref="ServiceAddresses"/>).
/// </remarks>
public sealed class RiskModule : IServiceModule
{
    public string Name => PlatformServices.Risk;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddServiceDatabase<RiskDbContext, SqliteRiskDbContext, PostgresRiskDbContext>(configuration, "Risk");
        builder.Services.AddPolicyCatalog(configuration, RiskPolicyKeys.All);
        builder.Services.AddServiceClient<ApplicantsApi.ApplicantsClient>(ApplicantsApi.Descriptor,
            _ => ServiceAddresses.Of(configuration, PlatformServices.Applicants), _ => AuditReads.ExportDeadline, nameof(ApplicantsApi.ApplicantsClient.ReadRelationsForAudit));
        builder.Services.AddScoped<IRegistrySource, ApplicantsRegistrySource>();
        // The services a scan reads: every one that serves SubsidyOversight, through the shared contract.
        builder.Services.AddAuditReaders<IAuditSource>(configuration, (service, c) => new GrpcAuditSource(service, c.ExportForAudit, c.SetPaymentHoldAsync));
        // The kinds of signal a scan raises, one line each, in the order the summary names what was not run.
        builder.Services.AddSingleton<IRiskRule, ExclusiveMeasuresRule>();
        builder.Services.AddSingleton<IRiskRule, SharedPaymentAccountRule>();
        builder.Services.AddSingleton<IRiskRule, BackDatedEntriesRule>();
        builder.Services.AddSingleton<IRiskRule, CloseRelationsRule>();
        builder.Services.AddSingleton<IRiskRule, HiredForSubsidyRule>();
        builder.Services.AddScoped<RunScan>();
        builder.Services.AddScheduledScans(configuration);
        builder.Services.AddScoped<SignalQueries>();
        builder.Services.AddScoped<SignalHolds>();
        builder.Services.AddScoped<ReviewSignal>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<RiskDbContext>>("risk-database");
    }

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<RiskSignalsService>();

    public Task InitializeAsync(WebApplication app, CancellationToken cancellationToken) =>
        ServiceDatabase.MigrateAsync<RiskDbContext>(app.Services, cancellationToken);
}
