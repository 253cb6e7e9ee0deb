using Employment.ServiceDefaults.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Employment.ServiceDefaults.Clients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.ProfileCache;

/// <summary>Registration of the profile cache.</summary>
public static class ProfileCacheServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IProfileReader"/>, <see cref="IProfileFinder"/> and <see cref="IProfileInvalidator"/> (singletons sharing
    /// one Redis multiplexer and one in-process cache), configured from the <c>ProfileCache</c> section;
    /// <c>ConnectionStrings:Redis</c> is used when <c>ProfileCache:RedisConfiguration</c> is empty.
    /// Also registers the registry's typed client (<see cref="ApplicantsApi.ApplicantsClient"/>, once
    /// per process: other parts of the host that call the registry take it from the container) and,
    /// when Redis is configured, the <c>redis</c> health check.
    /// </summary>
    public static IServiceCollection AddProfileCache(this IServiceCollection services, IConfiguration configuration, Action<ProfileCacheOptions>? configure = null)
    {
        void Configure(ProfileCacheOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.RedisConfiguration))
            {
                options.RedisConfiguration = configuration.GetConnectionString("Redis");
            }

            configure?.Invoke(options);

            // Where every launcher and deployment names the registry (Services:applicants), else its
            // default local port: one rule for every service that reads profiles.
            if (string.IsNullOrWhiteSpace(options.RegistryAddress))
            {
                options.RegistryAddress = ServiceAddresses.Of(configuration, PlatformServices.Applicants).ToString();
            }
        }

        services.AddOptions<ProfileCacheOptions>()
            .Bind(configuration.GetSection(ProfileCacheOptions.SectionName))
            .Configure(Configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.CallerService), "ProfileCache:CallerService names the calling service (e.g. loans).")
            .Validate(o => Uri.TryCreate(o.RegistryAddress, UriKind.Absolute, out _), "ProfileCache:RegistryAddress is the applicants registry's gRPC address.")
            .Validate(o => o.Ttl >= TimeSpan.Zero && o.InProcessEntries >= 0 && o.StaleRetention >= TimeSpan.Zero, "ProfileCache: Ttl, StaleRetention and InProcessEntries may not be negative.")
            .ValidateOnStart();

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ProfileCacheOptions>>().Value);
        services.AddSingleton(sp => new InProcessProfileCache(sp.GetRequiredService<ProfileCacheOptions>(), TimeProviderOf(sp)));
        services.AddSingleton(sp => new RedisConnection(
            sp.GetRequiredService<ProfileCacheOptions>(),
            sp.GetRequiredService<InProcessProfileCache>(),
            sp.GetRequiredService<ILogger<RedisConnection>>(),
            TimeProviderOf(sp)));
        services.AddHostedService<ProfileCacheWarmUp>();

        // The registry's reads are idempotent: retried on UNAVAILABLE within the call's deadline.
        services.AddServiceClient<ApplicantsApi.ApplicantsClient>(
            ApplicantsApi.Descriptor,
            sp => new Uri(sp.GetRequiredService<ProfileCacheOptions>().RegistryAddress),
            sp => sp.GetRequiredService<ProfileCacheOptions>().RegistryTimeout,
            nameof(ApplicantsApi.ApplicantsClient.GetProfile),
            nameof(ApplicantsApi.ApplicantsClient.GetEmployerProfile),
            nameof(ApplicantsApi.ApplicantsClient.CheckRecusal),
            nameof(ApplicantsApi.ApplicantsClient.FindStaffMember));
        services.AddSingleton<IRecusal, ClerkRecusal>();
        services.AddSingleton<IStaffDirectory, RegistryStaffDirectory>();
        services.AddSingleton<IProfileReader>(sp => new ProfileReader(
            sp.GetRequiredService<ApplicantsApi.ApplicantsClient>(),
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<InProcessProfileCache>(),
            sp.GetRequiredService<ProfileCacheOptions>(),
            sp.GetRequiredService<ILogger<ProfileReader>>(),
            TimeProviderOf(sp)));
        services.AddSingleton<IProfileFinder>(sp => new ProfileFinder(
            sp.GetRequiredService<ApplicantsApi.ApplicantsClient>(),
            sp.GetRequiredService<IProfileReader>()));
        services.AddSingleton<RegionCheckedRegistry>();
        services.AddSingleton<IProfileInvalidator>(sp => new ProfileInvalidator(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<InProcessProfileCache>(),
            sp.GetRequiredService<ProfileCacheOptions>(),
            sp.GetRequiredService<ILogger<ProfileInvalidator>>(),
            TimeProviderOf(sp)));

        // Whether Redis is configured is known now, from the same settings the options bind.
        var settings = configuration.GetSection(ProfileCacheOptions.SectionName).Get<ProfileCacheOptions>() ?? new ProfileCacheOptions();
        Configure(settings);
        if (!string.IsNullOrWhiteSpace(settings.RedisConfiguration))
        {
            // Untagged: every service the host serves reports it in grpc.health.v1.
            // Degraded, not Unhealthy: without Redis, profiles are read through to the registry and the
            // service still answers, so a Redis outage must not take every copy out of the gateway's rotation.
            services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, failureStatus: HealthStatus.Degraded);
        }

        return services;
    }

    private static TimeProvider TimeProviderOf(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
