using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>Who may claim (R17, 焦政办〔2023〕36号（十七）) and which contributions count (R18, 36号（四）).</summary>
public sealed class ClaimantAndInsuranceTests
{
    private static PersonProfile Youth() => Person(D(2000, 3, 10), Registration(D(2023, 1, 1)));

    [Theory]
    [InlineData(InsuredScheme.Pension)]
    [InlineData(InsuredScheme.Unemployment)]
    [InlineData(InsuredScheme.WorkInjury)]
    public void R18_jz_2023_36_four_each_of_the_three_schemes_needs_a_month_paid_by_the_claimant(InsuredScheme missing)
    {
        var months = new Dictionary<InsuredScheme, int> { [InsuredScheme.Pension] = 1, [InsuredScheme.Unemployment] = 1, [InsuredScheme.WorkInjury] = 1 };
        months[missing] = 0;

        foreach (var (kind, rule) in new[] { (HireSubsidyKind.Expansion, "hiring.expansion.insured_schemes"), (HireSubsidyKind.Absorption, "hiring.absorption.insured_schemes") })
        {
            var check = Judge.Failed(Judge.Of(Item(kind, Youth(), D(2023, 6, 1), insurance: new InsuredMonths(months))), rule);
            Assert.Contains(check.FactsUsed, f => f.Value == "0个月");
        }
    }

    [Fact]
    public void R18_medical_insurance_is_not_among_the_schemes_required()
    {
        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1), insurance: ThreeSchemes()));

        Judge.Approved(judgement);
        Assert.DoesNotContain(Judge.Check(judgement, "hiring.absorption.insured_schemes").FactsUsed, f => f.Name.StartsWith("医疗保险", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EmployerKind.Organisation)]
    [InlineData(EmployerKind.Cooperative)]
    public void R17_jz_2023_36_eleven_only_enterprises_and_qualifying_individual_businesses_claim(EmployerKind kind)
    {
        var employer = Enterprise() with { Kind = kind };

        Judge.Failed(Judge.Of(Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1), employer: employer)), "hiring.absorption.employer_kind");
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    public void R17_jz_2023_36_seventeen_an_individual_business_claims_when_insured_as_a_unit_with_employees(bool insuredAsUnit, bool hasEmployees, bool approved)
    {
        var employer = new HiringEmployer("92410800MA0000003Z", "示例小吃店", EmployerKind.IndividualBusiness, Jiaozuo, insuredAsUnit, hasEmployees);

        var judgement = Judge.Of(Item(HireSubsidyKind.Expansion, Youth(), D(2023, 6, 1), employer: employer));

        Assert.Equal(approved, judgement.Approved);
        var check = Judge.Check(judgement, "hiring.expansion.employer_kind");
        Assert.Contains(check.Citations, c => c.Clause == "（十七）");
    }

    [Fact]
    public void A_contract_without_a_term_that_is_not_open_ended_is_invalid_input()
    {
        var item = Item(HireSubsidyKind.Absorption, Youth(), D(2023, 6, 1), termMonths: 0);

        var error = Assert.Throws<Employment.ServiceDefaults.Errors.DomainRuleException>(() => Judge.Of(item));
        Assert.Equal("contract_term_months", error.Field);
    }
}
