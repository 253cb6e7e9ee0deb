namespace Employment.Applicants.Domain.Registry;

/// <summary>
/// A checked fact as a clerk states it, before the registry stores it: its kind and period (columns,
/// because decisions select by them) and its content (the contract's message without what the
/// registry assigns, so a new kind of fact needs no schema change).
/// </summary>
public sealed record FactEntry(int Kind, FactPeriod Period, byte[] Content);
