using Employment.Hiring.V1;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>The owed list's summary as a test reads it: what the leg of one kind judged.</summary>
internal static class OwedSummaries
{
    /// <summary>The count of the leg that judges <paramref name="kind"/>, named as the service names the kind.</summary>
    public static OwedKindCount CountOf(this OwedSubsidiesSummary summary, SubsidyKind kind)
    {
        var count = Assert.Single(summary.Kinds, k => k.Kinds.Contains(kind));
        Assert.False(string.IsNullOrEmpty(count.NameZh), $"The count of {kind} has no name.");
        return count;
    }
}
