using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）) for the measures a person or an agency claims: the flexible workers'
/// social-insurance subsidy (36号（十）; R25), 一次性交通补助 (15号（九）; R26) and 职业介绍补贴 (豫政办〔2022〕14号 四、; R26),
/// over the registry facts that record them (a flexible worker's 参保地, 外出务工, the placing agency on the contract).
/// Each owed item equals the claim a clerk enters by hand and leaves the list once that claim stands; a month the
/// social-insurance subsidy for a hire and the flexible workers' subsidy could both pay is offered once, under the
/// higher amount (R21, R25). Sample configuration as in the claims' tests (flexible share 60%, pension counted;
/// 修武县 300元 once a year; referrals 200元 in Jiaozuo). Registry on PostgreSQL, one Redis, over gRPC.
/// </summary>
public sealed class OwedFlexibleTransportAndReferralTests(ProductionShapedHiringHost host) : IClassFixture<ProductionShapedHiringHost>
{
    private static CalendarDate Date(DateOnly day) => HiringHost.Date(day);

    /// <summary>A 就业困难人员 paying pension as a flexible worker, 500.00元 a month over the given months, insured in <paramref name="region"/>.</summary>
    private async Task<string> FlexibleWorkerAsync(DateOnly from, DateOnly until, string region = "410802")
    {
        var person = await host.PersonAsync(new DateOnly(1978, 1, 1), FlexibleWorkerClaimTests.HardToEmploy(new DateOnly(2023, 1, 1)));
        await host.PersonFactAsync(person, Flexible(from, until, region));
        return person;
    }

