using Employment.Common.V1;
using Employment.Jobs.Domain.Assistance;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>The contract's messages read into the domain's terms, each refusal naming the field.</summary>
public static class AssistanceInput
{
    public static AssistanceContact Contact(V1.AssistanceContact? contact, string officer)
    {
        if (contact is null)
        {
            throw DomainRuleException.Invalid("contact", "请提供联系记录（contact）。");
        }

        if (!Enum.IsDefined(contact.Channel))
        {
            throw DomainRuleException.Invalid("contact.channel", $"联系方式 {(int)contact.Channel} 不存在。");
        }

        return new AssistanceContact(
            RequiredDay(contact.Date, "contact.date"),
            (ContactChannel)(int)contact.Channel,
            PlainText.Check(contact.Note, "contact.note", 500, "联系情况"),
            officer);
    }

    public static AssistanceReferral Referral(V1.AssistanceReferral? referral, string officer)
    {
        if (referral is null)
        {
            throw DomainRuleException.Invalid("referral", "请提供推荐记录（referral）。");
        }

        if (!Enum.IsDefined(referral.Kind))
        {
            throw DomainRuleException.Invalid("referral.kind", $"推荐类别 {(int)referral.Kind} 不存在。");
        }

        return new AssistanceReferral(
            RequiredDay(referral.Date, "referral.date"),
            (ReferralKind)(int)referral.Kind,
            PlainText.Check(referral.What, "referral.what", 200, "推荐内容"),
            PlainText.Check(referral.PostingId, "referral.posting_id", 64, "岗位编号", required: false),
            officer);
    }

    public static DateOnly RequiredDay(CalendarDate? date, string field)
    {
        var day = PostingInput.Day(date, field);
        return day == default ? throw DomainRuleException.Invalid(field, $"请提供日期（{field}）。") : day;
    }
}
