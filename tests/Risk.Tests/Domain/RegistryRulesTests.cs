using Employment.Policy.Model;
using Employment.Risk.Domain;
using Xunit;
using static Risk.Tests.Domain.Items;

namespace Risk.Tests.Domain;

/// <summary>
/// The kinds that read the registry beside the claims, each with its minimal case and the near-miss that must
/// not signal: 优亲厚友 (a clerk deciding for themself, their household or an employer they represent) and a hire
/// made for the subsidy (骗取套取: contract or insurance ending soon after the qualifying months, R3; insured by
/// another employer or drawing 失业保险金 in those months), both resting on 焦政办〔2023〕36号（十七）.
/// </summary>
public sealed class RegistryRulesTests
{
    private static readonly CloseRelationsRule Close = new(Catalog);
    private static readonly HiredForSubsidyRule Hired = new(Catalog);
    private static readonly ParameterValue NinetyDays = Configured(RiskPolicyKeys.HiredForSubsidyMaxDaysAfter, PolicyUnit.Days, 90);

    private const string EmployerA = "91410800MA0000001A";
    private const string EmployerB = "91410800MA0000002B";

    private static readonly StaffMember Clerk = new("clerk-jz-7", "P-CLERK", "王*", "H0001");

    private static RegistryRelations Registry(PersonRelations? person = null, EmployerRelations? employer = null) =>
        new([Clerk], person is null ? [] : [person], employer is null ? [] : [employer]);

    private static PersonRelations Person(string id, string household = "", ContractFact[]? contracts = null, InsuranceFact[]? insurance = null, DateSpan[]? benefit = null) =>
        new(id, household, contracts ?? [], insurance ?? [], benefit ?? []);

    private static DateSpan Span(int y1, int m1, int d1, int? y2 = null, int m2 = 1, int d2 = 1) =>
        new(new DateOnly(y1, m1, d1), y2 is { } y ? new DateOnly(y, m2, d2) : null);

