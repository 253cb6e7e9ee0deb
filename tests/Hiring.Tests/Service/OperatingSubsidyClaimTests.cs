using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 创业孵化基地运营补贴 through the service (Henan D09 cl.32; R14, R23): the business claims its incubator cost
/// months; each paying month is an item holding the business's month in PostgreSQL, so a later claim's yearly
/// cap (1万元 per 12 months from entry) counts it and no month is paid twice.
/// </summary>
public sealed class OperatingSubsidyClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Entered = new(2023, 3, 15);

    private static SubmitClaimRequest Claim(string business, string founder, DateOnly from, int months, long fen = 200_000)
    {
        var item = new IncubatorOperatingItem { FounderIdNumber = founder, EnteredIncubator = HiringHost.Date(Entered), EvidenceReference = "入驻协议 FH-2023-015" };
        for (var i = 0; i < months; i++)
        {
            var month = from.AddMonths(i);
            item.Costs.Add(new IncubatorCost { Year = month.Year, Month = month.Month, Cost = new Money { Fen = fen } });
        }

        return new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new EmployerKey { CreditCode = business },
            Kind = SubsidyKind.IncubatorOperating,
            IncubatorOperating = item,
            PaymentAccount = "6222000000000000006",
        };
    }

    private async Task<(string Business, string Founder)> VeteransBusinessAsync() =>
        (await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "焦作示例文创工作室"),
         await host.PersonAsync(new DateOnly(1990, 5, 1), Facts.Veteran(new DateOnly(2015, 9, 1))));

    [Fact(Timeout = 120_000)]
    public async Task R14_R23_the_yearly_cap_is_reached_exactly_across_claims_and_a_further_month_of_that_year_is_refused()
    {
        host.SetToday(new DateOnly(2024, 6, 1));
        var (business, founder) = await VeteransBusinessAsync();

        var tenMonths = await host.Hiring.SubmitClaimAsync(Claim(business, founder, new DateOnly(2023, 3, 1), 10), TestCallers.Counter());
        var sameYear = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Claim(business, founder, new DateOnly(2024, 1, 1), 1), TestCallers.Counter()).ResponseAsync);
        var nextYear = await host.Hiring.SubmitClaimAsync(Claim(business, founder, new DateOnly(2024, 3, 1), 2), TestCallers.Counter());

        Assert.Equal(SubsidyKind.IncubatorOperating, tenMonths.Kind);
        Assert.Equal(1_000_000, tenMonths.Total.Fen); // 10 × 2000元 × 50% = 10,000元, the cap exactly
        Assert.Equal(10, tenMonths.Items.Count);
        Assert.Equal(2023, tenMonths.Items[0].IncubatorCost.Year);
        Assert.Equal(StatusCode.FailedPrecondition, sameYear.StatusCode);
        Assert.Contains("startup.operating_subsidy.amount", sameYear.Said(), StringComparison.Ordinal);
        Assert.Equal(200_000, nextYear.Total.Fen);
    }

    [Fact(Timeout = 120_000)]
    public async Task R23_the_three_years_from_entry_end_with_the_36th_month_and_a_month_is_paid_once()
    {
        host.SetToday(new DateOnly(2026, 6, 1));
        var (business, founder) = await VeteransBusinessAsync();

        var edge = await host.Hiring.SubmitClaimAsync(Claim(business, founder, new DateOnly(2026, 2, 1), 2), TestCallers.Counter());
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Claim(business, founder, new DateOnly(2026, 2, 1), 1), TestCallers.Counter()).ResponseAsync);
        var beyond = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Claim(business, founder, new DateOnly(2026, 3, 1), 1), TestCallers.Counter()).ResponseAsync);

        var item = Assert.Single(edge.Items); // 2026-02 is the 36th month from 2023-03; 2026-03 is beyond
        Assert.Equal(2, item.IncubatorCost.Month);
        Assert.Equal(100_000, edge.Total.Fen);
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
        Assert.Contains(edge.ClaimId, again.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, beyond.StatusCode);
        Assert.Contains("startup.operating_subsidy.within_years", beyond.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("no_entry", "incubator_operating.entered_incubator")]
    [InlineData("no_evidence", "incubator_operating.evidence_reference")]
    [InlineData("before_entry", "incubator_operating.costs[0].month")]
    [InlineData("negative", "incubator_operating.costs[0].cost")]
    public async Task Bad_operating_subsidy_claims_are_INVALID_ARGUMENT_naming_the_field(string bad, string field)
    {
        host.SetToday(new DateOnly(2024, 6, 1));
        var (business, founder) = await VeteransBusinessAsync();
        var request = Claim(business, founder, new DateOnly(2023, 4, 1), 1);
        switch (bad)
        {
            case "no_entry":
                request.IncubatorOperating.EnteredIncubator = null;
                break;
            case "no_evidence":
                request.IncubatorOperating.EvidenceReference = "";
                break;
            case "before_entry":
                request.IncubatorOperating.Costs[0].Month = 2;
                break;
            case "negative":
                request.IncubatorOperating.Costs[0].Cost = new Money { Fen = -1 };
                break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
    }
}
