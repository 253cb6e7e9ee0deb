using Microsoft.Extensions.DependencyInjection;

namespace Employment.Persistence.Submissions;

/// <summary>
/// A service's kinds, listed once in the order clerks read them: what registers them
/// (<see cref="AddTo"/>) and what the service derives from them before any is resolved — the catalog
/// measures they pay under, whose 复核 amount and 办结时限 keys the service requires at start-up.
/// </summary>
public sealed class SubsidyKindList<TKind, TService>
    where TKind : struct, Enum
    where TService : class
{
    private readonly List<TakenKind<TKind>> _taken = [];
    private readonly List<Action<IServiceCollection>> _registrations = [];

    /// <summary>Adds a kind's class: every kind it takes, and its registration.</summary>
    public SubsidyKindList<TKind, TService> Add<TImplementation>()
        where TImplementation : class, TService, IRegisteredKind<TKind>
    {
        _taken.AddRange(TImplementation.Taken);
        _registrations.Add(services => services.AddSubsidyKind<TKind, TService, TImplementation>());
        return this;
    }

    /// <summary>Every kind taken, in the order listed.</summary>
    public IReadOnlyList<TakenKind<TKind>> Taken => _taken;

    /// <summary>The catalog measures the kinds pay under, each once, in the order listed.</summary>
    public IReadOnlyList<string> Measures => [.. _taken.Select(t => t.Measure).Distinct(StringComparer.Ordinal)];

    /// <summary>Registers every listed kind's class and what it needs beside itself.</summary>
    public IServiceCollection AddTo(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var register in _registrations)
        {
            register(services);
        }

        return services;
    }
}
