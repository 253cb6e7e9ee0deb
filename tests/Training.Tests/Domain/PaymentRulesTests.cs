using Employment.IdentityNumbers;
using Employment.Persistence.Payments;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.Training.Domain;
using Xunit;

namespace Training.Tests.Domain;

/// <summary>公示 and 发放, in process.</summary>
public sealed class PaymentRulesTests
{
    private static readonly DateOnly Day = new(2024, 7, 1);

    [Fact]
    public void R3_an_unconfigured_notice_period_is_a_failed_precondition_naming_key_region_and_date()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => PublicNotice.Starting(Day, Region.Parse("410823"), ShippedCatalog.Catalog, TrainingPolicyKeys.PaymentPublicNoticeDays));

        Assert.Equal(DomainRuleKind.NotAllowedNow, refusal.Kind);
        Assert.Equal(TrainingPolicyKeys.PaymentPublicNoticeDays, refusal.RuleId);
        Assert.Contains(TrainingPolicyKeys.PaymentPublicNoticeDays, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("410823", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("2024-07-01", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张小明", "张*明")]
    [InlineData("欧阳小锋", "欧**锋")]
    [InlineData("李", "*")]
    [InlineData("王小五（演示）", "王*五")]
    [InlineData("赵六 (test)", "赵*")]
    public void A_name_on_the_public_notice_keeps_its_first_and_last_character(string name, string masked) =>
        Assert.Equal(masked, NameMasking.Mask(name));

    [Fact]
    public void Payment_waits_for_the_day_after_the_notice_and_takes_exactly_the_decided_amount()
    {
        var until = Day.AddDays(6);

        Assert.Equal(DomainRuleKind.NotAllowedNow, Assert.Throws<DomainRuleException>(() =>
            PaymentRules.EnsurePayable(SubsidyStatus.Approved, until, until, until.AddDays(3), 150_000, 150_000)).Kind);
        Assert.Equal(DomainRuleKind.NotAllowedNow, Assert.Throws<DomainRuleException>(() =>
            PaymentRules.EnsurePayable(SubsidyStatus.Approved, null, until.AddDays(1), until.AddDays(3), 150_000, 150_000)).Kind);
        Assert.Equal("paid_on", Assert.Throws<DomainRuleException>(() =>
            PaymentRules.EnsurePayable(SubsidyStatus.Approved, until, until.AddDays(4), until.AddDays(3), 150_000, 150_000)).Field);
        Assert.Equal("amount", Assert.Throws<DomainRuleException>(() =>
            PaymentRules.EnsurePayable(SubsidyStatus.Approved, until, until.AddDays(1), until.AddDays(3), 100_000, 150_000)).Field);
        PaymentRules.EnsurePayable(SubsidyStatus.Approved, until, until.AddDays(1), until.AddDays(3), 150_000, 150_000);
    }

    [Fact]
    public void A_payment_held_in_a_nested_message_is_refused_naming_the_nested_field()
    {
        var until = Day.AddDays(6);

        Assert.Equal("payment.paid_on", Assert.Throws<DomainRuleException>(() =>
            PaymentRules.EnsurePayable(SubsidyStatus.Approved, until, until.AddDays(4), until.AddDays(3), 150_000, 150_000, "payment.")).Field);
        Assert.Equal("payment.amount", Assert.Throws<DomainRuleException>(() =>
            PaymentRules.EnsurePayable(SubsidyStatus.Approved, until, until.AddDays(1), until.AddDays(3), 100_000, 150_000, "payment.")).Field);
    }
}
