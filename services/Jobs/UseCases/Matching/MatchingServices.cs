using Employment.Jobs.Data.Matching;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.Policy.Categories;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// Registers matching for the job-matching module: the weights and ranking (singletons, pure), the
/// queries and one scoped class per operation. The module also needs the policy catalog with
/// <see cref="MatchingPolicyKeys.All"/>, the profile cache, a <c>JobsDbContext</c> and a <c>ChinaClock</c>.
/// </summary>
public static class MatchingServices
{
    public static IServiceCollection AddJobMatching(this IServiceCollection services)
    {
        services.AddSingleton(MatchWeights.Shipped);
        services.AddSingleton<MatchScorer>();
        services.AddSingleton<MatchRanking>();
        services.AddSingleton<ApplicantCategories>();
        services.AddScoped<PostingCandidates>();
        services.AddScoped<SeekerCandidates>();
        services.AddScoped<SeekerStore>();
        services.AddScoped<SeekerQualifications>();
        services.AddScoped<SeekerReader>();
        services.AddScoped<SaveSeeker>();
        services.AddScoped<ListSeekerTags>();
        services.AddScoped<DeleteSeekerTag>();
        services.AddScoped<SetMatchingMode>();
        services.AddScoped<MatchForSeeker>();
        services.AddScoped<FindCandidates>();
        services.AddScoped<MatchAnonymously>();
        services.AddScoped<RecordPostingMatchFacts>();
        return services;
    }
}
