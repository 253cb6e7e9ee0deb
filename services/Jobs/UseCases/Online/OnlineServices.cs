using Microsoft.Extensions.DependencyInjection;

namespace Employment.Jobs.UseCases.Online;

/// <summary>Registers jobs online: the registry look-ups of signed-in callers and one scoped class per group of operations.</summary>
public static class OnlineServices
{
    public static IServiceCollection AddJobsOnline(this IServiceCollection services)
    {
        services.AddScoped<OnlinePeople>();
        services.AddScoped<MyResume>();
        services.AddScoped<JobApplications>();
        services.AddScoped<HireRecording>();
        services.AddScoped<ApplicantInbox>();
        services.AddScoped<EmployerPostings>();
        services.AddScoped<SavedSearches>();
        return services;
    }
}
