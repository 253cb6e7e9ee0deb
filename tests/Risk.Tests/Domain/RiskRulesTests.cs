using Employment.Policy.Model;
using Employment.Risk.Domain;
using Xunit;
using static Risk.Tests.Domain.Items;

namespace Risk.Tests.Domain;

/// <summary>
/// The risk rules in process, each kind with its minimal case and the near-miss that must not signal:
/// exclusive measures (catalog/exclusions.yaml: 焦政办〔2023〕36号（四）, 焦政办〔2024〕15号（十二）, R21/R25),
/// one account for several claimants (虚报冒领, threshold R3) and back-dated entries per clerk (R31, R3).
/// </summary>
public sealed class RiskRulesTests
{
    private static readonly ExclusiveMeasuresRule Exclusive = new(Catalog);

    [Fact]
    public void Expansion_and_absorption_for_one_person_in_Jiaozuo_2023_signal_with_the_clause_36号_四()
    {
        var signal = Assert.Single(Exclusive.Find(
        [
            Item("hiring.absorption", eventDate: new DateOnly(2023, 3, 1), employer: "A"),
            Item("hiring.expansion", eventDate: new DateOnly(2023, 7, 1), employer: "B", status: ItemStatus.Paid),
        ]));

        Assert.Equal(SignalKind.ExclusiveMeasures, signal.Kind);
        Assert.Equal(Severity.High, signal.Severity);
        Assert.Equal("hiring.expansion.exclusive_with_absorption", Assert.Single(signal.Citations).Key);
        Assert.Contains("焦政办〔2023〕36号", signal.SummaryZh, StringComparison.Ordinal);
        Assert.Contains("追回", signal.SummaryZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Near_misses_of_exclusive_measures_do_not_signal_other_people_a_rejected_item_Jiyuan_or_after_the_measure_ended()
    {
        Assert.Empty(Exclusive.Find([Item("hiring.absorption", person: "P1", eventDate: new DateOnly(2023, 3, 1)), Item("hiring.expansion", person: "P2", eventDate: new DateOnly(2023, 3, 1))]));
        Assert.Empty(Exclusive.Find([Item("hiring.absorption", eventDate: new DateOnly(2023, 3, 1)), Item("hiring.expansion", eventDate: new DateOnly(2023, 3, 1), status: ItemStatus.Rejected)]));
        // Jiaozuo's clause never reaches Jiyuan (R2, R27).
        Assert.Empty(Exclusive.Find([Item("hiring.absorption", eventDate: new DateOnly(2023, 3, 1), region: "419001"), Item("hiring.expansion", eventDate: new DateOnly(2023, 3, 1), region: "419001")]));
        // The later event in 2024, when 36号（四） is no longer in force (R1).
        Assert.Empty(Exclusive.Find([Item("hiring.absorption", eventDate: new DateOnly(2023, 3, 1)), Item("hiring.expansion", eventDate: new DateOnly(2024, 2, 1))]));
    }

    [Fact]
    public void A_social_insurance_month_paid_to_an_employer_and_to_the_flexible_worker_signals_naming_the_month_R21_R25()
    {
        var signal = Assert.Single(Exclusive.Find(
        [
            Item("hiring.social_insurance_subsidy", months: ["2024-03", "2024-04"], employer: "A"),
            Item("hiring.social_insurance_subsidy.flexible", months: ["2024-04", "2024-05"], region: "419001"),
        ]));

        Assert.Equal(Severity.Medium, signal.Severity);
        Assert.Contains(signal.Facts, f => f.NameZh == "重复月份" && f.Value == "2024-04");
        Assert.Empty(Exclusive.Find(
        [
            Item("hiring.social_insurance_subsidy", months: ["2024-03", "2024-04"], employer: "A"),
            Item("hiring.social_insurance_subsidy.flexible", months: ["2024-05"]),
        ]));
    }

    [Fact]
    public void Skill_upgrade_and_vocational_training_signal_only_for_the_same_occupation_and_level_15号_十二()
    {
        var signal = Assert.Single(Exclusive.Find([Item("training.skill_upgrade", occupationLevel: "6-18-01-01/4"), Item("training.vocational_training", occupationLevel: "6-18-01-01/4")]));
        Assert.Contains("（十二）", signal.SummaryZh, StringComparison.Ordinal);
        Assert.Empty(Exclusive.Find([Item("training.skill_upgrade", occupationLevel: "6-18-01-01/4"), Item("training.vocational_training", occupationLevel: "6-18-01-01/3")]));
    }

    [Fact]
    public void One_account_for_as_many_claimants_as_configured_signals_and_one_employers_many_hires_do_not()
    {
        var threshold = Configured(RiskPolicyKeys.SharedAccountMinClaimants, PolicyUnit.Count, 3);
        var shared = SharedPaymentAccountRule.Find(
        [
            Item("training.skill_upgrade", person: "P1", account: "6222000011112222"),
            Item("training.skill_upgrade", person: "P2", account: "6222000011112222"),
            Item("hiring.absorption", person: "P3", employer: "A", account: "6222000011112222"),
        ], Region.Jiaozuo, threshold).ToList();
        var employer = SharedPaymentAccountRule.Find(
        [
            Item("hiring.absorption", person: "P1", employer: "A", account: "6222000033334444"),
            Item("hiring.absorption", person: "P2", employer: "A", account: "6222000033334444"),
            Item("hiring.absorption", person: "P3", employer: "A", account: "6222000033334444"),
            Item("training.skill_upgrade", person: "P4", account: "6222000033334444"),
        ], Region.Jiaozuo, threshold);

        var signal = Assert.Single(shared);
        Assert.Equal(3, signal.Records.Count);
        Assert.Contains("尾号2222", signal.SummaryZh, StringComparison.Ordinal);
        Assert.Contains(signal.Facts, f => f.NameZh == "收款账户" && f.Value == "6222000011112222");
        Assert.Empty(employer);
    }

    [Fact]
    public void A_clerks_back_dated_entries_signal_once_they_reach_the_configured_count_R31()
    {
        var days = Configured(RiskPolicyKeys.BackDatedMinDays, PolicyUnit.Days, 30);
        var count = Configured(RiskPolicyKeys.BackDatedMinEntriesPerClerk, PolicyUnit.Count, 2);
        var entered = new DateOnly(2024, 6, 10);
        var signal = Assert.Single(BackDatedEntriesRule.Find(
        [
            Item("hiring.stabilisation", enteredBy: "clerk-7", receivedOn: entered.AddDays(-40), enteredOn: entered),
            Item("hiring.stabilisation", enteredBy: "clerk-7", receivedOn: entered.AddDays(-30), enteredOn: entered),
            // Near-misses: 29 days late, and another clerk's single back-dated entry.
            Item("hiring.stabilisation", enteredBy: "clerk-7", receivedOn: entered.AddDays(-29), enteredOn: entered),
            Item("hiring.stabilisation", enteredBy: "clerk-8", receivedOn: entered.AddDays(-90), enteredOn: entered),
        ], Region.Jiaozuo, days, count));

        Assert.Equal(2, signal.Records.Count);
        Assert.Contains("clerk-7", signal.SummaryZh, StringComparison.Ordinal);
        Assert.Contains(signal.Facts, f => f.NameZh == "最长间隔" && f.Value == "40天");
    }

    [Fact]
    public void A_finding_has_the_same_fingerprint_whichever_scan_finds_it()
    {
        var a = Item("training.skill_upgrade", occupationLevel: "6-18-01-01/4", reference: "T1");
        var b = Item("training.vocational_training", occupationLevel: "6-18-01-01/4", reference: "T2");
        Assert.Equal(Assert.Single(Exclusive.Find([a, b])).Fingerprint, Assert.Single(Exclusive.Find([b, a])).Fingerprint);
    }

    [Theory]
    [InlineData(SignalStatus.Open, SignalStatus.Confirmed, "")]
    [InlineData(SignalStatus.Confirmed, SignalStatus.Confirmed, "属实")]
    public void A_review_needs_a_reason_and_a_change(SignalStatus current, SignalStatus next, string reason) =>
        Assert.Throws<Employment.ServiceDefaults.Errors.DomainRuleException>(() => SignalReviews.Review(current, next, reason));
}
