using System.Collections.Concurrent;
using Employment.ProfileCache;
using Employment.TestInfrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProfileCache.Tests;

/// <summary>
/// One service process's profile cache, registered the way a service does (AddProfileCache from
/// configuration): its own in-process cache and Redis connection. Captures its log lines.
/// </summary>
public sealed class CacheProcess : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public CacheProcess(string registryAddress, string? redis, int inProcessEntries = 1000, TimeSpan? ttl = null, string caller = "loans", TimeSpan? registryTimeout = null, TimeSpan? redisTimeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis ?? "",
            ["ProfileCache:RegistryAddress"] = registryAddress,
            ["ProfileCache:CallerService"] = caller,
            ["ProfileCache:InProcessEntries"] = inProcessEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ProfileCache:Ttl"] = (ttl ?? TimeSpan.FromMinutes(10)).ToString("c"),
            ["ProfileCache:RegistryTimeout"] = (registryTimeout ?? TimeSpan.FromSeconds(30)).ToString("c"),
        };
        // A registry deadline of seconds is for a live registry that hangs; on a loaded test machine a first read
        // (a cold channel and JIT on both sides) can outlast it, so only the test of that deadline sets it.
        // The product's 500 ms bound on a Redis command is for a live outage; on a loaded test machine one
        // local command can outlast it, and a test about what is served would then see a fallback instead.
        settings["ProfileCache:RedisOperationTimeout"] = (redisTimeout ?? TimeSpan.FromSeconds(5)).ToString("c");
        if (redisTimeout is { } timeout)
        {
            settings["ProfileCache:RedisConnectTimeout"] = timeout.ToString("c");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new CapturingProvider(Logs)));
        services.AddProfileCache(configuration);
        services.AddSingleton(TestCallers.ServiceTokens(caller));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        // A service's host starts its hosted services before it takes requests; so does this process.
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public ConcurrentQueue<string> Logs { get; } = new();

    public IServiceProvider Services => _services;

    public IProfileReader Reader => _services.GetRequiredService<IProfileReader>();

    public IProfileFinder Finder => _services.GetRequiredService<IProfileFinder>();

    public IProfileInvalidator Invalidator => _services.GetRequiredService<IProfileInvalidator>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
