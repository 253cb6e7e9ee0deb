using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）) for the trainee subsidy (R11, R22) and the social-insurance
/// subsidy for hires (R21, R25), over the registry facts that record them: the traineeship (见习协议) and the
/// employer's monthly part paid on time (15号（三）, R18). The list must agree with the claim a clerk enters
/// by hand (same amounts, same checks), the claims read those facts over the clerk's statement, and a
/// confirmed claim takes the items off the list. Registry on PostgreSQL, one Redis, over gRPC.
/// </summary>
public sealed class OwedTraineeAndSocialInsuranceTests(ProductionShapedHiringHost host) : IClassFixture<ProductionShapedHiringHost>
{
    private static readonly DateOnly ContractStart = new(2024, 3, 15);
    private static readonly DateOnly ContractEnd = new(2025, 3, 14);
    private static readonly DateOnly TraineeFrom = new(2023, 1, 1);
    private static readonly DateOnly TraineeUntil = new(2023, 6, 30);

    private static CalendarDate Date(DateOnly day) => HiringHost.Date(day);

    /// <summary>A medium enterprise (D09 cl.35 takes it) with a contract and, per scheme, the employer's part of each month from the contract start.</summary>
    private async Task<(string Employer, string Person)> InsuredHireAsync(string name, bool onTime = true)
    {
        var employer = await host.EmployerAsync(name: name);
        await host.SizedAsync(employer, EnterpriseSize.Medium, new DateOnly(2020, 1, 1));
        var person = await host.PersonAsync(new DateOnly(1985, 1, 1), Facts.Registration(ContractStart.AddMonths(-3), ContractStart.AddDays(-1)));
        await host.ContractAsync(person, employer, ContractStart, ContractEnd);
        // 600.00元 pension + 400.00元 medical a month, 2024-03 … 2025-02 (12 months), as the agency reports them.
        foreach (var (scheme, fen) in new[] { (InsuranceScheme.Pension, 60_000L), (InsuranceScheme.Medical, 40_000L) })
        {
            await host.PersonFactAsync(person, new PersonFact
            {
                Kind = PersonFactKind.SocialInsurance,
                Period = new DatePeriod { From = Date(ContractStart), Until = Date(new DateOnly(2025, 2, 28)) },
                Authority = "社保系统",
                Insurance = new InsuranceContribution { Scheme = scheme, EmployerCreditCode = employer, Months = 12, EmployerPartMonthly = new Money { Fen = fen }, PaidOnTime = onTime },
            });
        }

        return (employer, person);
    }

    /// <summary>A host recognised by the HR bureau over 2022–2024 (R22).</summary>
    private async Task<string> RecognisedHostAsync(string name)
    {
        var employer = await host.EmployerAsync(name: name);
        await host.EmployerFactAsync(employer, new EmployerFact
        {
            Source = "焦作市人社局",
            TraineeHost = new TraineeHostRecognition { Period = new DatePeriod { From = Date(new DateOnly(2022, 1, 1)), Until = Date(new DateOnly(2024, 12, 31)) }, RecognisingDocument = "焦人社见认〔2022〕12号" },
        });
        return employer;
    }

