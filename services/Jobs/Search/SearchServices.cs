using Employment.Jobs.Data;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Jobs.Search;

/// <summary>
/// Registers the job search: the shipped synonyms, the kept counts and the engine of the context's
/// database. Needs a <c>JobsDbContext</c>, a <c>ChinaClock</c> and a <c>TimeProvider</c>.
/// </summary>
public static class SearchServices
{
    /// <param name="countLifetime">How long a total and its facets are kept per text and filter set (zero = never).</param>
    public static IServiceCollection AddPostingSearch(this IServiceCollection services, TimeSpan countLifetime)
    {
        services.AddSingleton(OccupationSynonyms.Shipped);
        services.AddSingleton(provider => new SearchCountCache(provider.GetRequiredService<TimeProvider>(), countLifetime));

        // The engine of the context's database, on the same context instance, so that a posting and its
        // index entry are written in one transaction.
        services.AddScoped<IPostingSearch>(provider =>
        {
            var synonyms = provider.GetRequiredService<OccupationSynonyms>();
            var clock = provider.GetRequiredService<ChinaClock>();
            var counts = provider.GetRequiredService<SearchCountCache>();
            return provider.GetRequiredService<JobsDbContext>() switch
            {
                PostgresJobsDbContext postgres => new PostgresPostingSearch(postgres, synonyms, clock, counts),
                SqliteJobsDbContext sqlite => new SqlitePostingSearch(sqlite, synonyms, clock, counts),
                var other => throw new InvalidOperationException($"No search engine for {other.GetType().Name}."),
            };
        });
        return services;
    }
}
