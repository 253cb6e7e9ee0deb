using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy.Model;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>一次性吸纳就业补贴 and 一次性扩岗补助 (焦政办〔2023〕36号（四）（十一）（十三）, R9): contract, dates and region.</summary>
public sealed class AbsorptionAndExpansionTests
{
    // Born 2000-03-10: 23 in mid-2023, registered unemployed since 2023-01-01.
    private static PersonProfile Youth() => Person(D(2000, 3, 10), Registration(D(2023, 1, 1)));

    [Fact]
    public void R9_jz_2023_36_eleven_absorption_pays_the_catalog_amount_with_every_check_cited()
    {
        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1)));

        Judge.Approved(judgement);
        Assert.True(judgement.PolicyInForce);
        Assert.Null(judgement.ConflictingClaimReference);
        Assert.Equal(new[]
        {
            "hiring.absorption.policy_in_force",
            "hiring.absorption.contract_start_by_deadline",
            "hiring.absorption.employer_kind",
            "hiring.absorption.contract_min_months",
            "hiring.absorption.insured_schemes",
            "hiring.absorption.target_group",
            "hiring.absorption.once_per_person",
            "hiring.absorption.not_with_expansion",
        }, judgement.Explanation.Checks.Select(c => c.RuleId));
        Assert.All(judgement.Explanation.Checks, c => Assert.NotEmpty(c.Citations));
        var amount = Judge.Check(judgement, "hiring.absorption.policy_in_force").Citations.Single();
        Assert.Equal("焦政办〔2023〕36号", amount.DocumentNumber);
        Assert.Equal("（十一）", amount.Clause);
        Assert.Contains("1000.00元", judgement.Explanation.SummaryZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void R9_jz_2023_36_eleven_absorption_needs_a_contract_of_at_least_one_year(int termMonths, bool approved)
    {
        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1), termMonths));

        Assert.Equal(approved, judgement.Approved);
        var check = Judge.Check(judgement, "hiring.absorption.contract_min_months");
        Assert.Equal(approved, check.Passed);
        Assert.Contains(check.FactsUsed, f => f.Value == $"{termMonths}个月");
    }

    [Fact]
    public void R9_jz_2023_36_eleven_an_open_ended_contract_meets_the_one_year_minimum()
    {
        var item = Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1)) with { Contract = new HireContract(D(2023, 6, 1), 0, OpenEnded: true) };

        Judge.Approved(Judge.Of(item));
    }

    [Fact]
    public void R9_jz_2023_36_four_expansion_states_no_contract_length_so_11_months_is_paid()
    {
        var judgement = Judge.Of(Item(HireSubsidyKind.Expansion, Youth(), D(2023, 6, 1), termMonths: 11));

        Judge.Approved(judgement);
        Assert.DoesNotContain(judgement.Explanation.Checks, c => c.RuleId.Contains("contract_min", StringComparison.Ordinal));
        Assert.Equal("（四）", Judge.Check(judgement, "hiring.expansion.policy_in_force").Citations.Single().Clause);
    }

    [Theory]
    [InlineData(HireSubsidyKind.Absorption, "hiring.absorption.policy_in_force")]
    [InlineData(HireSubsidyKind.Expansion, "hiring.expansion.policy_in_force")]
    public void R1_R9_jz_2023_36_a_contract_starting_2023_12_31_is_paid_and_2024_01_01_finds_no_policy(HireSubsidyKind kind, string rule)
    {
        // Registered since mid-2023 so the person is still a registered youth at the turn of the year.
        var person = Person(D(2000, 3, 10), Registration(D(2023, 6, 1)));

        Judge.Approved(Judge.Of(Item(kind, person, D(2023, 12, 31))));

        var next = Judge.Of(Item(kind, person, D(2024, 1, 1)));
        Assert.False(next.PolicyInForce);
        Assert.Equal(Outcome.Failed, next.Explanation.Outcome);
        Assert.Contains(Judge.Failed(next, rule).FactsUsed, f => f.Name == "无政策的参数");
    }

    [Theory]
    [InlineData(HireSubsidyKind.Absorption)]
    [InlineData(HireSubsidyKind.Expansion)]
    public void R1_jz_2023_36_a_contract_starting_2022_12_31_finds_no_policy_and_2023_01_01_is_paid(HireSubsidyKind kind)
    {
        var person = Person(D(2000, 3, 10), Registration(D(2022, 6, 1)));

        Assert.False(Judge.Of(Item(kind, person, D(2022, 12, 31))).PolicyInForce);
        Judge.Approved(Judge.Of(Item(kind, person, D(2023, 1, 1))));
    }

    [Theory]
    [InlineData(HireSubsidyKind.Absorption, "hiring.absorption.policy_in_force")]
    [InlineData(HireSubsidyKind.Expansion, "hiring.expansion.policy_in_force")]
    public void R27_jy_2023_19_a_Jiyuan_employer_finds_no_policy_where_only_Jiaozuo_pays(HireSubsidyKind kind, string rule)
    {
        var judgement = Judge.Of(Item(kind, Youth(), D(2023, 6, 1), employer: Enterprise(Region.Jiyuan)));

        Assert.False(judgement.PolicyInForce);
        var check = Judge.Failed(judgement, rule);
        Assert.Contains(check.FactsUsed, f => f.Name == "申请单位登记地" && f.Value == "419001");
        // The measure's documents are named with the region they apply to, none as Jiyuan's rule, and no amount is applied.
        Assert.NotEmpty(check.Citations);
        Assert.All(check.Citations, c => Assert.Equal("410800", c.Region.Code));
        Assert.All(check.FactsUsed.Where(f => f.Name.StartsWith("焦政办", StringComparison.Ordinal)), f => Assert.StartsWith("适用地区 410800", f.Value, StringComparison.Ordinal));
        Assert.Equal(0, judgement.AmountFen);
    }

    [Fact]
    public void R27_a_Jiaozuo_county_employer_is_judged_by_the_city_measures()
    {
        Judge.Approved(Judge.Of(Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1), employer: Enterprise(Region.Parse("410821")))));
    }
}
