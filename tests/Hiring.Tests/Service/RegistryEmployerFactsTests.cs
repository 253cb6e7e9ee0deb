using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// The registry's employer and founder facts decide where it records them, and the clerk's stated
/// evidence is the fallback where it records none; each explanation says which source it used:
/// 以单位形式参保 / 有雇工 (R17, 36号（十七）), 见习单位认定 (R22), 首次创业 (R14), and the hire's labour
/// contract against the registry's (hiring.contract.matches_registry). Over gRPC, the claims in PostgreSQL.
/// </summary>
public sealed class RegistryEmployerFactsTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 8, 1);

    private static EmployerFact InsuredAsUnit(DateOnly from) => new()
    {
        Source = "社保经办机构",
        InsuredAsUnit = new InsuredAsUnit { Period = new DatePeriod { From = HiringHost.Date(from) }, InsuranceRegistrationNumber = "4108020001" },
    };

    private static EmployerFact HasEmployees(DateOnly from) => new()
    {
        Source = "社保经办机构",
        HasEmployees = new HasEmployees { Period = new DatePeriod { From = HiringHost.Date(from) }, Employees = 3 },
    };

    private static Employment.Common.V1.Fact FactNamed(ClaimItemResult item, string ruleId, string name) =>
        item.Explanation.Checks.Single(c => c.RuleId == ruleId).FactsUsed.Single(f => f.Name == name);

    [Fact(Timeout = 120_000)]
    public async Task R17_Jz36_17_the_registrys_unit_insurance_and_employees_pay_an_individual_business_without_stated_evidence_and_say_so()
    {
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "解放区示例面馆");
        await host.EmployerFactAsync(shop, InsuredAsUnit(new DateOnly(2023, 1, 1)));
        await host.EmployerFactAsync(shop, HasEmployees(new DateOnly(2023, 1, 1)));
        var request = Of(SubsidyKind.JobExpansion, shop, Hire(await host.YouthHiredByAsync(shop, Hired), Hired));

        var claim = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());

        var item = Assert.Single(claim.Items);
        Assert.True(item.Approved, item.Explanation.SummaryZh);
        Assert.Equal(100_000, claim.Total.Fen);
        var insured = FactNamed(item, "hiring.expansion.employer_kind", "以单位形式参保");
        Assert.Equal("是", insured.Value);
        Assert.StartsWith("登记系统记录", insured.Source, StringComparison.Ordinal);
        Assert.Contains("4108020001", insured.Source, StringComparison.Ordinal);
        Assert.StartsWith("登记系统记录", FactNamed(item, "hiring.expansion.employer_kind", "有雇工").Source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R17_Jz36_17_where_the_registry_records_unit_insurance_only_from_after_the_contract_start_a_stated_claim_is_refused_by_the_registry()
    {
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "解放区示例理发店");
        await host.EmployerFactAsync(shop, InsuredAsUnit(Hired.AddDays(1)));
        await host.EmployerFactAsync(shop, HasEmployees(new DateOnly(2023, 1, 1)));
        var request = Of(SubsidyKind.JobExpansion, shop, Hire(await host.YouthHiredByAsync(shop, Hired), Hired));
        request.IndividualBusiness = new IndividualBusinessEvidence { InsuredAsUnit = true, HasEmployees = true, EvidenceReference = "窗口所见参保证明" };

        var preview = await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter());

        var item = Assert.Single(preview.Items);
        Assert.False(item.Approved);
        Assert.False(item.Explanation.Checks.Single(c => c.RuleId == "hiring.expansion.employer_kind").Passed);
        var insured = FactNamed(item, "hiring.expansion.employer_kind", "以单位形式参保");
        Assert.Equal("否", insured.Value);
        Assert.StartsWith("登记系统记录", insured.Source, StringComparison.Ordinal);
        Assert.Contains("2023-08-02", insured.Source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R17_Jz36_17_with_nothing_in_the_registry_the_clerks_statement_decides_and_the_explanation_names_it_as_the_source()
    {
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "解放区示例烟酒店");
        var request = Of(SubsidyKind.JobExpansion, shop, Hire(await host.YouthHiredByAsync(shop, Hired), Hired));
        request.IndividualBusiness = new IndividualBusinessEvidence { InsuredAsUnit = true, HasEmployees = true, EvidenceReference = "单位参保登记号 4108029999" };

        var item = Assert.Single((await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter())).Items);

        Assert.True(item.Approved, item.Explanation.SummaryZh);
        var insured = FactNamed(item, "hiring.expansion.employer_kind", "以单位形式参保");
        Assert.StartsWith("窗口核验", insured.Source, StringComparison.Ordinal);
        Assert.Contains("4108029999", insured.Source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R17_the_organisation_type_individual_business_insured_as_a_unit_counts_as_the_registrys_unit_insurance()
    {
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "解放区示例五金店");
        await host.EmployerFactAsync(shop, new EmployerFact
        {
            Source = "社保经办机构",
            OrganisationType = new OrganisationClassification { Kind = OrganisationKind.IndividualBusinessInsuredAsUnit, Period = new DatePeriod { From = HiringHost.Date(new DateOnly(2022, 1, 1)) } },
        });
        await host.EmployerFactAsync(shop, HasEmployees(new DateOnly(2023, 1, 1)));
        var request = Of(SubsidyKind.JobExpansion, shop, Hire(await host.YouthHiredByAsync(shop, Hired), Hired));

        var item = Assert.Single((await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter())).Items);

        Assert.True(item.Approved, item.Explanation.SummaryZh);
        Assert.Contains("单位类型", FactNamed(item, "hiring.expansion.employer_kind", "以单位形式参保").Source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R22_the_registrys_host_recognition_on_the_traineeship_start_decides_over_the_clerks_statement()
    {
        host.SetToday(new DateOnly(2023, 7, 15));
        var recognised = await host.EmployerAsync(name: "焦作示例见习基地有限公司");
        var lapsed = await host.EmployerAsync(name: "焦作示例旧见习基地有限公司");
        await host.EmployerFactAsync(recognised, Recognition(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), "焦人社〔2022〕5号"));
        await host.EmployerFactAsync(lapsed, Recognition(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31), "焦人社〔2020〕3号"));
        var unstated = Trainees.Claim(recognised, Trainees.Trainee(await GraduateAsync(), new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30)));
        unstated.TraineeHost = null;
        var stated = Trainees.Claim(lapsed, Trainees.Trainee(await GraduateAsync(), new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30)));

        var paid = Assert.Single((await host.Hiring.PreviewClaimAsync(unstated, TestCallers.Counter())).Items);
        var refused = Assert.Single((await host.Hiring.PreviewClaimAsync(stated, TestCallers.Counter())).Items);

        Assert.True(paid.Approved, paid.Explanation.SummaryZh);
        var source = FactNamed(paid, "hiring.trainee.host_recognised", "经人社部门认定").Source;
        Assert.StartsWith("登记系统记录", source, StringComparison.Ordinal);
        Assert.Contains("焦人社〔2022〕5号", source, StringComparison.Ordinal);
        Assert.False(refused.Approved);
        Assert.False(refused.Explanation.Checks.Single(c => c.RuleId == "hiring.trainee.host_recognised").Passed);
        Assert.Contains("2022-12-31", FactNamed(refused, "hiring.trainee.host_recognised", "经人社部门认定").Source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R14_the_registrys_business_start_decides_first_business_a_founder_with_an_earlier_business_is_refused()
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var registered = new DateOnly(2022, 9, 1);
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "示例个体经营部", registeredOn: registered);
        var secondShop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "示例个体经营二部", registeredOn: registered);
        var first = await host.PersonAsync(new DateOnly(1990, 5, 1), Facts.Veteran(new DateOnly(2015, 9, 1)));
        var serial = await host.PersonAsync(new DateOnly(1990, 5, 2), Facts.Veteran(new DateOnly(2015, 9, 1)));
        await host.PersonFactAsync(first, BusinessStart(shop, registered, firstBusiness: true));
        await host.PersonFactAsync(serial, BusinessStart(CreditCodeOfAnotherBusiness, new DateOnly(2019, 3, 1), firstBusiness: true));
        await host.PersonFactAsync(serial, BusinessStart(secondShop, registered, firstBusiness: true));
        var understated = Startup(shop, first, statedFirst: false);
        var overstated = Startup(secondShop, serial, statedFirst: true);

        var paid = Assert.Single((await host.Hiring.PreviewClaimAsync(understated, TestCallers.Counter())).Items);
        var refused = Assert.Single((await host.Hiring.PreviewClaimAsync(overstated, TestCallers.Counter())).Items);

        Assert.True(paid.Approved, paid.Explanation.SummaryZh);
        Assert.True(paid.Startup.FirstBusiness);
        var check = paid.Explanation.Checks.First(c => c.RuleId.EndsWith(".first_business", StringComparison.Ordinal) && c.Passed);
        Assert.StartsWith("登记系统记录", check.FactsUsed.Single(f => f.Name == "首次创业").Source, StringComparison.Ordinal);
        Assert.False(refused.Approved);
        var refusal = refused.Explanation.Checks.First(c => c.RuleId.EndsWith(".first_business", StringComparison.Ordinal));
        Assert.False(refusal.Passed);
        Assert.Contains("2019-03-01", refusal.FactsUsed.Single(f => f.Name == "首次创业").Source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Contract_matches_registry_a_hire_whose_end_or_start_differs_from_the_registrys_contract_is_FAILED_PRECONDITION_naming_the_field()
    {
        var employer = await host.EmployerAsync();
        var id = await host.YouthHiredByAsync(employer, Hired);
        await host.ContractAsync(id, employer, Hired, new DateOnly(2024, 7, 31));

        var agreeing = await host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, Hired, new DateOnly(2024, 7, 31))), TestCallers.Counter());
        var otherEnd = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(
            Of(SubsidyKind.Absorption, employer, Hire(id, Hired, new DateOnly(2024, 8, 31))), TestCallers.Counter()).ResponseAsync);
        var openEnded = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(
            Of(SubsidyKind.Absorption, employer, Hire(id, Hired)), TestCallers.Counter()).ResponseAsync);
        var otherStart = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(
            Of(SubsidyKind.Absorption, employer, Hire(id, Hired.AddDays(1), new DateOnly(2024, 7, 31))), TestCallers.Counter()).ResponseAsync);
        var stored = await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = employer } }, TestCallers.Counter());

        Assert.True(agreeing.Items.Single().Approved, agreeing.Items.Single().Explanation.SummaryZh);
        Assert.Equal(StatusCode.FailedPrecondition, otherEnd.StatusCode);
        Assert.Contains("hires[0].contract_end", otherEnd.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.contract.matches_registry", otherEnd.Said(), StringComparison.Ordinal);
        Assert.Contains("2024-07-31", otherEnd.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, openEnded.StatusCode);
        Assert.Contains("hires[0].open_ended", openEnded.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, otherStart.StatusCode);
        Assert.Contains("hires[0].contract_start", otherStart.Said(), StringComparison.Ordinal);
        Assert.Empty(stored.Claims);
    }

    [Fact(Timeout = 120_000)]
    public async Task Contract_matches_registry_a_contract_the_registry_records_with_another_employer_only_does_not_bind_the_claimant()
    {
        var employer = await host.EmployerAsync();
        var other = await host.EmployerAsync(name: "焦作示例其他有限公司");
        var id = await host.YouthHiredByAsync(employer, Hired);
        await host.ContractAsync(id, other, new DateOnly(2021, 3, 1), new DateOnly(2022, 2, 28));

        var preview = await host.Hiring.PreviewClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(id, Hired)), TestCallers.Counter());

        Assert.True(preview.Items.Single().Approved, preview.Items.Single().Explanation.SummaryZh);
    }

    /// <summary>A business the registry does not hold as an employer (a valid code: the registry checks it).</summary>
    private static readonly string CreditCodeOfAnotherBusiness = AnotherBusiness();

    private static string AnotherBusiness() => TestCreditCodes.Of("92410802", 99999999);

    private static EmployerFact Recognition(DateOnly from, DateOnly until, string document) => new()
    {
        Source = "焦作市人社局",
        TraineeHost = new TraineeHostRecognition { Period = new DatePeriod { From = HiringHost.Date(from), Until = HiringHost.Date(until) }, RecognisingDocument = document },
    };

    private static PersonFact BusinessStart(string business, DateOnly on, bool firstBusiness) => new()
    {
        Kind = PersonFactKind.BusinessOwner,
        Period = new DatePeriod { From = HiringHost.Date(on) },
        Authority = "市场监管部门",
        EvidenceReference = "登记 " + on.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
        Business = new BusinessStart { BusinessCreditCode = business, FirstBusiness = firstBusiness },
    };

    private static SubmitClaimRequest Startup(string business, string founder, bool statedFirst) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = business },
        Kind = SubsidyKind.Startup,
        Startup = new StartupItem { FounderIdNumber = founder, FirstBusiness = statedFirst, OperatedNormally = true, EvidenceReference = "市场监管登记 4108022022000999" },
        PaymentAccount = "6222000000000000002",
    };

    private Task<string> GraduateAsync() => host.PersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30)));
}
