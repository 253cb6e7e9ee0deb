using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// The public self-check (CheckSubsidies, called without a token) for the measures an employer or a person
/// checks from stated facts besides start-up and 吸纳/扩岗: 就业见习补贴 (R11, R22), 社会保险补贴 for a hire (R21,
/// R25), 灵活就业人员社会保险补贴 (R25), 稳岗返还 (R13, R15-R17) and 创业孵化基地运营补贴 (R14, R23). Each is judged by
/// the claims' own judge, so the amounts are those of the counter's claims with the same facts
/// (TraineeClaimTests, SocialInsuranceClaimTests, FlexibleWorkerClaimTests, StabilisationClaimTests,
/// OperatingSubsidyClaimTests); nothing is read from the registry or stored.
/// </summary>
public sealed class MeasureSelfCheckTests(HiringHost host) : IClassFixture<HiringHost>
{
    private Task<SubsidySelfCheck> CheckAsync(SubsidySelfCheckRequest request) => host.Hiring.CheckSubsidiesAsync(request, TestCallers.Public()).ResponseAsync;

    private static CalendarDate Day(int year, int month, int day) => HiringHost.Date(new DateOnly(year, month, day));

    private static Money Yuan(long yuan) => new() { Fen = yuan * 100 };

    /// <summary>Left university on 2022-06-30 and not employed since: 离校2年内未就业高校毕业生 in 2023 (R20, R22).</summary>
    private static StatedPerson Graduate() => new()
    {
        BirthDate = Day(2000, 1, 1),
        Education = new Education { Level = EducationLevel.Bachelor, GraduationDate = Day(2022, 6, 30) },
    };

    private static SubsidySelfCheckRequest Traineeship(bool recognised = true, string region = "410802") => new()
    {
        Traineeship = new StatedTraineeship
        {
            Region = new RegionCode { Code = region },
            HostRecognised = recognised,
            Start = Day(2023, 1, 1),
            End = Day(2023, 6, 30),
            RealNameRegistered = true,
            Trainee = Graduate(),
        },
    };

    /// <summary>A medium enterprise's 12-month contract from 2024-03-15 with a person registered unemployed since 2023-12-15, 1000.00元 a month paid.</summary>
    private static SubsidySelfCheckRequest InsuredHire(EnterpriseSize size = EnterpriseSize.Medium, int termMonths = 12) => new()
    {
        InsuredHire = new StatedInsuredHire
        {
            EmployerKind = EntityKind.Enterprise,
            Region = new RegionCode { Code = "410802" },
            EmployerSize = size,
            ContractStart = Day(2024, 3, 15),
            ContractTermMonths = termMonths,
            MonthlyPaid = Yuan(1000),
            Months = 12,
            Person = new StatedPerson { BirthDate = Day(1985, 1, 1), UnemploymentRegisteredSince = Day(2023, 12, 15) },
        },
    };

    /// <summary>A certified 就业困难人员 paying 500.00元 pension and 500.00元 medical a month for three months from 2024-01.</summary>
    private static SubsidySelfCheckRequest FlexibleWork(string region = "410802") => new()
    {
        FlexibleWork = new StatedFlexibleWork
        {
            Region = new RegionCode { Code = region },
            FirstMonth = Day(2024, 1, 1),
            Months = 3,
            MonthlyPension = Yuan(500),
            MonthlyMedical = Yuan(500),
            Person = new StatedPerson { BirthDate = Day(1975, 1, 1), EmploymentDifficulty = true },
        },
    };

    /// <summary>An enterprise of 解放区 asking on 2023-05-10 for 2022: 10,000.00元 paid, 50 staff, no layoffs, 24 full months.</summary>
    private static SubsidySelfCheckRequest Stabilisation(EnterpriseSize size, int layoffs = 0) => new()
    {
        Stabilisation = new StatedStabilisation
        {
            EmployerKind = EntityKind.Enterprise,
            Region = new RegionCode { Code = "410802" },
            Size = size,
            ApplyOn = Day(2023, 5, 10),
            LastYearContributions = Yuan(10_000),
            InsuredStaffAtYearStart = 50,
            Layoffs = layoffs,
            FullContributionMonths = 24,
        },
    };

