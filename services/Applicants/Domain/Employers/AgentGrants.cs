using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.Employers;

/// <summary>A grant of 经办人 as asked: whom, from when to when, on what authority.</summary>
public sealed record NewAgentGrant(DateOnly ValidFrom, DateOnly? ValidUntil, AgentGrantedBy GrantedBy, string LetterReference);

/// <summary>
/// The rules of granting 经办人: the employer's legal representative grants by signing in; a clerk records a
/// grant only from the employer's letter of authorisation, whose number is kept; a grant has a first day and
/// may have a last, never before the first.
/// </summary>
public static class AgentGrants
{
    /// <summary>Letter numbers are short references copied from paper: a technical bound, not a policy figure.</summary>
    public const int LetterReferenceMaxLength = 50;

    public static NewAgentGrant Of(GrantEmployerAgentRequest request, CallerRole grantor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = FactPeriod.ClerkDate(request.ValidFrom, "valid_from")
            ?? throw DomainRuleException.Invalid("valid_from", "请填写授权的起始日期。");
        var until = FactPeriod.ClerkDate(request.ValidUntil, "valid_until");
        if (until < from)
        {
            throw DomainRuleException.Invalid("valid_until", $"授权截止日期 {until:yyyy-MM-dd} 早于起始日期 {from:yyyy-MM-dd}。");
        }

        if (grantor == CallerRole.Person)
        {
            return new NewAgentGrant(from, until, AgentGrantedBy.LegalRepresentative, "");
        }

        var letter = PlainText.Reference(request.LetterReference, "letter_reference", LetterReferenceMaxLength, "授权委托书编号", required: false);
        if (letter.Length == 0)
        {
            throw DomainRuleException.Invalid("letter_reference", "窗口登记经办人须依据单位的授权委托书，请填写授权委托书编号。");
        }

        return new NewAgentGrant(from, until, AgentGrantedBy.LetterOfAuthorisation, letter);
    }

    /// <summary>Whether two periods (null: open end) share a day.</summary>
    public static bool Overlap(DateOnly from, DateOnly? until, DateOnly otherFrom, DateOnly? otherUntil) =>
        (until is null || otherFrom <= until) && (otherUntil is null || from <= otherUntil);
}
