using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// Registry facts over statements for the referral subsidy (人力资源服务许可, R26) and the incubator
/// operating subsidy (入驻创业孵化基地 and its cost months, R14, R23): where the registry records the fact
/// it decides, a stated value that differs is FAILED_PRECONDITION naming the field and the rule, and the
/// clerk need not state what the registry records. Real gRPC, the registry on real ports, PostgreSQL.
/// </summary>
public sealed class RegistryAgencyAndIncubatorFactsTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Entered = new(2023, 3, 15);

    private static SubmitClaimRequest Referral(string agency, string idNumber, string employer, DateOnly start, bool statedLicensed) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = agency },
        Kind = SubsidyKind.JobReferral,
        Referrals =
        {
            new ReferralItem
            {
                PersonIdNumber = idNumber,
                EmployerCreditCode = employer,
                ContractStart = HiringHost.Date(start),
                ContractEnd = HiringHost.Date(start.AddYears(1).AddDays(-1)),
                FreeOfCharge = true,
            },
        },
        ReferralAgency = new ReferralAgencyEvidence { Licensed = statedLicensed, EvidenceReference = statedLicensed ? "人力资源服务许可证 豫人服证字 0002" : "" },
        PaymentAccount = "6222000000000000005",
    };

    private static SubmitClaimRequest Operating(string business, string founder, DateOnly? entered, params (int Year, int Month, long Fen)[] costs)
    {
        var item = new IncubatorOperatingItem { FounderIdNumber = founder, EnteredIncubator = entered is { } day ? HiringHost.Date(day) : null };
        item.Costs.AddRange(costs.Select(c => new IncubatorCost { Year = c.Year, Month = c.Month, Cost = new Money { Fen = c.Fen } }));
        return new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new EmployerKey { CreditCode = business },
            Kind = SubsidyKind.IncubatorOperating,
            IncubatorOperating = item,
            PaymentAccount = "6222000000000000006",
        };
    }

    [Fact(Timeout = 120_000)]
    public async Task R26_the_agency_licence_the_registry_records_decides_on_the_placement_date_over_the_clerks_statement()
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var agency = await host.EmployerAsync(name: "焦作登记人力资源有限公司");
        await host.EmployerFactAsync(agency, new EmployerFact
        {
            Source = "焦作市人社局",
            AgencyLicence = new AgencyLicence { LicenceNumber = "豫人服证字 4108-0007", Period = new DatePeriod { From = HiringHost.Date(new DateOnly(2024, 6, 1)) } },
        });
        var employer = await host.EmployerAsync(name: "焦作登记录用有限公司");

        // Stated as licensed with a licence seen, but placed before the recorded licence took effect.
        var before = Assert.Single((await host.Hiring.PreviewClaimAsync(Referral(agency, await host.PersonAsync(new DateOnly(1995, 5, 6)), employer, new DateOnly(2024, 5, 1), statedLicensed: true), TestCallers.Counter())).Items);
        // Nothing stated: the recorded licence covers the placement.
        var after = Assert.Single((await host.Hiring.PreviewClaimAsync(Referral(agency, await host.PersonAsync(new DateOnly(1995, 5, 7)), employer, new DateOnly(2024, 7, 1), statedLicensed: false), TestCallers.Counter())).Items);

        Assert.False(before.Approved);
        Assert.Contains(before.Explanation.Checks, c => c.RuleId == "hiring.referral.licensed_agency" && !c.Passed);
        Assert.True(after.Approved, after.Explanation.SummaryZh);
        Assert.Equal(20_000, after.Amount.Fen);
        Assert.Contains(after.Explanation.Checks, c => c.RuleId == "hiring.referral.licensed_agency" && c.Passed);
    }

    [Fact(Timeout = 120_000)]
    public async Task R14_R23_the_incubator_entry_and_cost_months_the_registry_records_decide_and_a_stated_value_that_differs_names_the_field()
    {
        host.SetToday(new DateOnly(2024, 6, 1));
        var business = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "焦作登记文创工作室");
        var founder = await host.PersonAsync(new DateOnly(1990, 5, 3), Facts.Veteran(new DateOnly(2015, 9, 1)));
        await host.EmployerFactAsync(business, new EmployerFact
        {
            Source = "焦作市创业孵化园",
            IncubatorEntry = new IncubatorEntry
            {
                BaseName = "焦作市创业孵化园",
                Period = new DatePeriod { From = HiringHost.Date(Entered) },
                Costs =
                {
                    new IncubatorMonthCost { Month = new YearMonth { Year = 2023, Month = 3 }, Cost = new Money { Fen = 200_000 } },
                    new IncubatorMonthCost { Month = new YearMonth { Year = 2023, Month = 4 }, Cost = new Money { Fen = 180_000 } },
                },
            },
        });

        // Nothing stated but the founder: the registry's entry day and months are judged (no agreement to show).
        var fromRegistry = await host.Hiring.PreviewClaimAsync(Operating(business, founder, null), TestCallers.Counter());
        var otherCost = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Operating(business, founder, Entered, (2023, 3, 250_000)), TestCallers.Counter()).ResponseAsync);
        var otherEntry = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Operating(business, founder, Entered.AddDays(1)), TestCallers.Counter()).ResponseAsync);
        var unrecordedMonth = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Operating(business, founder, Entered, (2023, 5, 200_000)), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(2, fromRegistry.Items.Count);
        Assert.Equal(100_000 + 90_000, fromRegistry.Total.Fen); // 50% of each recorded month's cost
        Assert.Equal(StatusCode.FailedPrecondition, otherCost.StatusCode);
        Assert.Contains("incubator_operating.costs[0].cost", otherCost.Said(), StringComparison.Ordinal);
        Assert.Contains("startup.operating_subsidy.matches_registry", otherCost.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, otherEntry.StatusCode);
        Assert.Contains("incubator_operating.entered_incubator", otherEntry.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, unrecordedMonth.StatusCode);
        Assert.Contains("incubator_operating.costs[0].month", unrecordedMonth.Said(), StringComparison.Ordinal);
    }
}
