using System.Text.RegularExpressions;
using Xunit;

namespace Architecture.Tests;

/// <summary>
/// The subsidy lifecycle is one contract: a step training and hiring both take (复核, batches, 公示, 发放, 我的办事, …) is
/// declared once in employment.common.v1 and served by the kit, so no RPC name is declared in both services' own
/// contracts, and no class bridges their messages to a shared step.
/// </summary>
public sealed partial class LifecycleContractTests
{
    [GeneratedRegex(@"^\s*rpc\s+(\w+)\s*\(", RegexOptions.Multiline)]
    private static partial Regex Rpc();

    private static HashSet<string> RpcsOf(string service, string file) =>
        [.. Rpc().Matches(File.ReadAllText(Path.Combine(ServiceShapeTests.RepositoryRoot(), "protos", "employment", service, "v1", file))).Select(m => m.Groups[1].Value)];

    [Fact]
    public void No_RPC_is_declared_in_both_the_hiring_and_the_training_contract()
    {
        var hiring = RpcsOf("hiring", "hiring_subsidies.proto");
        var training = RpcsOf("training", "training_subsidies.proto");

        Assert.NotEmpty(hiring);
        Assert.NotEmpty(training);
        Assert.Empty(hiring.Intersect(training));
    }

    [Fact]
    public void The_shared_steps_are_declared_in_the_common_contracts()
    {
        var shared = new[] { "subsidy_cases.proto", "subsidy_payments.proto", "subsidy_oversight.proto" }
            .SelectMany(f => Rpc().Matches(File.ReadAllText(Path.Combine(ServiceShapeTests.RepositoryRoot(), "protos", "employment", "common", "v1", f))).Select(m => m.Groups[1].Value))
            .ToHashSet();

        // The steps the two services once declared each.
        HashSet<string> once =
        [
            "ReviewDecision", "HandOverWork", "CreatePaymentBatch", "GetPaymentBatch", "GetPaymentNotice", "RecordPayment",
            "RecordPaymentFailure", "ExportForAudit", "SetPaymentHold", "ListMine", "GetApplicationProgress",
        ];
        Assert.Subset(shared, once);
    }
}
