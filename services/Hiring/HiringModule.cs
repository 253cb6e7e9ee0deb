using Employment.Hiring.Data;
using Employment.Hiring.Domain;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Grpc;
using Employment.Hiring.UseCases;
using Employment.Hiring.UseCases.SelfChecks;
using Employment.Persistence;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Materials;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Policy.Api;
using Employment.Policy.Categories;
using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Clients;
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
    public string Name => PlatformServices.Hiring;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddServiceDatabase<HiringDbContext, SqliteHiringDbContext, PostgresHiringDbContext>(configuration, "Hiring");
        builder.Services.AddPolicyCatalog(configuration, [.. HiringPolicyKeys.All, .. CategoryPolicyKeys.All, .. Persistence.Lifecycle.RemedySentences.Keys]);
        builder.Services.AddProfileCache(configuration, o => o.CallerService = Name);
        builder.Services.AddSingleton<RegistryLookup>();
        builder.Services.AddScoped<ClaimAnswers>();
        builder.Services.AddScoped<ClaimForms>();
        builder.Services.AddScoped<ClaimStore>();
        builder.Services.AddMaterialStore<HiringDbContext>();
        builder.Services.AddScoped<ClaimKinds>();
        builder.Services.AddScoped<TakeClaim>();
        // The kinds of claim, listed once in UseCases/Kinds/ClaimKindList.cs.
        ClaimKindList.Kinds.AddTo(builder.Services);
        builder.Services.AddScoped<DecideClaimItem>();
        builder.Services.AddScoped<ReviewDecision>();
        builder.Services.AddScoped<HandOverClaims>();
        builder.Services.AddScoped<ClaimQueries>();
        builder.Services.AddScoped<ClaimProgressLookup>();
        builder.Services.AddScoped<MyClaims>();
        builder.Services.AddSingleton(configuration.GetSection("Offers").Get<OfferOptions>() ?? new OfferOptions());
        builder.Services.AddScoped<ClaimOffers>();
        builder.Services.AddScoped<AcceptOffer>();
        builder.Services.AddScoped<OffersWithoutReview>();
        builder.Services.AddOwedRuns(configuration);
        builder.Services.AddOutboxRelay<HiringDbContext>(configuration);
        builder.Services.AddScoped<SelfCheckSubsidies>();
        builder.Services.AddScoped<PaymentBatches>();
        builder.AddPaymentObjections();
        builder.Services.AddScoped<RecordPayment>();
        builder.Services.AddScoped<ClaimCases>();
        builder.Services.AddScoped<ListOwedSubsidies>();
        builder.Services.AddScoped<ClaimAuditExport>();
        builder.Services.AddScoped<CasePaymentHolds<HiringClaimRecord>>();
        // The lifecycle's shared contracts, served by the kit from this service's own steps.
        builder.Services.AddSubsidyCases<MyClaims, ClaimProgressLookup, HandOverClaims>(SubsidyServiceCalls.Of(Name));
        builder.Services.AddMaterialReading<ClaimQueries>();
        builder.Services.AddScoped<ClaimLetters>();
        builder.Services.AddDecisionLetters<ClaimLetters>();
        builder.Services.AddAppeals<HiringDbContext, ReopenClaim>();
        builder.Services.AddDeclinedRequests<HiringDbContext>();
        builder.Services.AddWithdrawal<WithdrawClaim>();
        builder.Services.AddSubsidyPayments<HiringClaimRecord, ClaimCases, PaymentBatches, RecordPayment>(Name);
        builder.Services.AddDecisionReview<ReviewDecision>();
        builder.Services.AddSelfCheckJudge<JudgeSelfCheck>();
        builder.Services.AddApplicationTaking<TakeClaims>();
        builder.Services.AddSubsidyOversight<ClaimAuditExport, CasePaymentHolds<HiringClaimRecord>>(Name);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<HiringDbContext>>("hiring-database");
    }

    public void MapEndpoints(WebApplication app)
    {
        app.MapGrpcService<HiringSubsidiesService>();
        app.MapSubsidyLifecycle();
    }

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