    [Fact]
    public void A_clerk_deciding_their_own_claim_signals_high_with_the_clause_十七()
    {
        var signal = Assert.Single(Close.Find([Item("hiring.flexible_worker", person: "P-CLERK", decidedBy: "clerk-jz-7")], Registry()));

        Assert.Equal(SignalKind.CloseRelations, signal.Kind);
        Assert.Equal(Severity.High, signal.Severity);
        Assert.Equal(RiskPolicyKeys.CloseRelationsInvestigated, Assert.Single(signal.Citations).Key);
        Assert.Contains("焦政办〔2023〕36号", signal.SummaryZh, StringComparison.Ordinal);
        Assert.Contains("本人", signal.SummaryZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clerk_deciding_for_a_member_of_their_household_signals_and_another_household_does_not()
    {
        var household = Close.Find([Item("training.skill_upgrade", person: "P-SON", decidedBy: "clerk-jz-7")], Registry(Person("P-SON", household: "H0001")));
        var neighbour = Close.Find([Item("training.skill_upgrade", person: "P-NEXT", decidedBy: "clerk-jz-7")], Registry(Person("P-NEXT", household: "H0002")));

        Assert.Contains(Assert.Single(household).Facts, f => f.NameZh == "关系" && f.Value.Contains("同户", StringComparison.Ordinal));
        Assert.Empty(neighbour);
    }

    [Fact]
    public void A_clerk_deciding_a_claim_of_an_employer_they_represent_signals_and_another_clerks_decision_does_not()
    {
        var represented = new EmployerRelations(EmployerA, "焦作示例有限公司", "P-CLERK");
        var own = Close.Find([Item("hiring.stabilisation", person: "", employer: EmployerA, decidedBy: "clerk-jz-7")], Registry(employer: represented));
        var other = Close.Find([Item("hiring.stabilisation", person: "", employer: EmployerA, decidedBy: "clerk-jz-8")], Registry(employer: represented));

        Assert.Contains("法定代表人", Assert.Single(own).SummaryZh, StringComparison.Ordinal);
        Assert.Empty(other);
    }

    [Fact]
    public void Close_relations_are_judged_by_every_value_the_registry_kept_not_only_todays()
    {
        // The clerk's 户号 was changed, their staff id passed on and the employer's representative replaced
        // after the decisions: the registry's history still ties the clerk to each.
        var clerk = new StaffMember("clerk-jz-9", "P-NEW-HOLDER", "赵*", "H0009")
        {
            PersonIds = new HashSet<string>(["P-NEW-HOLDER", "P-CLERK"]),
            HouseholdsHeld = new HashSet<string>(["H0009", "H0001"]),
        };
        var son = Person("P-SON", household: "H0003") with { HouseholdsHeld = new HashSet<string>(["H0003", "H0001"]) };
        var formerlyRepresented = new EmployerRelations(EmployerA, "焦作示例有限公司", "P-SOMEONE") { RepresentativesHeld = new HashSet<string>(["P-SOMEONE", "P-CLERK"]) };
        var registry = new RegistryRelations([clerk], [son], [formerlyRepresented]);

        var own = Close.Find([Item("training.skill_upgrade", person: "P-CLERK", decidedBy: "clerk-jz-9")], registry);
        var household = Close.Find([Item("training.skill_upgrade", person: "P-SON", decidedBy: "clerk-jz-9")], registry);
        var represented = Close.Find([Item("hiring.stabilisation", person: "", employer: EmployerA, decidedBy: "clerk-jz-9")], registry);

        Assert.Contains("本人", Assert.Single(own).SummaryZh, StringComparison.Ordinal);
        Assert.Contains("H0001", Assert.Single(household).SummaryZh, StringComparison.Ordinal);
        Assert.Contains("法定代表人", Assert.Single(represented).SummaryZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_relations_are_not_judged_in_Jiyuan_whose_documents_hold_no_such_clause_nor_on_an_undecided_or_rejected_item()
    {
        Assert.Empty(Close.Find([Item("hiring.flexible_worker", person: "P-CLERK", decidedBy: "clerk-jz-7", region: "419001")], Registry()));
        Assert.Empty(Close.Find([Item("hiring.flexible_worker", person: "P-CLERK", decidedBy: "", status: ItemStatus.Submitted)], Registry()));
        Assert.Empty(Close.Find([Item("hiring.flexible_worker", person: "P-CLERK", decidedBy: "clerk-jz-7", status: ItemStatus.Rejected)], Registry()));
    }

    [Fact]
    public void A_hire_whose_contract_ends_within_the_configured_days_after_its_months_signals_and_one_a_day_later_does_not()
    {
        // Subsidised months 2024-03..2024-05 (last day 2024-05-31); 90 days later is 2024-08-29.
        string[] months = ["2024-03", "2024-04", "2024-05"];
        var soon = Person("P1", contracts: [new ContractFact(EmployerA, Span(2024, 3, 1, 2024, 8, 29))]);
        var later = Person("P1", contracts: [new ContractFact(EmployerA, Span(2024, 3, 1, 2024, 8, 30))]);

        var signal = Assert.Single(Hired.Find([Item("hiring.social_insurance_subsidy", person: "P1", employer: EmployerA, months: months)], Registry(soon), NinetyDays));
        Assert.Equal(SignalKind.HiredForSubsidy, signal.Kind);
        Assert.Equal(Severity.Medium, signal.Severity);
        Assert.Contains(signal.Citations, c => c.Key == RiskPolicyKeys.HiredForSubsidyMaxDaysAfter);
        Assert.Contains(signal.Facts, f => f.NameZh == "劳动合同终止日" && f.Value == "2024-08-29");
        Assert.Empty(Hired.Find([Item("hiring.social_insurance_subsidy", person: "P1", employer: EmployerA, months: months)], Registry(later), NinetyDays));
    }

    [Fact]
    public void Without_a_configured_number_of_days_the_contract_end_is_not_judged_R3()
    {
        var soon = Person("P1", contracts: [new ContractFact(EmployerA, Span(2024, 3, 1, 2024, 6, 15))]);
        Assert.Empty(Hired.Find([Item("hiring.social_insurance_subsidy", person: "P1", employer: EmployerA, months: ["2024-03"])], Registry(soon), maxDaysAfter: null));
    }

    [Fact]
    public void A_hire_insured_by_another_employer_in_the_same_months_signals_high_and_insurance_in_other_months_does_not()
    {
        var contract = new ContractFact(EmployerA, Span(2024, 3, 1));
        var overlapping = Person("P1", contracts: [contract], insurance: [new InsuranceFact(EmployerB, false, Span(2024, 1, 1, 2024, 4, 30))]);
        var before = Person("P1", contracts: [contract], insurance: [new InsuranceFact(EmployerB, false, Span(2023, 1, 1, 2024, 2, 29))]);
        var item = Item("hiring.social_insurance_subsidy", person: "P1", employer: EmployerA, months: ["2024-03", "2024-04"]);

        var signal = Assert.Single(Hired.Find([item], Registry(overlapping), NinetyDays));
        Assert.Equal(Severity.High, signal.Severity);
        Assert.Contains(signal.Facts, f => f.NameZh == "同期参保单位" && f.Value == EmployerB);
        Assert.Empty(Hired.Find([item], Registry(before), NinetyDays));
    }

    [Fact]
    public void A_hire_while_drawing_unemployment_benefit_signals_and_benefit_that_ended_before_the_hire_does_not()
    {
        var contract = new ContractFact(EmployerA, Span(2024, 3, 1));
        var drawing = Person("P1", contracts: [contract], benefit: [Span(2024, 1, 1, 2024, 3, 31)]);
        var ended = Person("P1", contracts: [contract], benefit: [Span(2023, 9, 1, 2024, 2, 29)]);
        var item = Item("hiring.absorption", person: "P1", employer: EmployerA, eventDate: new DateOnly(2024, 3, 1));

        Assert.Contains("失业保险金", Assert.Single(Hired.Find([item], Registry(drawing), NinetyDays)).SummaryZh, StringComparison.Ordinal);
        Assert.Empty(Hired.Find([item], Registry(ended), NinetyDays));
    }

    [Fact]
    public void A_hire_is_not_judged_in_Jiyuan_nor_where_the_registry_shows_no_contract_with_the_claimant()
    {
        var drawing = Person("P1", contracts: [new ContractFact(EmployerA, Span(2024, 3, 1))], benefit: [Span(2024, 1, 1)]);
        Assert.Empty(Hired.Find([Item("hiring.absorption", person: "P1", employer: EmployerA, eventDate: new DateOnly(2024, 3, 1), region: "419001")], Registry(drawing), NinetyDays));
        Assert.Empty(Hired.Find([Item("hiring.absorption", person: "P1", employer: EmployerB, eventDate: new DateOnly(2024, 3, 1))], Registry(drawing), NinetyDays));
    }

    [Fact]
    public void One_account_for_three_people_of_one_household_does_not_signal_and_for_three_households_does_虚报冒领()
    {
        var threshold = Configured(RiskPolicyKeys.SharedAccountMinClaimants, PolicyUnit.Count, 3);
        PaidItem[] family = [.. new[] { "P1", "P2", "P3" }.Select(p => Item("training.skill_upgrade", person: p, account: "6222000055556666"))];
        var oneHousehold = new RegistryRelations([], [Person("P1", "H9"), Person("P2", "H9"), Person("P3", "H9")], []);
        var threeHouseholds = new RegistryRelations([], [Person("P1", "H7"), Person("P2", "H8"), Person("P3", "H9")], []);

        Assert.Empty(SharedPaymentAccountRule.Find(family, Region.Jiaozuo, threshold, oneHousehold));
        var signal = Assert.Single(SharedPaymentAccountRule.Find(family, Region.Jiaozuo, threshold, threeHouseholds));
        Assert.Contains(signal.Facts, f => f.NameZh == "不同户数" && f.Value == "3");
    }
}
