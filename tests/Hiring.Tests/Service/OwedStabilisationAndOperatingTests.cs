using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）) for the employer legs: 失业保险稳岗返还 (36号（一）, 15号（二）; R13,
/// R15–R17) from the registry's employer facts, and 创业孵化基地运营补贴 (Henan D09 cl.32; R14, R23) from the
/// registry's incubator entry. The list must agree with the claim a clerk enters by hand (same amounts, same
/// checks), and a confirmed claim takes the item off the list. Registry on PostgreSQL, one Redis, over gRPC.
/// </summary>
public sealed class OwedStabilisationAndOperatingTests(ProductionShapedHiringHost host) : IClassFixture<ProductionShapedHiringHost>
{
    private static readonly DateOnly Entered = new(2023, 3, 15);

    private static CalendarDate Date(DateOnly day) => HiringHost.Date(day);

    /// <summary>An enterprise of 解放区 with its size and the registry's facts of <paramref name="year"/>: 8000.00元 + 2000.00元 of unemployment insurance in 12 full months, the staff at its start and the layoffs.</summary>
    private async Task<string> EnterpriseWithRefundYearAsync(string name, EnterpriseSize size, int year, int staff = 50, int layoffs = 0)
    {
        var employer = await host.EmployerAsync(name: name);
        await host.SizedAsync(employer, size, new DateOnly(2020, 1, 1));
        await host.EmployerFactAsync(employer, new EmployerFact
        {
            Source = "社保系统",
            UnemploymentInsurance = new UnemploymentInsurancePaid { Year = year, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 },
        });
        await host.EmployerFactAsync(employer, new EmployerFact { Source = "社保系统", Layoffs = new Layoffs { Year = year, LaidOff = layoffs, InsuredStaffAtStart = staff } });
        return employer;
    }

    /// <summary>A veteran's individual business in an incubator from <see cref="Entered"/>, with the recorded cost months (fen each).</summary>
    private async Task<(string Business, string Founder)> IncubatedBusinessAsync(string name, DateOnly founded, params (int Year, int Month, long Fen)[] costs)
    {
        var business = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: name);
        var founder = await host.PersonAsync(new DateOnly(1990, 5, 3), Facts.Veteran(new DateOnly(2015, 9, 1)));
        // The business started long before the period: the registry streams its founder because of the entry.
        await host.PersonFactAsync(founder, new PersonFact
        {
            Kind = PersonFactKind.BusinessOwner,
            Period = new DatePeriod { From = Date(founded) },
            Authority = "市场监管部门",
            Business = new BusinessStart { BusinessCreditCode = business, FirstBusiness = true },
        });
        var entry = new IncubatorEntry { BaseName = "焦作市创业孵化园", Period = new DatePeriod { From = Date(Entered) } };
        entry.Costs.AddRange(costs.Select(c => new IncubatorMonthCost { Month = new YearMonth { Year = c.Year, Month = c.Month }, Cost = new Money { Fen = c.Fen } }));
        await host.EmployerFactAsync(business, new EmployerFact { Source = "焦作市创业孵化园", IncubatorEntry = entry });
        return (business, founder);
    }

    private static SubmitClaimRequest Confirmed(SubmitClaimRequest prepared)
    {
        prepared.IdempotencyKey = Guid.NewGuid().ToString();
        prepared.PaymentAccount = "6222000000000000007";
        return prepared;
    }

    [Theory(Timeout = 180_000)]
    [InlineData(EnterpriseSize.Large, 300_000)]
    [InlineData(EnterpriseSize.Small, 600_000)]
    public async Task Jz2024_15_20_R13_R15_the_owed_stabilisation_refund_is_the_claim_a_clerk_enters_by_hand_and_leaves_the_list_once_confirmed(EnterpriseSize size, long expectedFen)
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EnterpriseWithRefundYearAsync($"焦作直补稳岗{size}有限公司", size, 2022);

        var summary = new OwedSubsidiesSummary();
        var listed = await OwedAsync(new(2023, 1, 1), new(2023, 12, 31), summary, employer);
        // The clerk, by hand: the employer and the kind, nothing stated (the registry's facts are read).
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Employer = new EmployerKey { CreditCode = employer },
            Kind = SubsidyKind.StabilisationRefund,
        }, TestCallers.Counter())).Items);

        var line = Assert.Single(listed);
        var item = Assert.Single(line.Items);
        Assert.Equal(SubsidyKind.StabilisationRefund, item.Kind);
        Assert.Equal(expectedFen, item.Amount.Fen); // 30% / 60% of 10,000.00元 (R13)
        Assert.Equal(2022, item.RefundYear);
        Assert.Equal(1_000_000, item.Stabilisation.LastYearContributions.Fen);
        Assert.Equal("", item.PersonId);
        Assert.True(byHand.Approved, byHand.Explanation.SummaryZh);
        Assert.Equal(byHand.Amount, item.Amount);
        Assert.Equal(byHand.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), item.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
        Assert.True(summary.CountOf(SubsidyKind.StabilisationRefund).Judged >= 1);

        var prepared = Assert.Single(line.Claims);
        Assert.Equal(SubsidyKind.StabilisationRefund, prepared.Kind);
        Assert.Equal(2022, prepared.RefundYear);
        var previewed = Assert.Single((await host.Hiring.PreviewClaimAsync(prepared, TestCallers.Counter())).Items);
        Assert.Equal(item.Amount, previewed.Amount);
        await host.Hiring.SubmitClaimAsync(Confirmed(prepared), TestCallers.Counter());

        // R15: once per employer and refund year — the standing claim holds 2022.
        var after = new OwedSubsidiesSummary();
        Assert.Empty(await OwedAsync(new(2023, 1, 1), new(2023, 12, 31), after, employer));
        Assert.True(after.AlreadyClaimed >= 1);
    }

    [Fact(Timeout = 180_000)]
    public async Task R16_R15_an_employer_over_the_layoff_target_or_without_a_recorded_fact_is_not_owed_and_from_2025_no_refund_is_owed()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        // 12 of 200 = 6%, over the sample 5.5% national control target (R16).
        var overTarget = await EnterpriseWithRefundYearAsync("焦作直补稳岗裁员有限公司", EnterpriseSize.Medium, 2022, staff: 200, layoffs: 12);
        // Contributions recorded, but no staff or layoffs: only the clerk could state them.
        var unrecorded = await host.EmployerAsync(name: "焦作直补稳岗缺项有限公司");
        await host.SizedAsync(unrecorded, EnterpriseSize.Small, new DateOnly(2020, 1, 1));
        await host.EmployerFactAsync(unrecorded, new EmployerFact
        {
            Source = "社保系统",
            UnemploymentInsurance = new UnemploymentInsurancePaid { Year = 2022, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 },
        });

        var summary = new OwedSubsidiesSummary();
        var listed = await OwedAsync(new(2023, 1, 1), new(2023, 12, 31), summary, overTarget, unrecorded);
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(new SubmitClaimRequest { Employer = new EmployerKey { CreditCode = overTarget }, Kind = SubsidyKind.StabilisationRefund }, TestCallers.Counter())).Items);
        var missing = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(new SubmitClaimRequest { Employer = new EmployerKey { CreditCode = unrecorded }, Kind = SubsidyKind.StabilisationRefund }, TestCallers.Counter()).ResponseAsync);

        Assert.Empty(listed);
        Assert.False(byHand.Approved);
        Assert.Contains(byHand.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.layoff_rate" && !c.Passed);
        Assert.Equal(StatusCode.FailedPrecondition, missing.StatusCode);
        Assert.Contains("stabilisation.insured_staff_at_year_start", missing.Said(), StringComparison.Ordinal);
        Assert.True(summary.CountOf(SubsidyKind.StabilisationRefund).NotJudged >= 1);

        // 2025-01-01: no 稳岗返还 policy in force (R15), so nothing is owed for 2024 either.
        var paid2024 = await EnterpriseWithRefundYearAsync("焦作直补稳岗二五有限公司", EnterpriseSize.Small, 2024);
        host.SetToday(new DateOnly(2025, 1, 1));
        Assert.Empty(await OwedAsync(new(2024, 1, 1), new(2024, 12, 31), new OwedSubsidiesSummary(), paid2024));
    }

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_20_R14_R23_the_owed_operating_subsidy_is_the_claim_a_clerk_enters_by_hand_and_leaves_the_list_once_confirmed()
    {
        host.SetToday(new DateOnly(2024, 6, 1));
        // Ten months of 2000.00元 in the first subsidy year, then 2024-03 at 1500.00元 in the second.
        var costs = Enumerable.Range(0, 10).Select(i => new DateOnly(2023, 3, 1).AddMonths(i)).Select(m => (m.Year, m.Month, 200_000L))
            .Append((2024, 3, 150_000L)).ToArray();
        var (business, founder) = await IncubatedBusinessAsync("焦作直补孵化文创工作室", new DateOnly(2021, 6, 1), costs);

        var summary = new OwedSubsidiesSummary();
        var listed = await OwedAsync(new(2023, 1, 1), new(2024, 12, 31), summary, business);
        // The clerk, by hand: the founder's number and the recorded months (the entry is the registry's).
        var byHand = await host.Hiring.PreviewClaimAsync(new SubmitClaimRequest
        {
            Employer = new EmployerKey { CreditCode = business },
            Kind = SubsidyKind.IncubatorOperating,
            IncubatorOperating = new IncubatorOperatingItem { FounderIdNumber = founder },
        }, TestCallers.Counter());

        var line = Assert.Single(listed);
        var item = Assert.Single(line.Items);
        Assert.Equal(SubsidyKind.IncubatorOperating, item.Kind);
        Assert.Equal(1_000_000 + 75_000, item.Amount.Fen); // the first year's cap exactly (1万元), then half of 1500元
        Assert.Equal(11, item.IncubatorOperating.Costs.Count);
        Assert.Equal(byHand.Total, item.Amount);
        Assert.All(byHand.Items, i => Assert.True(i.Approved, i.Explanation.SummaryZh));
        Assert.Equal(byHand.EmployerExplanation.Checks.Select(c => (c.RuleId, c.Passed)), item.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
        Assert.True(summary.CountOf(SubsidyKind.IncubatorOperating).Judged >= 1);

        var prepared = Assert.Single(line.Claims);
        Assert.Equal(SubsidyKind.IncubatorOperating, prepared.Kind);
        Assert.Equal(byHand.Total, (await host.Hiring.PreviewClaimAsync(prepared, TestCallers.Counter())).Total);
        await host.Hiring.SubmitClaimAsync(Confirmed(prepared), TestCallers.Counter());

        // R14: a month is paid once — every recorded month of the period is held now.
        Assert.Empty(await OwedAsync(new(2023, 1, 1), new(2024, 12, 31), new OwedSubsidiesSummary(), business));
    }

    [Fact(Timeout = 180_000)]
    public async Task R14_R23_months_a_standing_claim_holds_are_not_owed_again_and_the_rest_of_the_year_counts_them_toward_the_cap()
    {
        host.SetToday(new DateOnly(2024, 6, 1));
        // Twelve months of 2000.00元 in the first subsidy year (2023-03 … 2024-02).
        var costs = Enumerable.Range(0, 12).Select(i => new DateOnly(2023, 3, 1).AddMonths(i)).Select(m => (m.Year, m.Month, 200_000L)).ToArray();
        var (business, founder) = await IncubatedBusinessAsync("焦作直补孵化上限工作室", new DateOnly(2022, 1, 1), costs);
        // The clerk claimed eight months by hand earlier (8000元).
        var earlier = new IncubatorOperatingItem { FounderIdNumber = founder };
        earlier.Costs.AddRange(costs.Take(8).Select(c => new IncubatorCost { Year = c.Year, Month = c.Month, Cost = new Money { Fen = c.Item3 } }));
        await host.Hiring.SubmitClaimAsync(Confirmed(new SubmitClaimRequest { Employer = new EmployerKey { CreditCode = business }, Kind = SubsidyKind.IncubatorOperating, IncubatorOperating = earlier }), TestCallers.Counter());

        var listed = await OwedAsync(new(2023, 1, 1), new(2024, 12, 31), new OwedSubsidiesSummary(), business);
        var rest = new IncubatorOperatingItem { FounderIdNumber = founder };
        rest.Costs.AddRange(costs.Skip(8).Select(c => new IncubatorCost { Year = c.Year, Month = c.Month, Cost = new Money { Fen = c.Item3 } }));
        var byHand = await host.Hiring.PreviewClaimAsync(new SubmitClaimRequest { Employer = new EmployerKey { CreditCode = business }, Kind = SubsidyKind.IncubatorOperating, IncubatorOperating = rest }, TestCallers.Counter());

        var item = Assert.Single(Assert.Single(listed).Items);
        Assert.Equal(4, item.IncubatorOperating.Costs.Count); // the eight held months are not listed again
        Assert.Equal(200_000, item.Amount.Fen); // 2000元 left of the year's 1万元 cap
        Assert.Equal(byHand.Total, item.Amount);
    }

    [Fact(Timeout = 180_000)]
    public async Task R14_an_operating_claim_names_its_founder_by_registry_id_or_by_number_not_both()
    {
        host.SetToday(new DateOnly(2024, 6, 1));
        var (business, founder) = await IncubatedBusinessAsync("焦作直补孵化指名工作室", new DateOnly(2022, 1, 1), (2023, 3, 200_000));
        var listed = await OwedAsync(new(2023, 1, 1), new(2023, 12, 31), new OwedSubsidiesSummary(), business);
        var prepared = Assert.Single(Assert.Single(listed).Claims);
        var both = prepared.Clone();
        both.IncubatorOperating.FounderIdNumber = founder;

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(both, TestCallers.Counter()).ResponseAsync);

        Assert.NotEmpty(prepared.IncubatorOperating.FounderId);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("incubator_operating.founder_id", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(100_000, (await host.Hiring.PreviewClaimAsync(prepared, TestCallers.Counter())).Total.Fen);
    }

    /// <summary>The list for 410800 and the period, only the lines of <paramref name="employers"/>; the run's summary is copied into <paramref name="summary"/>.</summary>
    private async Task<List<OwedEmployer>> OwedAsync(DateOnly from, DateOnly until, OwedSubsidiesSummary summary, params string[] employers)
    {
        using var call = host.Hiring.ListOwedSubsidies(new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = "410800" },
            ContractStarted = new DatePeriod { From = Date(from), Until = Date(until) },
        }, TestCallers.Counter());
        var lines = new List<OwedEmployer>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            lines.AddRange(page.Employers.Where(e => employers.Contains(e.EmployerCreditCode)));
            if (page.Summary is { } s)
            {
                summary.MergeFrom(s);
            }
        }

        return lines;
    }
}
