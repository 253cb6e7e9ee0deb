using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Xunit;

namespace Gateway.Tests.Service;

/// <summary>
/// Ruling R31 through the gateway: a counter of each city keys in a 稳岗返还 claim the bureau received in
/// 2024 (a paper application entered later) with its 受理回执 number, and the claim is judged by the rule
/// of its received date (R15): 焦政办〔2024〕15号（二） in Jiaozuo; in Jiyuan, which has no local measure
/// (R27), "no policy" naming the measure's documents.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class ReceivedDateThroughGatewayTests(PlatformUnderTest platform)
{
    private static int _employers = 7_300;

    private static CalendarDate Day(int y, int m, int d) => new() { Year = y, Month = m, Day = d };

    /// <summary>A small enterprise of <paramref name="region"/>, registered by its city's counter through the gateway, with 2023's contributions (10,000.00元, 12 full months), 50 staff and no layoffs: its registry id and credit code.</summary>
    internal static async Task<(string EmployerId, string CreditCode)> EnterpriseAsync(Grpc.Core.CallInvoker invoker, string region, string counter)
    {
        var registry = new Applicants.ApplicantsClient(invoker);
        var code = TestCreditCodes.Of("91" + region, Interlocked.Increment(ref _employers));
        var employer = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "示例补录稳岗有限公司", Region = new RegionCode { Code = region }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter(counter));
        EmployerFact[] facts =
        [
            new() { Source = "统计部门", EvidenceReference = "规模认定 2020-001", Size = new SizeClassification { Size = EnterpriseSize.Small, Period = new DatePeriod { From = Day(2020, 1, 1) } } },
            new() { Source = "社保系统", UnemploymentInsurance = new UnemploymentInsurancePaid { Year = 2023, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 } },
            new() { Source = "社保系统", Layoffs = new Layoffs { Year = 2023, LaidOff = 0, InsuredStaffAtStart = 50 } },
        ];
        foreach (var fact in facts)
        {
            await registry.AddEmployerFactAsync(new AddEmployerFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = employer.EmployerId, Fact = fact }, TestCallers.Counter(counter));
        }

        return (employer.EmployerId, code);
    }

    internal static SubmitClaimRequest ReceivedIn2024(string creditCode) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = creditCode },
        Kind = SubsidyKind.StabilisationRefund,
        PaymentAccount = "6222000000000000002",
        ReceivedOn = Day(2024, 4, 8),
        ReceiptNumber = "稳岗受理 2024-0408",
    };

    [Fact(Timeout = 60_000)]
    public async Task R31_R15_a_Jiaozuo_counter_enters_a_2024_refund_received_in_2024_and_gets_Jz15_2s_answer()
    {
        var hiring = new HiringSubsidies.HiringSubsidiesClient(platform.Invoker);
        var (_, employer) = await EnterpriseAsync(platform.Invoker, "410802", "410800");

        var claim = await hiring.SubmitClaimAsync(ReceivedIn2024(employer), TestCallers.Counter("410800", "clerk-li"));

        var item = Assert.Single(claim.Items);
        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.Equal(600_000, claim.Total.Fen);
        Assert.Equal(2023, item.RefundYear);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.refund_rate" && c.Passed
            && c.Citations.Any(x => x.DocumentNumber.Contains("〔2024〕15号", StringComparison.Ordinal) && x.Clause == "（二）"));
        Assert.Equal(Day(2024, 4, 8), claim.ReceivedOn);
        Assert.Equal("稳岗受理 2024-0408", claim.ReceiptNumber);
        Assert.Equal("clerk-li", claim.Record.CreatedBy);
    }

    [Fact(Timeout = 60_000)]
    public async Task R31_R27_a_Jiyuan_counter_enters_the_same_claim_and_is_told_no_policy_with_the_measures_documents_cited()
    {
        var hiring = new HiringSubsidies.HiringSubsidiesClient(platform.Invoker);
        var (_, employer) = await EnterpriseAsync(platform.Invoker, "419001", "419001");

        var preview = await hiring.PreviewClaimAsync(ReceivedIn2024(employer), TestCallers.Counter("419001"));

        var item = Assert.Single(preview.Items);
        Assert.False(item.PolicyInForce);
        Assert.Equal(0, preview.Total.Fen);
        var noPolicy = Assert.Single(item.Explanation.Checks, c => !c.Passed);
        Assert.NotEmpty(noPolicy.Citations);
        Assert.Contains(noPolicy.Citations, x => x.DocumentNumber.Contains("〔2024〕15号", StringComparison.Ordinal) && x.Clause == "（二）");
    }
}
