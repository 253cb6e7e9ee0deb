using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// Ruling R31: a claim states the date the bureau received it (受理日期). That date, not the day of entry,
/// selects the 稳岗返还 rule (R15) and ends the start-up subsidy's year of normal operation (R23); it may
/// not be after today nor within the refund year it claims for; a back-dated entry carries its 受理回执
/// number, stored with the clerk who entered it. The service's clock is the day of entry.
/// </summary>
public sealed class ReceivedDateTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly EnteredOn = new(2026, 11, 24);

    private static CalendarDate Day(int y, int m, int d) => new() { Year = y, Month = m, Day = d };

    private static SubmitClaimRequest Refund(string creditCode, CalendarDate? receivedOn, string receipt = "", int refundYear = 0) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = creditCode },
        Kind = SubsidyKind.StabilisationRefund,
        PaymentAccount = "6222000000000000002",
        ReceivedOn = receivedOn,
        ReceiptNumber = receipt,
        RefundYear = refundYear,
    };

    /// <summary>A small enterprise of 解放区 whose registry records, for each year, 10,000.00元 of unemployment insurance paid in 12 full months, 50 staff and no layoffs.</summary>
    private async Task<string> EnterprisePaidIn2023Async(params int[] moreYears)
    {
        var employer = await host.EmployerAsync("410802", name: "焦作示例补录有限公司");
        await host.SizedAsync(employer, EnterpriseSize.Small, new DateOnly(2020, 1, 1));
        foreach (var year in moreYears.Prepend(2023))
        {
            await host.EmployerFactAsync(employer, new EmployerFact
            {
                UnemploymentInsurance = new UnemploymentInsurancePaid { Year = year, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 },
            });
            await host.EmployerFactAsync(employer, new EmployerFact { Layoffs = new Layoffs { Year = year, LaidOff = 0, InsuredStaffAtStart = 50 } });
        }

        return employer;
    }

    private async Task<RpcException> RefusedAsync(SubmitClaimRequest request) =>
        await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

    [Fact(Timeout = 120_000)]
    public async Task R31_R15_a_2024_paper_claim_keyed_in_in_2026_is_judged_by_Jz15_2_of_its_received_date_and_stored_with_its_receipt()
    {
        host.SetToday(EnteredOn);
        var employer = await EnterprisePaidIn2023Async();

        var claim = await host.Hiring.SubmitClaimAsync(Refund(employer, Day(2024, 3, 15), "稳岗受理 2024-0315"), TestCallers.Counter("410800", "clerk-zhang"));

        var item = Assert.Single(claim.Items);
        Assert.Equal(2023, item.RefundYear);
        Assert.Equal(600_000, claim.Total.Fen); // 60% of 10,000.00元 for an SME (15号（二）)
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.refund_rate" && c.Passed
            && c.Citations.Any(x => x.DocumentNumber.Contains("〔2024〕15号", StringComparison.Ordinal) && x.Clause == "（二）"));
        Assert.Equal(Day(2024, 3, 15), item.EventDate);
        var stored = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter());
        Assert.Equal(Day(2024, 3, 15), stored.ReceivedOn);
        Assert.Equal("稳岗受理 2024-0315", stored.ReceiptNumber);
        Assert.Equal("clerk-zhang", stored.Record.CreatedBy);
        Assert.All(item.Explanation.Checks, c => Assert.True(c.Citations.Count > 0, $"{c.RuleId} cites nothing"));
    }

    [Fact(Timeout = 120_000)]
    public async Task R31_R15_without_a_received_date_the_day_of_entry_decides_and_2026_has_no_policy()
    {
        host.SetToday(EnteredOn);
        var employer = await EnterprisePaidIn2023Async(2025);

        var preview = await host.Hiring.PreviewClaimAsync(Refund(employer, receivedOn: null), TestCallers.Counter());

        var item = Assert.Single(preview.Items);
        Assert.False(item.PolicyInForce);
        Assert.Equal(2025, item.RefundYear);
        Assert.Equal(0, preview.Total.Fen);
    }

    [Fact(Timeout = 120_000)]
    public async Task R31_a_received_date_after_today_is_refused_naming_received_on()
    {
        host.SetToday(EnteredOn);
        var employer = await EnterprisePaidIn2023Async();

        var refused = await RefusedAsync(Refund(employer, Day(2026, 11, 25), "回执 1"));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("field: received_on", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("R31", refused.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R31_a_back_dated_claim_without_its_receipt_number_is_refused_naming_receipt_number_and_nothing_is_stored()
    {
        host.SetToday(EnteredOn);
        var employer = await EnterprisePaidIn2023Async();

        var refused = await RefusedAsync(Refund(employer, Day(2024, 3, 15)));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("field: receipt_number", refused.Said(), StringComparison.Ordinal);
        var listed = await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = employer } }, TestCallers.Counter());
        Assert.Empty(listed.Claims);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(2024, 12, 31)] // received within the refund year it claims for
    [InlineData(2024, 6, 1)]
    public async Task R31_a_claim_received_before_its_refund_year_ended_is_refused_naming_received_on(int y, int m, int d)
    {
        host.SetToday(EnteredOn);
        var employer = await EnterprisePaidIn2023Async();

        var refused = await RefusedAsync(Refund(employer, Day(y, m, d), "回执 2", refundYear: 2024));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("field: received_on", refused.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R31_an_invalid_received_date_is_refused_naming_received_on()
    {
        host.SetToday(EnteredOn);
        var employer = await EnterprisePaidIn2023Async();

        var refused = await RefusedAsync(Refund(employer, Day(2024, 2, 30), "回执 3"));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("field: received_on", refused.Said(), StringComparison.Ordinal);
    }
}
