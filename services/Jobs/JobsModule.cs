using Employment.Jobs.Data;
using Employment.Jobs.Domain.Assistance;
using Employment.Jobs.Domain.Events;
using Employment.Jobs.Domain.KeyEnterprises;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Domain.Screening;
using Employment.Jobs.Grpc;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases;
using Employment.Jobs.UseCases.Assistance;
using Employment.Jobs.UseCases.KeyEnterprises;
using Employment.Jobs.UseCases.Matching;
using Employment.Jobs.UseCases.Online;
using Employment.Jobs.UseCases.PublicServices;
using Employment.Persistence;
using Employment.Persistence.Outbox;
using Employment.Policy.Api;
using Employment.Policy.Categories;
using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Employment.Jobs;

/// <summary>
/// The job-matching service as a launchable module: the JobMatching RPCs (postings at the counter,
/// the public search, seekers and matching both ways), its own database with the search index in it
/// (migrated at start, reported by the health check), the catalog keys matching reads, seekers'
/// registry profiles through the shared profile cache, and in Development a generated demo set of
/// fictional postings.
/// </summary>
/// <remarks>
/// The registry's address: <c>ProfileCache:RegistryAddress</c>, else <c>Services:applicants</c> (the
/// launcher and the production shape set it), else the registry's default local port.
/// </remarks>
public sealed class JobsModule : IServiceModule
{
    public string Name => PlatformServices.Jobs;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddServiceDatabase<JobsDbContext, SqliteJobsDbContext, PostgresJobsDbContext>(configuration, "Jobs");
        // The catalog keys the R29 age screen, matching, recruitment-event targets, employment assistance and key enterprises read.
        builder.Services.AddPolicyCatalog(configuration,
            [.. ScreeningPolicyKeys.All, .. MatchingPolicyKeys.All, .. EventPolicyKeys.All, .. AssistancePolicyKeys.All, .. KeyEnterprisePolicyKeys.All, CategoryPolicyKeys.GraduateUnemployed2yMaxYearsSinceLeaving]);
        // Seekers' and assisted people's registry profiles through the shared, cached profile reader.
        builder.Services.AddProfileCache(configuration, o => o.CallerService = Name);
        builder.Services.AddJobMatching();
        // Search counts (total, facets) kept briefly per text and filter set (Search:CountLifetime, 0 = never).
        builder.Services.AddPostingSearch(builder.Configuration.GetValue("Search:CountLifetime", SearchCountCache.DefaultLifetime));
        builder.Services.AddSingleton(ScreeningPhrases.Shipped);
        builder.Services.AddSingleton<PostingScreen>();
        builder.Services.AddSingleton<PostingAgeLaw>();

        builder.Services.AddScoped<PostingWrites>();
        builder.Services.AddScoped<FilePosting>();
        builder.Services.AddScoped<ChangePosting>();
        builder.Services.AddJobsOnline();
        // Saved searches' daily messages, and the outbox that relays them and the employers' answers to the registry.
        builder.Services.AddSavedSearchDigests(configuration);
        builder.Services.AddOutboxRelay<JobsDbContext>(configuration);
        builder.Services.AddScoped<PostingQueries>();
        builder.Services.AddScoped<SearchPostings>();
        builder.Services.AddScoped<ReindexStalePostings>();

        // What the public employment service runs: recruitment events (targets from the catalog) and venues.
        builder.Services.AddScoped<RecordEvents>();
        builder.Services.AddScoped<EventQueries>();
        builder.Services.AddScoped<RecordVenues>();
        builder.Services.AddScoped<VenueQueries>();

        // Employment assistance.
        builder.Services.TryAddSingleton<ApplicantCategories>();
        builder.Services.AddScoped<AssistanceProfiles>();
        builder.Services.AddScoped<OpenAssistanceCase>();
        builder.Services.AddScoped<ChangeAssistanceCase>();
        builder.Services.AddScoped<AssistanceQueries>();

        // Key enterprises (重点企业, 36号（六）): employers read through the shared profile finder.
        builder.Services.AddScoped<KeyEnterpriseBasis>();
        builder.Services.AddScoped<RecordKeyEnterprise>();
        builder.Services.AddScoped<ChangeKeyEnterprise>();
        builder.Services.AddScoped<PostVacancy>();
        builder.Services.AddScoped<KeyEnterpriseQueries>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<JobsDbContext>>("jobs-database");
    }

    public void MapEndpoints(WebApplication app)
    {
        app.MapGrpcService<JobMatchingService>();
        app.MapGrpcService<PublicEmploymentServicesService>();
        app.MapGrpcService<JobsOnlineService>();
    }

    public async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await ServiceDatabase.MigrateAsync<JobsDbContext>(app.Services, cancellationToken);

        // Postings indexed before the search filters existed get their coordinates and education
        // (Search:ReindexOnStart=false skips it, Search:ReindexBatch sets the rows per transaction; a
        // second run finds nothing to do).
        if (app.Configuration.GetValue("Search:ReindexOnStart", true))
        {
            await using var reindexScope = app.Services.CreateAsyncScope();
            await reindexScope.ServiceProvider.GetRequiredService<ReindexStalePostings>()
                .RunAsync(app.Configuration.GetValue("Search:ReindexBatch", ReindexStalePostings.DefaultBatch), cancellationToken);
        }

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Load", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoPostings.LoadIfEmptyAsync(scope.ServiceProvider, cancellationToken);
            await DemoServices.LoadIfEmptyAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
