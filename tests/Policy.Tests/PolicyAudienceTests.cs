using Employment.Common.V1;
using Employment.Policy.Loading;
using Employment.Policy.Model;
using Employment.Policy.V1;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Policy.Tests;

/// <summary>
/// 政策找人 on the public list: ListMeasures filters by who a measure is for (catalog/audiences.yaml,
/// each audience gathering the groups the documents name as 适用人员 or recognise for the loans), and
/// counts every audience beside the list; the catalog refuses a group no audience gathers.
/// </summary>
public sealed class PolicyAudienceTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static readonly RegionCode Jiaozuo = new() { Code = "410800" };
    private static readonly RegionCode Jiyuan = new() { Code = "419001" };

    private Task<ListMeasuresResponse> ListAsync(string audience, string on = "2024-03-01", PolicyDomain domain = PolicyDomain.Unspecified, RegionCode? region = null)
    {
        var date = DateOnly.ParseExact(on, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return fixture.Client.ListMeasuresAsync(new ListMeasuresRequest
        {
            Region = region ?? Jiaozuo,
            On = new CalendarDate { Year = date.Year, Month = date.Month, Day = date.Day },
            Domain = domain,
            Audience = audience,
            Page = new PageRequest { PageSize = 200 },
        }).ResponseAsync;
    }

    [Fact(Timeout = 30_000)]
    public async Task Veterans_see_the_measures_whose_groups_name_them_and_no_other()
    {
        var all = await ListAsync("");
        var veterans = await ListAsync("veterans");
        Assert.NotEmpty(veterans.Measures);
        Assert.True(veterans.Measures.Count < all.Measures.Count);
        // Each listed measure says yes to 退役军人 or 自主就业退役士兵 in a value in force, or lends to
        // people (the recognised groups, of which 退役军人 is one in Jiaozuo on the day).
        Assert.All(veterans.Measures, m => Assert.True(m.Values.Any(v =>
            v.Key.EndsWith(".group.veteran", StringComparison.Ordinal) || v.Key is "categories.veteran.recognised" or "categories.self_employed_discharged_soldier.recognised")
            || LendsToPeople(m), m.NameZh));
        // 创业运营补贴 names them; the Henan 一次性开业补贴 says no to them (its value is false), and
        // 一次性吸纳就业补贴 (graduates and young unemployed) does not name them.
        Assert.Contains(veterans.Measures, m => m.Values.Any(v => v.Key == "startup.operating_subsidy.group.veteran"));
        Assert.Contains(all.Measures, m => m.Values.Any(v => v.Key == "startup.opening_subsidy.group.veteran"));
        Assert.DoesNotContain(veterans.Measures, m => m.Values.Any(v => v.Key.StartsWith("startup.opening_subsidy.", StringComparison.Ordinal)));
        Assert.DoesNotContain(veterans.Measures, m => m.Values.Any(v => v.Key.StartsWith("hiring.absorption.", StringComparison.Ordinal)));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_graduate_finds_the_individual_loan_which_lends_to_the_groups_the_region_recognises()
    {
        // The individual loan names no group of its own (R4: its borrowers are the recognised groups);
        // 毕业年度高校毕业生 is recognised in Jiaozuo, so the graduates' list carries it.
        var graduates = await ListAsync("graduates", domain: PolicyDomain.Loans);
        Assert.Contains(graduates.Measures, m => m.Values.Any(v => v.Key == "loans.individual.subsidised_cap"));
        // A loan to a small or micro enterprise lends to a firm, not to the person's group.
        Assert.DoesNotContain(graduates.Measures, m => m.Values.All(v => v.Key.StartsWith("loans.small_micro.", StringComparison.Ordinal)));
        Assert.Equal(graduates.Measures.Count, graduates.Audiences.Single(a => a.AudienceId == "graduates").Measures);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_group_recognised_only_in_Jiaozuo_does_not_bring_Jiyuans_individual_loan_to_its_list()
    {
        // 残疾人 is recognised by a Jiaozuo document alone; Jiyuan's individual-loan measure (全额贴息,
        // 济管〔2023〕19号 82.) reaches its 自主创业人员 and the groups Henan recognises, not them.
        var founders = await ListAsync("founders", domain: PolicyDomain.Loans, region: Jiyuan);
        Assert.Contains(founders.Measures, m => m.Values.Any(v => v.Key == "loans.individual.subsidy_share_percent"));
        var disabled = await ListAsync("disabled", domain: PolicyDomain.Loans, region: Jiyuan);
        Assert.DoesNotContain(disabled.Measures, LendsToPeople);
        var disabledInJiaozuo = await ListAsync("disabled", domain: PolicyDomain.Loans);
        Assert.Contains(disabledInJiaozuo.Measures, LendsToPeople);
    }

    [Fact(Timeout = 30_000)]
    public async Task Every_audience_is_counted_beside_the_list_and_its_count_is_what_its_filter_lists()
    {
        var all = await ListAsync("", domain: PolicyDomain.Hiring);
        Assert.Equal(["graduates", "youth", "veterans", "employment-difficulty", "unemployed", "migrant-workers", "poverty", "disabled", "founders"], all.Audiences.Select(a => a.AudienceId));
        Assert.Equal("高校毕业生", all.Audiences[0].NameZh);
        foreach (var audience in all.Audiences)
        {
            var filtered = await ListAsync(audience.AudienceId, domain: PolicyDomain.Hiring);
            Assert.Equal(audience.Measures, filtered.Measures.Count);
            // The counts are of the whole list, whatever audience is asked.
            Assert.Equal(all.Audiences, filtered.Audiences);
        }

        Assert.True(all.Audiences.Single(a => a.AudienceId == "graduates").Measures > 0, "hiring subsidies name graduates in Jiaozuo on 2024-03-01");
    }

    [Fact(Timeout = 30_000)]
    public async Task An_unknown_audience_is_INVALID_ARGUMENT_naming_audience()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => ListAsync("astronauts"));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("audience", error.Said(), StringComparison.Ordinal);
        Assert.Contains("适用人群“astronauts”不存在", error.Said(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hiring.trainee.group.unemployed_youth", "unemployed_youth")]
    [InlineData("categories.veteran.recognised", "veteran")]
    [InlineData("categories.graduate_unemployed_2y.max_years_since_leaving", null)]
    [InlineData("loans.individual.subsidised_cap", null)]
    public void A_group_is_named_by_a_measures_group_key_or_a_recognised_category(string key, string? group) =>
        Assert.Equal(group, Audience.GroupOf(key));

    [Fact]
    public void The_catalog_refuses_a_group_of_the_documents_that_no_audience_gathers()
    {
        var directory = Directory.CreateTempSubdirectory("audiences");
        try
        {
            CopyDirectory(RealCatalog.CatalogPath, directory.FullName);
            var file = Path.Combine(directory.FullName, CatalogLoader.AudiencesFile);
            File.WriteAllText(file, File.ReadAllText(file).Replace(", self_employed_discharged_soldier]", "]", StringComparison.Ordinal));
            var error = Assert.Throws<CatalogValidationException>(() => CatalogLoader.Load(directory.FullName));
            Assert.Contains(error.Errors, e => e.Message.Contains("'self_employed_discharged_soldier' belongs to no audience", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static bool LendsToPeople(Measure measure) => measure.Values.Any(v =>
        v.Key.StartsWith("loans.individual.", StringComparison.Ordinal) || v.Key.StartsWith("loans.individual_business.", StringComparison.Ordinal)
        || v.Key.StartsWith("loans.partnership.", StringComparison.Ordinal));

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
