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
}