    /// <summary>A graduate (left university 2022-06-30) with the traineeship the registry records at the host.</summary>
    private async Task<string> RecordedTraineeAsync(string hostCode, bool retained)
    {
        var person = await host.PersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30)));
        await host.PersonFactAsync(person, new PersonFact
        {
            Kind = PersonFactKind.Traineeship,
            Period = new DatePeriod { From = Date(TraineeFrom), Until = Date(TraineeUntil) },
            Authority = "焦作市人社局",
            Traineeship = new Traineeship { HostCreditCode = hostCode, RealNameRegistered = true, Retained = retained },
        });
        return person;
    }

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_20_R25_D09_cl35_the_owed_social_insurance_subsidy_is_the_claim_a_clerk_enters_by_hand_and_leaves_the_list_once_confirmed()
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var (employer, person) = await InsuredHireAsync("焦作直补社保机械有限公司");

        var summary = new OwedSubsidiesSummary();
        var listed = await OwedAsync(new(2024, 1, 1), new(2024, 12, 31), summary, employer);
        // The clerk, by hand: the contract as written, no months stated (the registry's are taken).
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(Claims.Of(SubsidyKind.SocialInsurance, employer, Claims.Hire(person, ContractStart, ContractEnd)), TestCallers.Counter())).Items);

        var line = Assert.Single(listed);
        var item = Assert.Single(line.Items);
        Assert.Equal(SubsidyKind.SocialInsurance, item.Kind);
        Assert.Equal(12 * 50_000, item.Amount.Fen); // 50% (sample share) × (600 + 400)元 × 12 months
        Assert.True(byHand.Approved, byHand.Explanation.SummaryZh);
        Assert.Equal(byHand.Amount, item.Amount);
        Assert.Equal(byHand.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), item.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
        Assert.Equal(12, item.Hire.Contributions.Count);
        Assert.True(summary.CountOf(SubsidyKind.SocialInsurance).Judged >= 1);

        var prepared = Assert.Single(line.Claims);
        Assert.Equal(SubsidyKind.SocialInsurance, prepared.Kind);
        var previewed = Assert.Single((await host.Hiring.PreviewClaimAsync(prepared, TestCallers.Counter())).Items);
        Assert.Equal(item.Amount, previewed.Amount);
        prepared.IdempotencyKey = Guid.NewGuid().ToString();
        prepared.PaymentAccount = "6222000000000000001";
        await host.Hiring.SubmitClaimAsync(prepared, TestCallers.Counter());

        Assert.Empty(await OwedAsync(new(2024, 1, 1), new(2024, 12, 31), new OwedSubsidiesSummary(), employer));
    }

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_3_R26_a_contract_the_registry_records_as_a_public_welfare_post_is_owed_by_that_route_as_the_clerk_enters_it()
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var employer = await host.EmployerAsync(name: "焦作示例街道公益服务中心", kind: EntityKind.Organisation);
        var person = await host.PersonAsync(new DateOnly(1975, 1, 1), new PersonFact
        {
            Kind = PersonFactKind.EmploymentDifficulty,
            Period = new DatePeriod { From = Date(new DateOnly(2022, 1, 1)) },
            Authority = "焦作市公共就业服务中心",
        });
        // The placement as the public employment service that made it records it.
        await host.PersonFactAsync(person, new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Date(ContractStart), Until = Date(ContractEnd) },
            Authority = "焦作市公共就业服务中心（公益性岗位安置）",
            Contract = new EmploymentContract { EmployerCreditCode = employer, TermMonths = 12, PublicWelfarePost = true },
        });
        await host.PersonFactAsync(person, new PersonFact
        {
            Kind = PersonFactKind.SocialInsurance,
            Period = new DatePeriod { From = Date(ContractStart), Until = Date(new DateOnly(2025, 2, 28)) },
            Authority = "社保系统",
            Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, EmployerCreditCode = employer, Months = 12, EmployerPartMonthly = new Money { Fen = 60_000 }, PaidOnTime = true },
        });

        var listed = await OwedAsync(new(2024, 1, 1), new(2024, 12, 31), new OwedSubsidiesSummary(), employer);
        // The clerk, by hand: the contract and the placement stated.
        var stated = Claims.Hire(person, ContractStart, ContractEnd);
        stated.PublicWelfarePost = true;
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(Claims.Of(SubsidyKind.SocialInsurance, employer, stated), TestCallers.Counter())).Items);

        var item = Assert.Single(Assert.Single(listed).Items);
        Assert.Equal(SubsidyKind.SocialInsurance, item.Kind);
        Assert.True(item.Hire.PublicWelfarePost);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.si_public_welfare_post.placement" && c.Passed);
        Assert.True(byHand.Approved, byHand.Explanation.SummaryZh);
        Assert.Equal(byHand.Amount, item.Amount);
        Assert.Equal(byHand.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), item.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
    }

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_3_R18_months_the_registry_records_as_paid_late_are_not_owed_by_15_3_and_a_stated_month_differing_from_the_registry_is_refused()
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var (employer, person) = await InsuredHireAsync("焦作直补迟缴机械有限公司", onTime: false);
        var stated = Claims.Hire(person, ContractStart, ContractEnd);
        stated.Contributions.Add(new ContributionMonth { Year = 2024, Month = 3, Paid = new Money { Fen = 100_000 }, PaidOnTime = true });
        var wrongAmount = Claims.Hire(person, ContractStart, ContractEnd);
        wrongAmount.Contributions.Add(new ContributionMonth { Year = 2024, Month = 3, Paid = new Money { Fen = 120_000 }, PaidOnTime = false });

        var listed = await OwedAsync(new(2024, 1, 1), new(2024, 12, 31), new OwedSubsidiesSummary(), employer);
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(Claims.Of(SubsidyKind.SocialInsurance, employer, Claims.Hire(person, ContractStart, ContractEnd)), TestCallers.Counter())).Items);
        var onTimeStated = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Claims.Of(SubsidyKind.SocialInsurance, employer, stated), TestCallers.Counter()).ResponseAsync);
        var amountStated = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(Claims.Of(SubsidyKind.SocialInsurance, employer, wrongAmount), TestCallers.Counter()).ResponseAsync);

        // D09 cl.35 does not ask for on-time payment (a medium enterprise's new hire), so the months are still
        // paid by it; what the list says is what the clerk's claim says, either way.
        var owed = listed.SelectMany(l => l.Items).ToList();
        Assert.Equal(byHand.Approved ? 1 : 0, owed.Count);
        Assert.All(owed, i => Assert.Equal(byHand.Amount, i.Amount));
        Assert.Equal(StatusCode.FailedPrecondition, onTimeStated.StatusCode);
        Assert.Contains("hires[0].contributions[0].paid_on_time", onTimeStated.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.si.contributions_match_registry", onTimeStated.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, amountStated.StatusCode);
        Assert.Contains("hires[0].contributions[0].paid", amountStated.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_20_R11_R22_the_owed_trainee_subsidy_is_the_host_claim_a_clerk_enters_by_hand_and_leaves_the_list_once_confirmed()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var hostCode = await RecognisedHostAsync("焦作直补见习科技有限公司");
        var kept = await RecordedTraineeAsync(hostCode, retained: true);
        var left = await RecordedTraineeAsync(hostCode, retained: false);

        var summary = new OwedSubsidiesSummary();
        var listed = await OwedAsync(new(2023, 1, 1), new(2023, 12, 31), summary, hostCode);
        // The clerk, by hand, from the paper agreements: the same two trainees, one kept on (retention exactly 50%).
        var byHand = await host.Hiring.PreviewClaimAsync(Trainees.Claim(hostCode,
            Trainees.Trainee(kept, TraineeFrom, TraineeUntil, retained: true), Trainees.Trainee(left, TraineeFrom, TraineeUntil)), TestCallers.Counter());

        var line = Assert.Single(listed);
        Assert.Equal(2, line.Items.Count);
        Assert.All(line.Items, i => Assert.Equal(SubsidyKind.Traineeship, i.Kind));
        Assert.All(line.Items, i => Assert.Equal(6 * 209_000, i.Amount.Fen)); // 110% × 1900.00元 (sample) × 6 months
        Assert.All(byHand.Items, i => Assert.True(i.Approved, i.Explanation.SummaryZh));
        Assert.Equal(byHand.Items.Select(i => i.Amount.Fen).Order(), line.Items.Select(i => i.Amount.Fen).Order());
        Assert.Equal(
            byHand.Items.SelectMany(i => i.Explanation.Checks.Select(c => (c.RuleId, c.Passed))).Order(),
            line.Items.SelectMany(i => i.Explanation.Checks.Select(c => (c.RuleId, c.Passed))).Order());
        Assert.True(summary.CountOf(SubsidyKind.Traineeship).Judged >= 2); // the summary is the region's: other tests' hosts count too

        var prepared = Assert.Single(line.Claims);
        Assert.Equal(2, prepared.Trainees.Count);
        var previewed = await host.Hiring.PreviewClaimAsync(prepared, TestCallers.Counter());
        Assert.All(previewed.Items, i => Assert.Equal(6 * 209_000, i.Amount.Fen));
        prepared.IdempotencyKey = Guid.NewGuid().ToString();
        prepared.PaymentAccount = "6222000000000000001";
        await host.Hiring.SubmitClaimAsync(prepared, TestCallers.Counter());

        Assert.Empty(await OwedAsync(new(2023, 1, 1), new(2023, 12, 31), new OwedSubsidiesSummary(), hostCode));
    }

    [Fact(Timeout = 180_000)]
    public async Task R11_R22_a_traineeship_the_registry_records_decides_a_claim_whose_dates_differ_is_refused_naming_the_field()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var hostCode = await RecognisedHostAsync("焦作直补见习核对有限公司");
        var trainee = await RecordedTraineeAsync(hostCode, retained: false);

        var otherEnd = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(
            Trainees.Claim(hostCode, Trainees.Trainee(trainee, TraineeFrom, TraineeUntil.AddMonths(1))), TestCallers.Counter()).ResponseAsync);
        var otherStart = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(
            Trainees.Claim(hostCode, Trainees.Trainee(trainee, TraineeFrom.AddMonths(1), TraineeUntil)), TestCallers.Counter()).ResponseAsync);
        // Stated as retained, but the registry records no retention: the record decides (1 of 1 ended, 0 retained: 70%).
        var statedRetained = Assert.Single((await host.Hiring.PreviewClaimAsync(
            Trainees.Claim(hostCode, Trainees.Trainee(trainee, TraineeFrom, TraineeUntil, retained: true)), TestCallers.Counter())).Items);

        Assert.Equal(StatusCode.FailedPrecondition, otherEnd.StatusCode);
        Assert.Contains("trainees[0].traineeship.until", otherEnd.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.trainee.matches_registry", otherEnd.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, otherStart.StatusCode);
        Assert.Contains("trainees[0].traineeship.from", otherStart.Said(), StringComparison.Ordinal);
        Assert.Equal(6 * 133_000, statedRetained.Amount.Fen);
    }

    [Fact(Timeout = 180_000)]
    public async Task R11_R22_months_per_person_the_owed_trainee_subsidy_counts_months_a_standing_claim_pays_at_another_host_as_the_clerks_claim_does()
    {
        host.SetToday(new DateOnly(2023, 11, 15));
        var first = await RecognisedHostAsync("焦作直补见习上限甲有限公司");
        var second = await RecognisedHostAsync("焦作直补见习上限乙有限公司");
        var person = await host.PersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30)));
        // Ten months at the first host, claimed and standing; then six at the second: two are left of the twelve.
        foreach (var (hostCode, from, until) in new[] { (first, new DateOnly(2022, 7, 1), new DateOnly(2023, 4, 30)), (second, new DateOnly(2023, 5, 1), new DateOnly(2023, 10, 31)) })
        {
            await host.PersonFactAsync(person, new PersonFact
            {
                Kind = PersonFactKind.Traineeship,
                Period = new DatePeriod { From = Date(from), Until = Date(until) },
                Authority = "焦作市人社局",
                Traineeship = new Traineeship { HostCreditCode = hostCode, RealNameRegistered = true },
            });
        }

        var earlier = Trainees.Claim(first, Trainees.Trainee(person, new DateOnly(2022, 7, 1), new DateOnly(2023, 4, 30)));
        earlier.IdempotencyKey = Guid.NewGuid().ToString();
        earlier.PaymentAccount = "6222000000000000001";
        await host.Hiring.SubmitClaimAsync(earlier, TestCallers.Counter());

        var listed = await OwedAsync(new(2023, 1, 1), new(2023, 12, 31), new OwedSubsidiesSummary(), second);
        var byHand = Assert.Single((await host.Hiring.PreviewClaimAsync(
            Trainees.Claim(second, Trainees.Trainee(person, new DateOnly(2023, 5, 1), new DateOnly(2023, 10, 31))), TestCallers.Counter())).Items);

        var item = Assert.Single(Assert.Single(listed).Items);
        Assert.True(byHand.Approved, byHand.Explanation.SummaryZh);
        Assert.Equal(2 * 133_000, byHand.Amount.Fen); // 70% × 1900.00元 (sample) × the 2 months left of 12
        Assert.Equal(byHand.Amount, item.Amount);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.trainee.months_per_person");
    }

    /// <summary>The list for 410800 and the period, only the lines of <paramref name="employers"/>; the run's summary is copied into <paramref name="summary"/>.</summary>
    private async Task<List<OwedEmployer>> OwedAsync(DateOnly from, DateOnly until, OwedSubsidiesSummary summary, params string[] employers)
    {
        using var call = host.Hiring.ListOwedSubsidies(new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = "410800" },
            ContractStarted = new DatePeriod { From = HiringHost.Date(from), Until = HiringHost.Date(until) },
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
