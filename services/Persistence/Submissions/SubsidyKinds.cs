using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Employment.Persistence.Submissions;

/// <summary>
/// One kind a registered class takes, stated once: the name a clerk and an applicant read, the policy
/// catalog's measure it pays under (the prefix of its keys, as the audit export and the risk scan name it),
/// and the request's item fields it takes (every other kind's are refused on it).
/// </summary>
public sealed record TakenKind<TKind>(TKind Kind, string NameZh, string Measure, params string[] ItemFields)
    where TKind : struct, Enum
{
    /// <summary>The request's other fields the kind's form asks (its claimant, its evidence), besides its items and what every request asks.</summary>
    public IReadOnlyList<string> AskedToo { get; init; } = [];

    /// <summary>Questions of the kind's items it does not ask, where kinds share an item (<c>hires[].contributions[]</c>: the social-insurance subsidy's, not 吸纳's).</summary>
    public IReadOnlyList<string> NotAsked { get; init; } = [];

    /// <summary>Whether the applicant may submit it online themselves (网上办理), signed in; a kind says so when its service takes it.</summary>
    public bool Online { get; init; }

    /// <summary>Who applies: an employer through its agent unless the kind says a person applies for themself.</summary>
    public Employment.Common.V1.FormApplicant Applicant { get; init; } = Employment.Common.V1.FormApplicant.Employer;

    /// <summary>
    /// The request's paths that name the applicant (<c>employer</c>, <c>person</c>, <c>transport.person_id</c>): online they are
    /// whoever is signed in, set by <see cref="OnlineTaking.Admit{TKind}"/> and never asked.
    /// </summary>
    public IReadOnlyList<string> ApplicantPaths { get; init; } = ["employer"];

    /// <summary>
    /// The request's paths that name the applicant by number where the kind keys a record by it (the enterprise's credit
    /// code of a 新型学徒制 year): asked, filled in online from the registry, and checked by the kind to be the caller's own.
    /// </summary>
    public IReadOnlyList<string> ApplicantNumberPaths { get; init; } = [];
}

/// <summary>What a kind's class tells its registration (<see cref="SubsidyKindRegistration.AddSubsidyKind{TKind, TService, TImplementation}"/>) about itself.</summary>
public interface IRegisteredKind<TKind>
    where TKind : struct, Enum
{
    /// <summary>The contract's kinds this class takes, each stated once (one class may take two kinds).</summary>
    static abstract IReadOnlyList<TakenKind<TKind>> Taken { get; }

    /// <summary>Registers what the kind needs beside itself: its judges and the use cases that read its facts.</summary>
    static abstract void AddServices(IServiceCollection services);
}

/// <summary>
/// The kinds of subsidy a service takes, each registered under its contract enum value as a keyed service
/// (as YARP picks a policy by name). The service decides what a kind no class takes is answered with.
/// </summary>
public sealed class SubsidyKinds<TKind, TService>(IServiceProvider services, IEnumerable<TakenKind<TKind>> taken)
    where TKind : struct, Enum
    where TService : class
{
    private readonly List<TakenKind<TKind>> _taken = [.. taken];

    public bool Takes(TKind kind) => _taken.Exists(t => t.Kind.Equals(kind));

    /// <summary>The names a clerk reads, in the order the kinds were registered, joined as a sentence does (甲、乙和丙 with 和).</summary>
    public string NamesZh(string lastJoiner)
    {
        var names = _taken.Select(t => t.NameZh).ToList();
        return names.Count > 1 ? string.Join("、", names[..^1]) + lastJoiner + names[^1] : string.Concat(names);
    }

    /// <summary>The name a clerk or an applicant reads for <paramref name="kind"/>, as its class registered it; empty for a kind no class takes.</summary>
    public string NameZh(TKind kind) => _taken.Find(t => t.Kind.Equals(kind))?.NameZh ?? "";

    /// <summary>What <paramref name="kind"/>'s class states about it; a kind no class takes is a programming error, never a silent default.</summary>
    public TakenKind<TKind> Of(TKind kind) =>
        _taken.Find(t => t.Kind.Equals(kind)) ?? throw new InvalidOperationException($"No registered class takes {typeof(TKind).Name}.{kind}.");

    /// <summary>Every kind taken, in the order registered.</summary>
    public IReadOnlyList<TakenKind<TKind>> All => _taken;

    /// <summary>The class that takes <paramref name="kind"/>; call <see cref="Takes"/> first.</summary>
    public TService For(TKind kind) => services.GetRequiredKeyedService<TService>(kind);
}

public static class SubsidyKindRegistration
{
    /// <summary>Registers a kind's class under each kind it takes, and what it needs beside itself.</summary>
    public static IServiceCollection AddSubsidyKind<TKind, TService, TImplementation>(this IServiceCollection services)
        where TKind : struct, Enum
        where TService : class
        where TImplementation : class, TService, IRegisteredKind<TKind>
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<SubsidyKinds<TKind, TService>>();
        foreach (var taken in TImplementation.Taken)
        {
            services.AddKeyedScoped<TService, TImplementation>(taken.Kind);
            services.AddSingleton(taken);
        }

        TImplementation.AddServices(services);
        return services;
    }
}
