using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// The public self-check (CheckSubsidies, POST /v1/hiring:check) over real gRPC, called without a token:
/// the start-up measures (Henan D09 cl.32, 焦政办〔2023〕29号 cl.21, R21, R23, R27) and the one-off hire
/// subsidies (焦政办〔2023〕36号（四）（十一）, R9) judged on stated facts by the claims' own judges, with the
/// same amounts and rule ids as the counter's claims (StartupClaimTests, OneOffHireClaimTests).
/// </summary>
public sealed class SubsidySelfCheckTests(HiringHost host) : IClassFixture<HiringHost>
{
    private const string Henan = "一次性开业补贴（河南省《支持中小企业发展若干财税政策》第32条）";
    private const string Jiaozuo29 = "一次性创业补贴（焦政办〔2023〕29号 第21条）";
    private static readonly DateOnly Registered = new(2022, 9, 1);
    private static readonly DateOnly March2023 = new(2023, 3, 1);

    private Task<SubsidySelfCheck> CheckAsync(SubsidySelfCheckRequest request) => host.Hiring.CheckSubsidiesAsync(request, TestCallers.Public()).ResponseAsync;

    private static SubsidySelfCheckRequest Startup(string region, EntityKind kind, StatedFounderGroup group, DateOnly? registered = null) => new()
    {
        Startup = new StatedStartup
        {
            BusinessKind = kind,
            Region = new RegionCode { Code = region },
            RegisteredOn = HiringHost.Date(registered ?? Registered),
            FirstBusiness = true,
            OperatedNormally = true,
            Groups = { group },
            GraduationDate = group == StatedFounderGroup.CollegeStudent ? HiringHost.Date(new DateOnly(2020, 6, 30)) : null,
        },
    };

    /// <summary>The youth of OneOffHireClaimTests: born 2000-03-10, registered unemployed since 2022-06-01, open-ended contract, insured a month.</summary>
    private static SubsidySelfCheckRequest Youth(string region = "410802", DateOnly? start = null) => new()
    {
        Hire = new StatedHire
        {
            EmployerKind = EntityKind.Enterprise,
            Region = new RegionCode { Code = region },
            ContractStart = HiringHost.Date(start ?? March2023),
            OpenEnded = true,
            InsuredMonths = 1,
            BirthDate = HiringHost.Date(new DateOnly(2000, 3, 10)),
            UnemploymentRegisteredSince = HiringHost.Date(new DateOnly(2022, 6, 1)),
        },
    };

    private static Check CheckOf(MeasureSelfCheck measure, string ruleId) => measure.Explanation.Checks.Single(c => c.RuleId == ruleId);