    /// <summary>A veteran's business in an incubator since 2023-03-15, 2000.00元 of costs a month from 2023-03.</summary>
    private static SubsidySelfCheckRequest Incubator(int months) => new()
    {
        Incubator = new StatedIncubatorCosts
        {
            Region = new RegionCode { Code = "410802" },
            EnteredIncubator = Day(2023, 3, 15),
            FirstMonth = Day(2023, 3, 1),
            Months = months,
            MonthlyCost = Yuan(2000),
            Founder = new StatedPerson { BirthDate = Day(1990, 5, 1), Veteran = true },
        },
    };

    [Fact(Timeout = 60_000)]
    public async Task R11_D09_cl37_a_graduate_trainee_at_a_recognised_host_may_bring_70_percent_of_the_minimum_wage_for_each_of_6_whole_months()
    {
        var answer = await CheckAsync(Traineeship());

        var trainee = answer.Traineeship;
        Assert.True(trainee.MayBePaid, trainee.Explanation.SummaryZh);
        Assert.Equal(6 * 133_000, trainee.Amount.Fen); // as TraineeClaimTests: 70% × 1900.00元 × 6
        Assert.Contains(trainee.Explanation.Checks, c => c.RuleId == "hiring.trainee.target_group" && c.Passed);
        Assert.Contains(trainee.BringZh, b => b.Contains("见习协议", StringComparison.Ordinal));
        Assert.Null(answer.Startup);
        Assert.Null(answer.InsuredHire);
        Assert.Contains("以窗口审核为准", answer.NoticeZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R22_a_host_not_recognised_by_the_HR_bureau_is_told_no_naming_the_failed_check()
    {
        var answer = await CheckAsync(Traineeship(recognised: false));

        Assert.False(answer.Traineeship.MayBePaid);
        Assert.Equal(0, answer.Traineeship.Amount.Fen);
        Assert.Contains(answer.Traineeship.Explanation.Checks, c => c.RuleId == "hiring.trainee.host_recognised" && !c.Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R25_D09_cl35_a_medium_enterprise_hiring_a_registered_unemployed_person_may_bring_the_configured_share_of_12_months()
    {
        var answer = await CheckAsync(InsuredHire());

        var insured = answer.InsuredHire;
        Assert.True(insured.MayBePaid);
        Assert.Equal(12 * 50_000, insured.Amount.Fen); // as SocialInsuranceClaimTests: 50% (sample) × 1000.00元 × 12
        Assert.NotEmpty(insured.PaidUnderZh);
        var paying = Assert.Single(insured.Routes, r => r.NameZh == insured.PaidUnderZh);
        Assert.Equal("2024-03", paying.PaidMonths[0]);
        Assert.Equal("2025-02", paying.PaidMonths[^1]);
        Assert.All(insured.Routes, r => Assert.NotEmpty(r.Explanation.Checks));
        Assert.Contains(insured.BringZh, b => b.Contains("劳动合同", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task R25_a_contract_of_11_months_is_told_no_on_every_route()
    {
        var answer = await CheckAsync(InsuredHire(termMonths: 11));

        Assert.False(answer.InsuredHire.MayBePaid);
        Assert.Empty(answer.InsuredHire.PaidUnderZh);
        Assert.All(answer.InsuredHire.Routes, r => Assert.False(r.MayBePaid));
    }

    [Fact(Timeout = 60_000)]
    public async Task R21_an_enterprise_that_states_no_size_is_asked_for_it_by_name_when_a_route_needs_it()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(InsuredHire(EnterpriseSize.Unspecified)));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("insured_hire.employer_size", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("企业规模", refused.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R25_Jz36_10_a_hard_to_employ_flexible_worker_may_bring_the_configured_share_of_the_configured_schemes()
    {
        var answer = await CheckAsync(FlexibleWork());

        var flexible = answer.FlexibleWork;
        Assert.True(flexible.MayBePaid, flexible.Explanation.SummaryZh);
        Assert.Equal(3 * 30_000, flexible.Amount.Fen); // as FlexibleWorkerClaimTests: 60% (sample) × 500.00元 pension × 3; medical not configured in
        Assert.Equal(new[] { "2024-01", "2024-02", "2024-03" }, flexible.PaidMonths);
        Assert.Contains(flexible.BringZh, b => b.Contains("就业困难人员认定证明", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task R27_Jiyuan_has_no_flexible_workers_subsidy_and_the_answer_says_so()
    {
        var answer = await CheckAsync(FlexibleWork("419001"));

        Assert.False(answer.FlexibleWork.MayBePaid);
        Assert.Contains(answer.FlexibleWork.Explanation.Checks, c => c.RuleId == "hiring.si_flexible.policy_in_force" && !c.Passed);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(EnterpriseSize.Large, 300_000)]
    [InlineData(EnterpriseSize.Small, 600_000)]
    public async Task R13_Jz36_1_an_employer_may_bring_30_percent_large_or_60_percent_sme_of_last_years_contributions(EnterpriseSize size, long expectedFen)
    {
        var answer = await CheckAsync(Stabilisation(size));

        Assert.True(answer.Stabilisation.MayBePaid, answer.Stabilisation.Explanation.SummaryZh);
        Assert.Equal(expectedFen, answer.Stabilisation.Amount.Fen); // as StabilisationClaimTests
        Assert.Contains(answer.Stabilisation.BringZh, b => b.Contains("2022年度失业保险缴费明细", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task R16_layoffs_above_the_national_control_target_are_told_no_naming_the_check()
    {
        var answer = await CheckAsync(Stabilisation(EnterpriseSize.Small, layoffs: 20));

        Assert.False(answer.Stabilisation.MayBePaid);
        Assert.Contains(answer.Stabilisation.Explanation.Checks, c => !c.Passed);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(10, 1_000_000, 10)]
    [InlineData(11, 1_000_000, 10)]
    public async Task R14_R23_a_veterans_business_may_bring_half_its_costs_up_to_the_yearly_cap(int months, long expectedFen, int paidMonths)
    {
        var answer = await CheckAsync(Incubator(months));

        Assert.True(answer.Incubator.MayBePaid, answer.Incubator.Explanation.SummaryZh);
        Assert.Equal(expectedFen, answer.Incubator.Amount.Fen); // as OperatingSubsidyClaimTests: 10 × 2000元 × 50% = the cap
        Assert.Equal(paidMonths, answer.Incubator.PaidMonths.Count);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("trainee_region", "traineeship.region")]
    [InlineData("trainee_end", "traineeship.end")]
    [InlineData("trainee_graduation", "traineeship.trainee.education.graduation_date")]
    [InlineData("insured_months", "insured_hire.months")]
    [InlineData("insured_paid", "insured_hire.monthly_paid")]
    [InlineData("flexible_first", "flexible_work.first_month")]
    [InlineData("flexible_registered_later", "flexible_work.person.unemployment_registered_since")]
    [InlineData("stabilisation_kind", "stabilisation.employer_kind")]
    [InlineData("stabilisation_layoffs", "layoffs")]
    [InlineData("incubator_first", "incubator.first_month")]
    public async Task Bad_input_is_INVALID_ARGUMENT_naming_the_field(string bad, string field)
    {
        var request = bad switch
        {
            "trainee_region" => Traineeship(region: "41"),
            "trainee_end" => Traineeship(),
            "trainee_graduation" => Traineeship(),
            "insured_months" => InsuredHire(),
            "insured_paid" => InsuredHire(),
            "flexible_first" => FlexibleWork(),
            "flexible_registered_later" => FlexibleWork(),
            "stabilisation_kind" => Stabilisation(EnterpriseSize.Small),
            "stabilisation_layoffs" => Stabilisation(EnterpriseSize.Small, layoffs: 51),
            _ => Incubator(3),
        };
        switch (bad)
        {
            case "trainee_end": request.Traineeship.End = Day(2022, 12, 31); break;
            case "trainee_graduation": request.Traineeship.Trainee.Education.GraduationDate = null; break;
            case "insured_months": request.InsuredHire.Months = 0; break;
            case "insured_paid": request.InsuredHire.MonthlyPaid = new Money { Fen = -1 }; break;
            case "flexible_first": request.FlexibleWork.FirstMonth = null; break;
            case "flexible_registered_later": request.FlexibleWork.Person.UnemploymentRegisteredSince = Day(2024, 2, 1); break;
            case "stabilisation_kind": request.Stabilisation.EmployerKind = EntityKind.Unspecified; break;
            case "incubator_first": request.Incubator.FirstMonth = Day(2023, 2, 1); break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
    }
}
