using Employment.ServiceDefaults.Security;
using Employment.Training.V1;
using Xunit;

namespace Training.Tests.Service;

/// <summary>
/// The 查询码 of 办理进度 is told once, in the first submit answer: a retry with the same
/// key and a read answer the same application without it. A test that compares such answers compares
/// everything else exactly, and that the code is absent.
/// </summary>
internal static class ShownOnce
{
    /// <summary>The first answer as a retry or a read must equal it: with no code (after checking it had one).</summary>
    public static TrainingApplication WithoutCode(TrainingApplication first)
    {
        Assert.Equal(ProgressCodes.Length, first.ProgressCode.Length);
        var rest = first.Clone();
        rest.ProgressCode = "";
        return rest;
    }

    /// <summary>
    /// A read of an open application as the write answered it: a read adds the 办结时限 counted to today (checked to be
    /// there), which a write's stored answer does not carry.
    /// </summary>
    public static TrainingApplication AsWritten(TrainingApplication read)
    {
        Assert.NotNull(read.TimeLimit);
        var rest = read.Clone();
        rest.TimeLimit = null;
        return rest;
    }
}
