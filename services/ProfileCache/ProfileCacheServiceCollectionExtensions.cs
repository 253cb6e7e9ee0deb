using Employment.ServiceDefaults.Security;
using Grpc.Net.Client;
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
    /// Registers <see cref="IProfileReader"/> and <see cref="IProfileInvalidator"/> (singletons sharing
    /// one Redis connection and one in-process cache), configured from the <c>ProfileCache</c> section;
    /// <c>ConnectionStrings:Redis</c> is used when <c>ProfileCache:RedisConfiguration</c> is empty.
    /// </summary>
    public static IServiceCollection AddProfileCache(this IServiceCollection services, IConfiguration configuration, Action<ProfileCacheOptions>? configure = null)
    {
        services.AddOptions<ProfileCacheOptions>()
            .Bind(configuration.GetSection(ProfileCacheOptions.SectionName))
            .Configure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.RedisConfiguration))
                {
                    options.RedisConfiguration = configuration.GetConnectionString("Redis");
                }

                configure?.Invoke(options);
            })
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
        services.AddSingleton(sp => new RegistryChannel(GrpcChannel.ForAddress(sp.GetRequiredService<ProfileCacheOptions>().RegistryAddress)));
        services.AddSingleton<IProfileReader>(sp => new ProfileReader(
            new ApplicantsApi.ApplicantsClient(sp.GetRequiredService<RegistryChannel>().Channel),
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<InProcessProfileCache>(),
            sp.GetRequiredService<ProfileCacheOptions>(),
            sp.GetRequiredService<ILogger<ProfileReader>>(),
            TimeProviderOf(sp),
            sp.GetService<IServiceTokenSource>()));
        services.AddSingleton<IProfileInvalidator>(sp => new ProfileInvalidator(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<InProcessProfileCache>(),
            sp.GetRequiredService<ProfileCacheOptions>(),
            sp.GetRequiredService<ILogger<ProfileInvalidator>>(),
            TimeProviderOf(sp)));
        return services;
    }

    private static TimeProvider TimeProviderOf(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;

    /// <summary>The channel to the registry, owned (and disposed) by the container.</summary>
    internal sealed class RegistryChannel(GrpcChannel channel) : IDisposable
    {
        public GrpcChannel Channel { get; } = channel;

        public void Dispose() => Channel.Dispose();
    }
}
