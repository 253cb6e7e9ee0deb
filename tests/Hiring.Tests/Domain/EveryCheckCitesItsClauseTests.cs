using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Policy.Model;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>
/// Every check of a hiring explanation cites the document and clause it applies: "no policy" cites the
/// measure's documents with where and when each was in force (R1, R27); refusing an employer's kind cites
/// the clauses naming who may claim (R17); the route for people registered unemployed six months or more
/// cites its own clause, 焦政办〔2023〕36号（十三）.
/// </summary>
public sealed class EveryCheckCitesItsClauseTests
{
    private static readonly Region Jiyuan = Region.Parse("419001");

    private static void EveryCheckCites(Explanation explanation) =>
        Assert.All(explanation.Checks, c => Assert.True(c.Citations.Count > 0, $"{c.RuleId} cites nothing"));

    [Fact]
    public void R1_no_absorption_policy_for_a_2024_contract_cites_Jz36_11_and_its_period_2023()
    {
        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, Person(D(2000, 3, 10), Registration(D(2023, 1, 1))), D(2024, 3, 1)));

        Assert.False(judgement.PolicyInForce);
        EveryCheckCites(judgement.Explanation);
        var noPolicy = Judge.Failed(judgement, "hiring.absorption.policy_in_force");
        Assert.Contains(noPolicy.Citations, c => c.DocumentNumber == "焦政办〔2023〕36号" && c.Clause == "（十一）");
        Assert.Contains(noPolicy.FactsUsed, f => f.Name == "焦政办〔2023〕36号（十一）" && f.Value.Contains("2023-01-01 至 2023-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public void R27_no_stabilisation_refund_in_Jiyuan_cites_the_Jiaozuo_measures_and_the_region_they_apply_to()
    {
        var judge = new StabilisationJudge(ShippedCatalog.WithSampleConfiguration, Employment.Hiring.UseCases.StabilisationClaims.Taken[0].NameZh);

        var judgement = judge.Judge(new StabilisationClaim("91419001MA0000001X", "济源示例制造有限公司", Jiyuan, ClaimantType.Enterprise, EnterpriseSize.Small, false, D(2024, 3, 15), 1_000_000, 50, 0, 24));

        Assert.False(judgement.PolicyInForce);
        EveryCheckCites(judgement.Explanation);
        var noPolicy = Assert.Single(judgement.Explanation.Checks);
        Assert.Contains(noPolicy.Citations, c => c.DocumentNumber == "焦政办〔2023〕36号" && c.Clause == "（一）");
        Assert.Contains(noPolicy.Citations, c => c.DocumentNumber == "焦政办〔2024〕15号" && c.Clause == "（二）");
        Assert.Contains(noPolicy.FactsUsed, f => f.Value.Contains("适用地区 410800", StringComparison.Ordinal));
    }

    [Fact]
    public void R17_an_organisation_refused_absorption_is_told_which_clauses_name_who_may_claim()
    {
        var organisation = new HiringEmployer("52410800MA0000001X", "焦作示例协会", EmployerKind.Organisation, Jiaozuo);

        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, Person(D(2000, 3, 10), Registration(D(2023, 1, 1))), D(2023, 6, 1), employer: organisation));

        var kind = Judge.Failed(judgement, "hiring.absorption.employer_kind");
        Assert.Contains(kind.Citations, c => c.DocumentNumber == "焦政办〔2023〕36号" && c.Clause == "（十一）");
        Assert.Contains(kind.Citations, c => c.DocumentNumber == "焦政办〔2023〕36号" && c.Clause == "（十七）");
        EveryCheckCites(judgement.Explanation);
    }

    [Fact]
    public void Jz36_13_a_person_registered_unemployed_eight_months_refused_for_a_short_contract_is_cited_clause_13()
    {
        // Born 1985: not a youth, not a graduate; registered unemployed from 2022-10-01, hired 2023-06-01.
        var person = Person(D(1985, 4, 2), Registration(D(2022, 10, 1)));

        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, person, D(2023, 6, 1), termMonths: 6));

        var contract = Judge.Failed(judgement, "hiring.absorption.contract_min_months");
        Assert.Contains(contract.Citations, c => c.DocumentNumber == "焦政办〔2023〕36号" && c.Clause == "（十三）");
        Assert.True(Judge.Check(judgement, "hiring.absorption.target_group").Passed);
        EveryCheckCites(judgement.Explanation);
    }
}