    [Fact(Timeout = 60_000)]
    public async Task R21_R23_a_business_still_planned_is_judged_as_registered_today_and_run_normally_and_the_answer_says_so()
    {
        var request = Startup("410802", EntityKind.IndividualBusiness, StatedFounderGroup.Veteran);
        request.Startup.RegisteredOn = null;
        request.Startup.OperatedNormally = false;
        request.Startup.Planning = true;

        var answer = await CheckAsync(request);

        Assert.Contains("还没有登记", answer.Startup.NoteZh, StringComparison.Ordinal);
        var entitled = answer.Startup.Measures.Select(m => m.EntitledOn).Where(d => d is { Year: > 0 }).Select(d => new DateOnly(d.Year, d.Month, d.Day)).ToList();
        Assert.NotEmpty(entitled);
        Assert.All(entitled, day => Assert.True(day > host.Today, $"entitled on {day:yyyy-MM-dd}, not after today's registration ({host.Today:yyyy-MM-dd})"));

        request.Startup.Planning = false;
        var refused = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(request));
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("startup.planning", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R21_jz_2023_29_21_a_veterans_individual_business_in_Jiaozuo_may_be_paid_5000_yuan_under_29_and_not_under_Henan()
    {
        var answer = await CheckAsync(Startup("410802", EntityKind.IndividualBusiness, StatedFounderGroup.Veteran));

        Assert.True(answer.Startup.MayBePaid);
        Assert.Equal(500_000, answer.Startup.Amount.Fen);
        Assert.Equal(Jiaozuo29, answer.Startup.PaidUnderZh);
        var henan = answer.Startup.Measures.Single(m => m.NameZh == Henan);
        var jiaozuo = answer.Startup.Measures.Single(m => m.NameZh == Jiaozuo29);
        Assert.False(henan.MayBePaid);
        Assert.False(CheckOf(henan, "startup.opening_subsidy.founder_group").Passed);
        Assert.True(jiaozuo.MayBePaid);
        Assert.Equal(HiringHost.Date(new DateOnly(2023, 9, 1)), jiaozuo.EntitledOn); // registration + 1 year (R23)
        Assert.All(jiaozuo.Explanation.Checks.Where(c => c.RuleId.StartsWith("startup.", StringComparison.Ordinal)), c => Assert.NotEmpty(c.Citations));
        Assert.Contains("退役证明", answer.Startup.BringZh);
        Assert.Null(answer.Hire);
        Assert.Contains("以窗口审核为准", answer.NoticeZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R27_R21_in_Jiyuan_a_veteran_whom_only_Jiaozuo_pays_is_refused_and_a_graduates_enterprise_is_paid_under_Henan_D09_cl32()
    {
        var veteran = await CheckAsync(Startup("419001", EntityKind.IndividualBusiness, StatedFounderGroup.Veteran));
        var graduate = await CheckAsync(Startup("419001", EntityKind.Enterprise, StatedFounderGroup.CollegeStudent));

        Assert.False(veteran.Startup.MayBePaid);
        Assert.Equal(0, veteran.Startup.Amount.Fen);
        // Only Henan's measure speaks for Jiyuan, and it does not cover veterans.
        Assert.False(CheckOf(Assert.Single(veteran.Startup.Measures), "startup.opening_subsidy.founder_group").Passed);
        Assert.Equal(Henan, Assert.Single(graduate.Startup.Measures).NameZh);
        Assert.True(graduate.Startup.MayBePaid);
        Assert.Equal(500_000, graduate.Startup.Amount.Fen);
        Assert.Equal(Henan, graduate.Startup.PaidUnderZh);
        // Jiaozuo's document never answers for Jiyuan.
        Assert.DoesNotContain("焦政", veteran.ToString() + graduate.ToString(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(12, false)] // entitled 2023-07-12: 29号 not yet in force, and Henan's measure does not cover veterans
    [InlineData(13, true)]  // entitled 2023-07-13: 29号's first day
    public async Task R23_the_start_up_rule_in_force_on_the_entitlement_date_applies(int day, bool paid)
    {
        var answer = await CheckAsync(Startup("410802", EntityKind.IndividualBusiness, StatedFounderGroup.Veteran, new DateOnly(2022, 7, day)));

        Assert.Equal(paid, answer.Startup.MayBePaid);
        Assert.Equal(paid, CheckOf(answer.Startup.Measures.Single(m => m.NameZh == Jiaozuo29), "startup.first_self_employment_subsidy.policy_in_force").Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R14_a_founder_who_received_a_start_up_subsidy_before_or_whose_business_is_not_the_first_is_refused_naming_each_rule()
    {
        var before = Startup("410802", EntityKind.IndividualBusiness, StatedFounderGroup.Veteran);
        before.Startup.ReceivedBefore = true;
        var notFirst = Startup("410802", EntityKind.IndividualBusiness, StatedFounderGroup.Veteran);
        notFirst.Startup.FirstBusiness = false;

        var once = (await CheckAsync(before)).Startup;
        var first = (await CheckAsync(notFirst)).Startup;

        Assert.False(once.MayBePaid);
        Assert.False(CheckOf(once.Measures.Single(m => m.NameZh == Jiaozuo29), "startup.first_self_employment_subsidy.once_per_person").Passed);
        Assert.False(first.MayBePaid);
        Assert.False(CheckOf(first.Measures.Single(m => m.NameZh == Jiaozuo29), "startup.first_self_employment_subsidy.first_business").Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R9_Jz36_a_registered_unemployed_youth_hired_in_March_2023_may_bring_1000_yuan_under_absorption_and_under_expansion_each_explained()
    {
        var answer = await CheckAsync(Youth());

        Assert.Null(answer.Startup);
        Assert.Equal([SubsidyKind.Absorption, SubsidyKind.JobExpansion], answer.Hire.Measures.Select(m => m.Kind));
        Assert.All(answer.Hire.Measures, m =>
        {
            Assert.True(m.MayBePaid, m.Explanation.SummaryZh);
            Assert.Equal(100_000, m.Amount.Fen);
            Assert.All(m.Explanation.Checks, c => Assert.NotEmpty(c.Citations));
        });
        Assert.Equal("（十一）", CheckOf(answer.Hire.Measures[0], "hiring.absorption.policy_in_force").Citations.Single().Clause);
        Assert.Contains(answer.Hire.BringZh, b => b.Contains("失业登记", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task R9_a_person_already_claimed_for_under_expansion_is_refused_absorption_and_a_second_expansion()
    {
        var request = Youth();
        request.Hire.ClaimedBefore.Add(SubsidyKind.JobExpansion);

        var measures = (await CheckAsync(request)).Hire.Measures;

        Assert.All(measures, m => Assert.False(m.MayBePaid));
        Assert.False(CheckOf(measures[0], "hiring.absorption.not_with_expansion").Passed);
        Assert.False(CheckOf(measures[1], "hiring.expansion.once_per_person").Passed);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public async Task Jz36_11_absorption_needs_a_contract_of_12_months(int months, bool paid)
    {
        var request = Youth();
        request.Hire.OpenEnded = false;
        request.Hire.ContractTermMonths = months;

        var absorption = (await CheckAsync(request)).Hire.Measures.Single(m => m.Kind == SubsidyKind.Absorption);

        Assert.Equal(paid, absorption.MayBePaid);
        Assert.Equal(paid, CheckOf(absorption, "hiring.absorption.contract_min_months").Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R20_a_person_employed_the_day_before_the_contract_start_is_not_an_unemployed_graduate()
    {
        var request = Youth();
        request.Hire.UnemploymentRegisteredSince = null;
        request.Hire.GraduationDate = HiringHost.Date(new DateOnly(2022, 6, 30));
        var employed = request.Clone();
        employed.Hire.EmployedBefore = true;

        var free = (await CheckAsync(request)).Hire.Measures.Single(m => m.Kind == SubsidyKind.Absorption);
        var busy = (await CheckAsync(employed)).Hire.Measures.Single(m => m.Kind == SubsidyKind.Absorption);

        Assert.True(free.MayBePaid, free.Explanation.SummaryZh);
        Assert.False(busy.MayBePaid);
        Assert.False(CheckOf(busy, "hiring.absorption.target_group").Passed);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("410802", 2023, 3, 1, true)]
    [InlineData("410802", 2024, 1, 1, false)] // R1: 2024 contract start, no measure in force
    [InlineData("419001", 2023, 3, 1, false)] // R27: Jiyuan has neither measure
    public async Task R1_R27_the_hire_subsidies_are_Jiaozuos_of_2023_only(string region, int year, int month, int day, bool inForce)
    {
        var measures = (await CheckAsync(Youth(region, new DateOnly(year, month, day)))).Hire.Measures;

        Assert.All(measures, m =>
        {
            Assert.Equal(inForce, m.MayBePaid);
            Assert.Equal(inForce ? 100_000 : 0, m.Amount.Fen);
        });
        Assert.Equal(inForce, CheckOf(measures[1], "hiring.expansion.policy_in_force").Passed);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("nothing", "startup")]
    [InlineData("startup_kind", "startup.business_kind")]
    [InlineData("startup_region", "startup.region")]
    [InlineData("startup_registered", "startup.registered_on")]
    [InlineData("graduate_without_date", "startup.graduation_date")]
    [InlineData("hire_kind", "hire.employer_kind")]
    [InlineData("hire_start", "hire.contract_start")]
    [InlineData("hire_term", "hire.contract_term_months")]
    [InlineData("hire_bad_date", "hire.birth_date")]
    [InlineData("hire_prior", "hire.claimed_before")]
    public async Task Bad_input_is_INVALID_ARGUMENT_naming_the_field(string bad, string field)
    {
        var request = bad.StartsWith("hire", StringComparison.Ordinal) ? Youth() : Startup("410802", EntityKind.IndividualBusiness, StatedFounderGroup.Veteran);
        switch (bad)
        {
            case "nothing": request = new SubsidySelfCheckRequest(); break;
            case "startup_kind": request.Startup.BusinessKind = EntityKind.Cooperative; break;
            case "startup_region": request.Startup.Region = new RegionCode { Code = "41" }; break;
            case "startup_registered": request.Startup.RegisteredOn = null; break;
            case "graduate_without_date": request.Startup.Groups.Add(StatedFounderGroup.CollegeStudent); break;
            case "hire_kind": request.Hire.EmployerKind = EntityKind.Unspecified; break;
            case "hire_start": request.Hire.ContractStart = null; break;
            case "hire_term": request.Hire.OpenEnded = false; break;
            case "hire_bad_date": request.Hire.BirthDate = new CalendarDate { Year = 2000, Month = 2, Day = 30 }; break;
            default: request.Hire.ClaimedBefore.Add(SubsidyKind.Traineeship); break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
    }
}