    private static PersonFact Flexible(DateOnly from, DateOnly until, string region) => new()
    {
        Kind = PersonFactKind.SocialInsurance,
        Period = new DatePeriod { From = Date(from), Until = Date(until) },
        Authority = "焦作市社会保险中心",
        Insurance = new InsuranceContribution
        {
            Scheme = InsuranceScheme.Pension,
            FlexibleWorker = true,
            Months = ((until.Year - from.Year) * 12) + until.Month - from.Month + 1,
            MonthlyAmount = new Money { Fen = 50_000 },
            InsuredRegion = new RegionCode { Code = region },
        },
    };

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_20_R25_a_flexible_workers_owed_subsidy_is_the_claim_a_clerk_enters_by_hand_and_leaves_the_list_once_confirmed()
    {
        host.SetToday(new DateOnly(2024, 8, 1));
        var person = await FlexibleWorkerAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30));
        var inJiyuan = await FlexibleWorkerAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30), region: "419001");

        var summary = new OwedSubsidiesSummary();
        var (_, people) = await OwedAsync(summary);
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(FlexibleWorkerClaimTests.Claim(person, new DateOnly(2024, 1, 1), 6), TestCallers.Counter())).Items);

        var line = Assert.Single(people, p => p.PersonId == Id(people, person));
        Assert.DoesNotContain(people, p => p.PersonIdNumber == Masked(inJiyuan));
        var item = Assert.Single(line.Items);
        Assert.Equal(SubsidyKind.FlexibleSocialInsurance, item.Kind);
        Assert.Equal(6 * 30_000, item.Amount.Fen); // 60% × 500.00元 × 6 months
        Assert.True(byHand.Approved, byHand.Explanation.SummaryZh);
        Assert.Equal(byHand.Amount, item.Amount);
        Assert.Equal(byHand.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), item.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
        Assert.Equal("410802", item.FlexibleWorker.InsuredRegion.Code);
        Assert.True(summary.CountOf(SubsidyKind.FlexibleSocialInsurance).Judged >= 1);

        var prepared = Assert.Single(line.Claims);
        Assert.Null(prepared.Employer);
        prepared.IdempotencyKey = Guid.NewGuid().ToString();
        prepared.PaymentAccount = "6222000000000000011";
        var claimed = await host.Hiring.SubmitClaimAsync(prepared, TestCallers.Counter());

        Assert.Equal(item.Amount, claimed.Total);
        var (_, after) = await OwedAsync(new OwedSubsidiesSummary());
        Assert.DoesNotContain(after, p => p.PersonId == line.PersonId);
    }

    [Fact(Timeout = 180_000)]
    public async Task R21_R25_a_month_a_hire_and_the_flexible_workers_subsidy_could_both_pay_is_offered_once_under_the_higher_amount()
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var employer = await host.EmployerAsync(name: "焦作从高不重复机械有限公司");
        await host.SizedAsync(employer, EnterpriseSize.Medium, new DateOnly(2020, 1, 1));
        var contractStart = new DateOnly(2024, 3, 1);
        var person = await host.PersonAsync(new DateOnly(1978, 1, 1), FlexibleWorkerClaimTests.HardToEmploy(new DateOnly(2023, 1, 1)), Facts.Registration(new DateOnly(2023, 6, 1), contractStart.AddDays(-1)));
        await host.ContractAsync(person, employer, contractStart, new DateOnly(2025, 2, 28));
        await host.PersonFactAsync(person, new PersonFact
        {
            Kind = PersonFactKind.SocialInsurance,
            Period = new DatePeriod { From = Date(contractStart), Until = Date(new DateOnly(2025, 2, 28)) },
            Authority = "社保系统",
            Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, EmployerCreditCode = employer, Months = 12, EmployerPartMonthly = new Money { Fen = 100_000 }, PaidOnTime = true },
        });
        // As a flexible worker 2024-01 … 2024-04: March and April are also the hire's months.
        await host.PersonFactAsync(person, Flexible(new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 30), "410802"));

        var summary = new OwedSubsidiesSummary();
        var (employers, people) = await OwedAsync(summary);

        var hire = Assert.Single(Assert.Single(employers, e => e.EmployerCreditCode == employer).Items, i => i.Kind == SubsidyKind.SocialInsurance);
        var flexible = Assert.Single(Assert.Single(people, p => p.PersonId == hire.PersonId).Items);
        Assert.Equal(12 * 100_000, hire.Amount.Fen); // the hire pays more: a 就业困难人员's 100% (sample) × 1000.00元 × 12 months
        Assert.Equal(["2024-01", "2024-02"], flexible.FlexibleWorker.Contributions.Select(c => $"{c.Year:D4}-{c.Month:D2}"));
        Assert.Equal(2 * 30_000, flexible.Amount.Fen);
        Assert.True(summary.MonthsOfferedOnce >= 2);
        // Both prepared claims stand together: no month is held twice.
        foreach (var claim in new[] { Assert.Single(employers.Single(e => e.EmployerCreditCode == employer).Claims, c => c.Kind == SubsidyKind.SocialInsurance), Assert.Single(people.Single(p => p.PersonId == hire.PersonId).Claims) })
        {
            claim.IdempotencyKey = Guid.NewGuid().ToString();
            claim.PaymentAccount = "6222000000000000012";
            await host.Hiring.SubmitClaimAsync(claim, TestCallers.Counter());
        }
    }

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_9_R26_work_away_the_registry_records_is_owed_the_paying_countys_transport_subsidy_as_the_clerk_enters_it()
    {
        host.SetToday(new DateOnly(2024, 5, 1));
        var person = await host.PersonAsync(new DateOnly(1990, 1, 1), new PersonFact
        {
            Kind = PersonFactKind.PovertyAlleviated,
            Period = new DatePeriod { From = Date(new DateOnly(2021, 1, 1)) },
            Authority = "焦作市乡村振兴局",
        });
        await host.PersonFactAsync(person, new PersonFact
        {
            Kind = PersonFactKind.WorkAway,
            Period = new DatePeriod { From = Date(new DateOnly(2024, 3, 1)) },
            Authority = "修武县劳务输出台账",
            EvidenceReference = "XW-2024-0031",
            WorkAway = new WorkAway { HomeCounty = new RegionCode { Code = "410821" }, WorkPlace = new RegionCode { Code = "440300" } },
        });

        var summary = new OwedSubsidiesSummary();
        var (_, people) = await OwedAsync(summary);

        var line = Assert.Single(people, p => p.Items.Any(i => i.Kind == SubsidyKind.Transport && i.PersonIdNumber == Masked(person)));
        var item = Assert.Single(line.Items);
        Assert.Equal(30_000, item.Amount.Fen);
        Assert.Equal(("410821", "440300"), (item.Transport.County.Code, item.Transport.WorkPlace.Code));
        Assert.Contains("XW-2024-0031", item.Transport.EvidenceReference, StringComparison.Ordinal);
        Assert.True(summary.CountOf(SubsidyKind.Transport).Judged >= 1);
        var prepared = Assert.Single(line.Claims);
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(prepared, TestCallers.Counter())).Items);
        Assert.Equal((true, item.Amount), (byHand.Approved, byHand.Amount));
        prepared.IdempotencyKey = Guid.NewGuid().ToString();
        prepared.PaymentAccount = "6222000000000000013";
        await host.Hiring.SubmitClaimAsync(prepared, TestCallers.Counter());

        var (_, after) = await OwedAsync(new OwedSubsidiesSummary());
        Assert.DoesNotContain(after, p => p.PersonId == line.PersonId);
    }

    [Fact(Timeout = 180_000)]
    public async Task R26_a_placement_by_a_licensed_agency_of_the_region_is_owed_the_referral_subsidy_and_one_without_a_recorded_licence_is_not()
    {
        host.SetToday(new DateOnly(2024, 9, 1));
        var agency = await host.EmployerAsync(name: "焦作直补人力资源有限公司");
        await host.EmployerFactAsync(agency, new EmployerFact
        {
            Source = "焦作市人社局",
            AgencyLicence = new AgencyLicence { LicenceNumber = "豫人服证字 4108-0101", Period = new DatePeriod { From = Date(new DateOnly(2023, 1, 1)) } },
        });
        var unlicensed = await host.EmployerAsync(name: "焦作未登记许可中介有限公司");
        var employer = await host.EmployerAsync(name: "焦作录用制造有限公司");
        var placed = await PlacedAsync(agency, employer, new DateOnly(2024, 5, 1));
        var placedByUnlicensed = await PlacedAsync(unlicensed, employer, new DateOnly(2024, 5, 1));

        var summary = new OwedSubsidiesSummary();
        var (employers, _) = await OwedAsync(summary);

        var line = Assert.Single(employers, e => e.EmployerCreditCode == agency);
        Assert.DoesNotContain(employers, e => e.EmployerCreditCode == unlicensed);
        var item = Assert.Single(line.Items);
        Assert.Equal((SubsidyKind.JobReferral, 20_000L), (item.Kind, item.Amount.Fen));
        Assert.Equal(Masked(placed), item.PersonIdNumber);
        Assert.Equal((employer, true), (item.Referral.EmployerCreditCode, item.Referral.FreeOfCharge));
        Assert.True(summary.CountOf(SubsidyKind.JobReferral).Judged >= 2);
        Assert.NotEqual(Masked(placed), Masked(placedByUnlicensed));
        var prepared = Assert.Single(line.Claims);
        Assert.Equal(SubsidyKind.JobReferral, prepared.Kind);
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(prepared, TestCallers.Counter())).Items);
        Assert.Equal((true, item.Amount), (byHand.Approved, byHand.Amount));
        prepared.IdempotencyKey = Guid.NewGuid().ToString();
        prepared.PaymentAccount = "6222000000000000014";
        await host.Hiring.SubmitClaimAsync(prepared, TestCallers.Counter());

        var (after, _) = await OwedAsync(new OwedSubsidiesSummary());
        Assert.DoesNotContain(after, e => e.EmployerCreditCode == agency);
    }

    private async Task<string> PlacedAsync(string agency, string employer, DateOnly start)
    {
        var person = await host.PersonAsync(new DateOnly(1996, 2, 2));
        await host.PersonFactAsync(person, new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Date(start), Until = Date(start.AddYears(1).AddDays(-1)) },
            Authority = "职业介绍登记（焦作市公共就业服务中心）",
            Contract = new EmploymentContract { EmployerCreditCode = employer, TermMonths = 12, ReferralAgencyCreditCode = agency, ReferralFreeOfCharge = true },
        });
        return person;
    }

    private static string Masked(string idNumber) => idNumber[..6] + "********" + idNumber[^4..];

    private static string Id(List<OwedPerson> people, string idNumber) => people.First(p => p.PersonIdNumber == Masked(idNumber)).PersonId;

    private async Task<(List<OwedEmployer> Employers, List<OwedPerson> People)> OwedAsync(OwedSubsidiesSummary summary)
    {
        using var call = host.Hiring.ListOwedSubsidies(new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = "410800" },
            ContractStarted = new DatePeriod { From = Date(new DateOnly(2024, 1, 1)), Until = Date(new DateOnly(2024, 12, 31)) },
        }, TestCallers.Counter());
        var employers = new List<OwedEmployer>();
        var people = new List<OwedPerson>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            employers.AddRange(page.Employers);
            people.AddRange(page.People);
            if (page.Summary is { } s)
            {
                summary.MergeFrom(s);
            }
        }

        return (employers, people);
    }
}
