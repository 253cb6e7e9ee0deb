using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Loans.Tests.Service;

/// <summary>
/// "The China calendar date": the loans service's today is Beijing's whatever the machine's
/// zone, so a quarter ends at midnight in China (R2 claims "after the quarter has ended").
/// </summary>
public sealed class ChinaDateTests(ClockedLoansHost host) : IClassFixture<ClockedLoansHost>
{
    private const string Bank = "CLOCK-BANK-01";

    [Fact(Timeout = 60_000)]
    public async Task At_01_00_on_1_April_in_Beijing_Q1_has_ended_though_it_is_still_31_March_in_UTC()
    {
        host.Clock.UtcNow = new DateTimeOffset(2024, 3, 31, 15, 59, 0, TimeSpan.Zero); // 23:59 on 31 March in Beijing
        var early = await Assert.ThrowsAsync<RpcException>(() => SubmitQ1Async());
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Contains("尚未结束", early.Said(), StringComparison.Ordinal);

        // 01:00 on 1 April in Beijing: the quarter gate opens. This bank has no loans, so the claim is
        // refused for that reason, and no longer because the quarter has not ended.
        host.Clock.UtcNow = new DateTimeOffset(2024, 3, 31, 17, 0, 0, TimeSpan.Zero);
        var after = await Assert.ThrowsAsync<RpcException>(() => SubmitQ1Async());
        Assert.Equal(StatusCode.FailedPrecondition, after.StatusCode);
        Assert.DoesNotContain("尚未结束", after.Said(), StringComparison.Ordinal);
        Assert.Contains("没有可申请贴息的贷款", after.Said(), StringComparison.Ordinal);
    }

    private Task<InterestSubsidyClaim> SubmitQ1Async() =>
        host.Loans.SubmitInterestSubsidyClaimAsync(
            new SubmitInterestSubsidyClaimRequest { IdempotencyKey = Guid.NewGuid().ToString(), BankCode = Bank, Year = 2024, Quarter = 1 },
            TestCallers.Bank(Bank)).ResponseAsync;
}
