using Employment.Common.V1;
using Employment.Hiring.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// One run of the owed list as its legs see it: what it looks at, the one business date every leg judges on,
/// the region's employers read so far, where the owed items go, and the service's records of standing claims.
/// </summary>
internal sealed record OwedListRun(HiringDbContext Db, OwedSubsidiesQuery Query, DateOnly Today, RegionEmployers Employers, OwedItems Items)
{
    private (IReadOnlyList<string> Page, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Held)? keysHeld;

    /// <summary>
    /// The once-only keys the page's people's standing claims hold, with their claims: read once per page however
    /// many legs count places against them (the transport and referral legs both do).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> KeysHeldForPageAsync(IReadOnlyList<string> personIds, CancellationToken cancellationToken)
    {
        if (keysHeld is not { } held || !ReferenceEquals(held.Page, personIds))
        {
            keysHeld = held = (personIds, await Db.KeysHeldForAsync(personIds, cancellationToken));
        }

        return held.Held;
    }
}

/// <summary>
/// A kind's leg of the owed list (<c>Kinds/&lt;Kind&gt;/Owed*.cs</c>), registered by its kind
/// (<see cref="OwedLegRegistration.AddOwedLeg{TLeg}"/>) and looped over by <see cref="ListOwedSubsidies"/>, which
/// names no kind. The run reads the registry's region in one stream, employers first, then people a page at a
/// time; a leg judges what it owes as the stream passes and adds the items, and says what it judged. A new
/// leg is made for each run (it keeps what it gathers across people).
/// </summary>
internal interface IOwedLeg
{
    /// <summary>Before the stream: what standing claims hold across the region, in one query.</summary>
    Task StartAsync(OwedListRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An employer (or agency, host, business) of the region, as it is read.</summary>
    void ReadEmployer(Claimant claimant, OwedListRun run)
    {
    }

    /// <summary>Before a page of people: what their standing claims hold, in one query per page.</summary>
    Task ReadPageAsync(IReadOnlyList<string> personIds, OwedListRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A person of the page.</summary>
    void ReadPerson(PersonProfile person, OwedListRun run)
    {
    }

    /// <summary>Once everyone is read: what is judged together (a host's trainees, a business's months).</summary>
    Task FinishAsync(OwedListRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What the leg judged, for the run's summary (the service fills in the kinds' names).</summary>
    IEnumerable<V1.OwedKindCount> Counts { get; }
}

public static class OwedLegRegistration
{
    /// <summary>Registers a kind's leg of the owed list: a new one for each run.</summary>
    internal static IServiceCollection AddOwedLeg<TLeg>(this IServiceCollection services)
        where TLeg : class, IOwedLeg
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOwedLeg, TLeg>());
        return services;
    }
}
