using Employment.Common.V1;
using Employment.Hiring.Domain.Referral;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain.Referral;

/// <summary>
/// 脱贫劳动力一次性交通补助 (焦政办〔2024〕15号（九）; R3, R26) with the sample county values of
/// sample-configuration/referral-and-transport.yaml: 修武县 (410821) 300.00元 once a year, 博爱县 (410822) 500.00元 twice.
/// </summary>
public sealed class TransportSubsidyTests
{
    private static readonly TransportSubsidyJudge Judge = new(ShippedCatalog.WithSampleConfiguration, Employment.Hiring.UseCases.TransportClaims.Taken[0].NameZh);
    private static readonly Region Xiuwu = Region.Parse("410821");
    private static readonly Region Boai = Region.Parse("410822");
    private static readonly Region Shenzhen = Region.Parse("440300");

    private static PersonProfile PovertyAlleviated() => Person(D(1990, 1, 1), Status(PersonFactKind.PovertyAlleviated, D(2020, 1, 1)));

    [Theory]
    [InlineData("410821", 30_000)]
    [InlineData("410822", 50_000)]
    public void R26_Jz15_9_pays_the_county_configured_amount_to_a_poverty_alleviated_worker_outside_the_province(string county, long expected)
    {
        var judgement = Judge.Judge(new TransportClaim(PovertyAlleviated(), Region.Parse(county), D(2024, 3, 1), Shenzhen, 0));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
        Assert.Equal(expected, judgement.AmountFen);
        var group = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.transport.group");
        Assert.Contains(group.Citations, c => c.Clause == "（九）");
    }

    [Fact]
    public void R26_Jz15_9_work_inside_Henan_or_a_person_not_poverty_alleviated_is_refused()
    {
        var inHenan = Judge.Judge(new TransportClaim(PovertyAlleviated(), Xiuwu, D(2024, 3, 1), Region.Parse("410100"), 0));
        var notPoor = Judge.Judge(new TransportClaim(Person(D(1990, 1, 1)), Xiuwu, D(2024, 3, 1), Shenzhen, 0));

        Assert.False(Assert.Single(inHenan.Explanation.Checks, c => c.RuleId == "hiring.transport.outside_province").Passed);
        Assert.False(inHenan.Approved);
        Assert.False(Assert.Single(notPoor.Explanation.Checks, c => c.RuleId == "hiring.transport.group").Passed);
    }

    [Theory]
    [InlineData("410821", false)]   // once a year
    [InlineData("410822", true)]    // twice a year
    public void R26_the_yearly_count_is_the_county_configuration(string county, bool approved)
    {
        Assert.Equal(approved, Judge.Judge(new TransportClaim(PovertyAlleviated(), Region.Parse(county), D(2024, 9, 1), Shenzhen, 1)).Approved);
    }

    [Theory]
    [InlineData(2023, 12, 31, false)]
    [InlineData(2024, 1, 1, true)]
    [InlineData(2025, 12, 31, true)]
    [InlineData(2026, 1, 1, false)]
    public void R1_Jz15_9_runs_from_2024_01_01_to_2025_12_31(int y, int m, int d, bool inForce)
    {
        var judgement = Judge.Judge(new TransportClaim(PovertyAlleviated(), Boai, D(y, m, d), Shenzhen, 0));

        Assert.Equal(inForce, judgement.PolicyInForce);
        Assert.Equal(inForce, judgement.Approved);
    }

    [Fact]
    public void R27_Jiyuan_has_no_transport_subsidy_measure()
    {
        Assert.False(Judge.Judge(new TransportClaim(PovertyAlleviated(), Region.Jiyuan, D(2024, 3, 1), Shenzhen, 0)).PolicyInForce);
    }

    [Fact]
    public void R3_a_county_without_configuration_is_failed_precondition_naming_key_region_and_date()
    {
        var e = Assert.Throws<DomainRuleException>(() => Judge.Judge(new TransportClaim(PovertyAlleviated(), Region.Parse("410823"), D(2024, 3, 1), Shenzhen, 0)));

        Assert.Equal(DomainRuleKind.NotAllowedNow, e.Kind);
        Assert.Contains("hiring.transport_subsidy.", e.Message, StringComparison.Ordinal);
        Assert.Contains("410823", e.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_count_is_refused_naming_the_field()
    {
        var e = Assert.Throws<DomainRuleException>(() => Judge.Judge(new TransportClaim(PovertyAlleviated(), Xiuwu, D(2024, 3, 1), Shenzhen, -1)));

        Assert.Equal("paid_earlier_this_year", e.Field);
    }
}
