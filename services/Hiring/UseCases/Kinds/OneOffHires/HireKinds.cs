using Employment.Hiring.Domain.OneOffHires;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>The contract's 吸纳 and 扩岗 kinds as the one-off hire judge names them, and back.</summary>
public static class HireKinds
{
    public static HireSubsidyKind Of(V1.SubsidyKind kind) =>
        kind == V1.SubsidyKind.JobExpansion ? HireSubsidyKind.Expansion : HireSubsidyKind.Absorption;

    /// <summary>A stored item's kind (the contract's number) as the judge names it.</summary>
    public static HireSubsidyKind OfStored(int kind) => Of((V1.SubsidyKind)kind);

    public static V1.SubsidyKind Of(HireSubsidyKind kind) =>
        kind == HireSubsidyKind.Expansion ? V1.SubsidyKind.JobExpansion : V1.SubsidyKind.Absorption;
}
