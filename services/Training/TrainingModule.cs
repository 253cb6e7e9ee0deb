using Employment.Persistence;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Materials;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Policy.Api;
using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Clients;
using Employment.Training.Data;
using Employment.Training.Domain;
using Employment.Training.Domain.Apprenticeship;
using Employment.Training.Domain.SkillUpgrade;
using Employment.Training.Domain.VocationalTraining;
using Employment.Training.Grpc;
using Employment.Training.UseCases;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Employment.Training;

/// <summary>
/// The training-subsidies service as a launchable module: the TrainingSubsidies RPCs, the training
/// measures of the policy catalog, its own database (migrated at start, reported by the health
/// check), and applicants' facts read from the registry through the shared profile cache.
/// </summary>
/// <remarks>
/// The registry's address: <c>ProfileCache:RegistryAddress</c>, else <c>Services:applicants</c> (the
/// launcher sets it), else the registry's default local port.
/// </remarks>
public sealed class TrainingModule : IServiceModule
{
    public string Name => PlatformServices.Training;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddServiceDatabase<TrainingDbContext, SqliteTrainingDbContext, PostgresTrainingDbContext>(configuration, "Training");
        builder.Services.AddPolicyCatalog(configuration, [.. TrainingPolicyKeys.All, .. Persistence.Lifecycle.RemedySentences.Keys]);
        builder.Services.AddProfileCache(configuration, o => o.CallerService = Name);
        // The public self-check reads the skill-upgrade rules too.
        builder.Services.AddSingleton<SkillUpgradeRules>();
        builder.Services.AddScoped<ApplicationStore>();
        builder.Services.AddScoped<ApplicationKinds>();
        // The kinds of application, listed once in UseCases/Kinds/ApplicationKindList.cs.
        ApplicationKindList.Kinds.AddTo(builder.Services);
        builder.Services.AddScoped<DecideApplication>();
        builder.Services.AddScoped<ReviewDecision>();
        builder.Services.AddScoped<HandOverApplications>();
        builder.Services.AddScoped<ApplicationQueries>();
        builder.Services.AddScoped<ApplicationProgressLookup>();
        builder.Services.AddScoped<MyApplications>();
        builder.Services.AddOutboxRelay<TrainingDbContext>(builder.Configuration);
        builder.Services.AddMaterialStore<TrainingDbContext>();
        builder.Services.AddScoped<ApplicationForms>();
        builder.Services.AddSingleton<SelfCheckTraining>();
        builder.Services.AddScoped<PaymentBatches>();
        builder.Services.AddScoped<RecordPayment>();
        builder.Services.AddScoped<ApplicationCases>();
        builder.Services.AddScoped<ApplicationAuditExport>();
        builder.Services.AddScoped<CasePaymentHolds<TrainingApplicationRecord>>();
        // The lifecycle's shared contracts, served by the kit from this service's own steps.
        builder.Services.AddSubsidyCases<MyApplications, ApplicationProgressLookup, HandOverApplications>(SubsidyServiceCalls.Of(Name));
        builder.Services.AddMaterialReading<ApplicationQueries>();
        builder.Services.AddScoped<ApplicationLetters>();
        builder.Services.AddDecisionLetters<ApplicationLetters>();
        builder.Services.AddAppeals<TrainingDbContext, ReopenApplication>();
        builder.Services.AddDeclinedRequests<TrainingDbContext>();
        builder.Services.AddWithdrawal<WithdrawApplication>();
        builder.AddPaymentObjections();
        builder.Services.AddSubsidyPayments<TrainingApplicationRecord, ApplicationCases, PaymentBatches, RecordPayment>(Name);
        builder.Services.AddDecisionReview<ReviewDecision>();
        builder.Services.AddSelfCheckJudge<JudgeSelfCheck>();
        builder.Services.AddApplicationTaking<TakeApplications>();
        builder.Services.AddSubsidyOversight<ApplicationAuditExport, CasePaymentHolds<TrainingApplicationRecord>>(Name);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TrainingDbContext>>("training-database");
    }

    public void MapEndpoints(WebApplication app)
    {
        app.MapGrpcService<TrainingSubsidiesService>();
        app.MapSubsidyLifecycle();
    }

    public async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await ServiceDatabase.MigrateAsync<TrainingDbContext>(app.Services, cancellationToken);
        // One demo application with a fixed 查询码 for the 办理进度 page of a local run (Development only).
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Load", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await TrainingDemoData.LoadIfMissingAsync(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), cancellationToken);
        }
    }
}
