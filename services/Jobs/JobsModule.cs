using Employment.Jobs.Data;
using Employment.Jobs.Domain.Assistance;
using Employment.Jobs.Domain.Events;
using Employment.Jobs.Domain.Screening;
using Employment.Jobs.Grpc;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases;
using Employment.Jobs.UseCases.Assistance;
using Employment.Jobs.UseCases.PublicServices;
using Employment.Persistence;
using Employment.Policy.Api;
using Employment.Policy.Categories;
using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Employment.Jobs;

/// <summary>
/// The job-matching service as a launchable module: the JobMatching RPCs (postings at the counter,
/// the public search), its own database with the search index in it (migrated at start, reported
/// by the health check), and in Development a generated demo set of fictional postings.
/// </summary>
public sealed class JobsModule : IServiceModule
{
    public string Name => "job-matching";

    public int DefaultPort => 5105;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceDatabase<JobsDbContext, SqliteJobsDbContext, PostgresJobsDbContext>(builder.Configuration, "Jobs");
        builder.Services.AddSingleton(OccupationSynonyms.Shipped);
        builder.Services.AddSingleton(ScreeningPhrases.Shipped);
        builder.Services.AddSingleton<PostingScreen>();

        // The engine of the context's database, on the same context instance, so that a posting and its
        // index entry are written in one transaction.
        builder.Services.AddScoped<IPostingSearch>(services =>
        {
            var synonyms = services.GetRequiredService<OccupationSynonyms>();
            var clock = services.GetRequiredService<ChinaClock>();
            return services.GetRequiredService<JobsDbContext>() switch
            {
                PostgresJobsDbContext postgres => new PostgresPostingSearch(postgres, synonyms, clock),
                SqliteJobsDbContext sqlite => new SqlitePostingSearch(sqlite, synonyms, clock),
                var other => throw new InvalidOperationException($"No search engine for {other.GetType().Name}."),
            };
        });
        builder.Services.AddScoped<PostingWrites>();
        builder.Services.AddScoped<FilePosting>();
        builder.Services.AddScoped<ChangePosting>();
        builder.Services.AddScoped<PostingQueries>();
        builder.Services.AddScoped<SearchPostings>();

        // What the public employment service runs: recruitment events (targets from the catalog) and venues.
        builder.Services.AddPolicyCatalog(builder.Configuration, [.. EventPolicyKeys.All, .. AssistancePolicyKeys.All, CategoryPolicyKeys.GraduateUnemployed2yMaxYearsSinceLeaving]);
        builder.Services.AddScoped<RecordEvents>();
        builder.Services.AddScoped<EventQueries>();
        builder.Services.AddScoped<RecordVenues>();
        builder.Services.AddScoped<VenueQueries>();

        // Employment assistance reads the registry's people through the shared, cached profile reader.
        builder.Services.AddProfileCache(builder.Configuration, o =>
        {
            o.CallerService = Name;
            if (string.IsNullOrEmpty(o.RegistryAddress))
            {
                o.RegistryAddress = builder.Configuration["Services:applicants"] is { Length: > 0 } registry ? registry : "http://127.0.0.1:5101";
            }
        });
        builder.Services.TryAddSingleton<ApplicantCategories>();
        builder.Services.AddScoped<AssistanceProfiles>();
        builder.Services.AddScoped<OpenAssistanceCase>();
        builder.Services.AddScoped<ChangeAssistanceCase>();
        builder.Services.AddScoped<AssistanceQueries>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<JobsDbContext>>("jobs-database");
    }

    public void MapEndpoints(WebApplication app)
    {
        app.MapGrpcService<JobMatchingService>();
        app.MapGrpcService<PublicEmploymentServicesService>();
    }

    public async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await ServiceDatabase.MigrateAsync<JobsDbContext>(app.Services, cancellationToken);
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Load", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoPostings.LoadIfEmptyAsync(scope.ServiceProvider, cancellationToken);
            await DemoServices.LoadIfEmptyAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
