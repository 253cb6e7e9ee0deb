using Employment.Policy.Model;

namespace Employment.Risk.Domain;

/// <summary>What one scan gives every rule: the items read from every subsidy service, the registry's relations, the scanned region.</summary>
public sealed record ScanInput(IReadOnlyList<PaidItem> Items, RegistryRelations Relations, Region Region);

/// <summary>
/// The settings a rule reads in the scanned region and period. A missing threshold (R3) or a clause in force
/// nowhere in the period answers null or false, and the scan's summary says which kind was therefore not run.
/// </summary>
public interface IScanSettings
{
    /// <summary>The configured value in force on the period's last day, or null (named in the summary).</summary>
    ParameterValue? Threshold(string key);

    /// <summary>Whether the clause a kind rests on is in force in the region on some day of the period (named in the summary when not).</summary>
    bool InForce(string key);
}

/// <summary>One kind of risk signal, as a scan runs it (registered one line each in <c>RiskModule</c>).</summary>
public interface IRiskRule
{
    IEnumerable<RaisedSignal> Find(ScanInput scan, IScanSettings settings);
}
