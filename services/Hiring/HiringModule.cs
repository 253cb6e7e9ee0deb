using Employment.Hiring.Data;
using Employment.Hiring.Domain;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.Referral;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Hiring.Domain.Traineeships;
using Employment.Hiring.Grpc;
using Employment.Hiring.UseCases;
using Employment.Persistence;
using Employment.Policy.Api;
using Employment.Policy.Categories;
using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Employment.Hiring;

/// <summary>
/// The hiring-subsidies service as a launchable module: the HiringSubsidies RPCs, the hiring measures
/// of the policy catalog (and the shared categories their target groups read), its own database
/// (migrated at start, reported by the health check), and people's and employers' facts read from the
/// registry through the shared profile cache.
/// </summary>
/// <remarks>
/// The registry's address: <c>ProfileCache:RegistryAddress</c>, else <c>Services:applicants</c> (the
/// launcher sets it), else the registry's default local port.
/// </remarks>
public sealed class HiringModule : IServiceModule
{
    public string Name => "hiring-subsidies";

    public int DefaultPort => 5104;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddServiceDatabase<HiringDbContext, SqliteHiringDbContext, PostgresHiringDbContext>(configuration, "Hiring");
        builder.Services.AddPolicyCatalog(configuration, [.. HiringPolicyKeys.All, .. CategoryPolicyKeys.All]);
        builder.Services.AddProfileCache(configuration, o => o.CallerService = Name);
        builder.Services.AddSingleton<OneOffHireJudge>();
        builder.Services.AddSingleton<TraineeshipJudge>();
        builder.Services.AddSingleton<StartupSubsidyJudge>();
        builder.Services.AddSingleton<RegistryLookup>();
        builder.Services.AddScoped<TraineeClaimJudging>();
        builder.Services.AddScoped<SubmitTraineeClaim>();
        builder.Services.AddSingleton<SocialInsuranceJudge>();
        builder.Services.AddScoped<SocialInsuranceClaimJudging>();
        builder.Services.AddScoped<SubmitSocialInsuranceClaim>();
        builder.Services.AddScoped<StartupClaimJudging>();
        builder.Services.AddScoped<SubmitStartupClaim>();
        builder.Services.AddSingleton<StabilisationJudge>();
        builder.Services.AddScoped<StabilisationClaimJudging>();
        builder.Services.AddScoped<SubmitStabilisationClaim>();
        builder.Services.AddSingleton<FlexibleWorkerJudge>();
        builder.Services.AddScoped<FlexibleWorkerClaimJudging>();
        builder.Services.AddScoped<SubmitFlexibleWorkerClaim>();
        builder.Services.AddSingleton<TransportSubsidyJudge>();
        builder.Services.AddScoped<TransportClaimJudging>();
        builder.Services.AddScoped<SubmitTransportClaim>();
        builder.Services.AddSingleton<ReferralSubsidyJudge>();
        builder.Services.AddScoped<ReferralClaimJudging>();
        builder.Services.AddScoped<SubmitReferralClaim>();
        builder.Services.AddSingleton<OperatingSubsidyJudge>();
        builder.Services.AddScoped<OperatingSubsidyClaimJudging>();
        builder.Services.AddScoped<SubmitOperatingSubsidyClaim>();
        builder.Services.AddScoped<HireClaimJudging>();
        builder.Services.AddScoped<SubmitHireClaim>();
        builder.Services.AddScoped<DecideClaimItem>();
        builder.Services.AddScoped<ClaimQueries>();
        builder.Services.AddScoped<ClaimProgressLookup>();
        builder.Services.AddScoped<SelfCheckSubsidies>();
        builder.Services.AddScoped<PaymentBatches>();
        builder.Services.AddScoped<RecordPayment>();
        builder.Services.AddSingleton<OwedHireFinder>();
        builder.Services.AddScoped<ListOwedSubsidies>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<HiringDbContext>>("hiring-database");
    }

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<HiringSubsidiesService>();

    public async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await ServiceDatabase.MigrateAsync<HiringDbContext>(app.Services, cancellationToken);
        // One demo claim with a fixed 查询码 for the 办理进度 page of a local run (Development only).
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Load", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await HiringDemoData.LoadIfMissingAsync(scope.ServiceProvider.GetRequiredService<HiringDbContext>(), cancellationToken);
        }
    }
}
