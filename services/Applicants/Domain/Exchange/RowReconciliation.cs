using Google.Protobuf;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>What an agency's row does to the registry.</summary>
public enum RowOutcome
{
    /// <summary>A new fact.</summary>
    Added,

    /// <summary>The registry holds the fact with these values already, from an agency.</summary>
    Unchanged,

    /// <summary>A clerk, an employer or the person stated these values: the agency's record takes the fact's place.</summary>
    Confirmed,

    /// <summary>The agency's later record of a fact it sent before: the earlier one is superseded.</summary>
    Superseded,

    /// <summary>The agency's record disagrees with what a clerk, an employer or the person stated: that is superseded and shown to a clerk.</summary>
    Conflict,
}

/// <summary>A stored fact as a row is compared with it: its key's values and how far its source is trusted (<see cref="FactRank"/>).</summary>
public sealed record HeldFact<T>(T Fact, ByteString Values, int Rank);

/// <summary>
/// The rule of the exchange for one row against the facts the registry holds under the same key: the same values from
/// an agency change nothing; the same values a lower-ranked source stated are now the agency's record; other values from the agency replace the agency's earlier record; other
/// values than a lower-ranked source's replace it too (an agency's record ranks first) but as a conflict a clerk sees,
/// never silently.
/// </summary>
public static class RowReconciliation
{
    public static (RowOutcome Outcome, IReadOnlyList<HeldFact<T>> Replaced) Decide<T>(IReadOnlyList<HeldFact<T>> sameKey, ByteString values)
    {
        ArgumentNullException.ThrowIfNull(sameKey);
        var same = sameKey.Where(h => h.Values.Equals(values)).ToList();
        if (same.Any(h => h.Rank == FactRank.AgencyRecord))
        {
            return (RowOutcome.Unchanged, []);
        }

        if (same.Count > 0)
        {
            return (RowOutcome.Confirmed, sameKey);
        }

        if (sameKey.Count == 0)
        {
            return (RowOutcome.Added, []);
        }

        return (sameKey.All(h => h.Rank == FactRank.AgencyRecord) ? RowOutcome.Superseded : RowOutcome.Conflict, sameKey);
    }
}
