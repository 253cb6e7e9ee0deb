using Employment.IdentityNumbers;

namespace Employment.Applicants.Domain.Registry;

/// <summary>A person is registered once, by identity number; an employer once, by credit code.</summary>
internal static class DuplicateRegistration
{
    /// <summary>
    /// ALREADY_EXISTS, the number masked, naming the person already registered when the caller may see them
    /// (<paramref name="visiblePersonId"/>); registered by another office, it names no id and no region.
    /// </summary>
    public static DomainRuleException Person(ResidentIdNumber id, string? visiblePersonId)
    {
        ArgumentNullException.ThrowIfNull(id);
        return visiblePersonId is null
            ? DomainRuleException.Exists($"身份证号码 {id.Masked} 已由其他人社部门登记，不能重复登记；如其已迁入本地，请联系原登记地办理转移。 (Already registered elsewhere.)")
            : DomainRuleException.Exists($"身份证号码 {id.Masked} 已登记，人员编号 {visiblePersonId}。 (Already registered as {visiblePersonId}.)");
    }

    /// <summary>ALREADY_EXISTS naming the person who holds a staff id (工号) already: one person per staff id.</summary>
    public static DomainRuleException Staff(string staffId, string existingPersonId) =>
        DomainRuleException.Exists($"工号 {staffId} 已登记在人员 {existingPersonId} 名下，一个工号只能对应一人。 (Staff id held by {existingPersonId}.)");

    /// <summary>ALREADY_EXISTS, the code masked, naming the employer already registered when the caller may see it; otherwise no id.</summary>
    public static DomainRuleException Employer(UnifiedSocialCreditCode code, string? visibleEmployerId)
    {
        ArgumentNullException.ThrowIfNull(code);
        return visibleEmployerId is null
            ? DomainRuleException.Exists($"统一社会信用代码 {code.Masked} 已由其他人社部门登记，不能重复登记；如单位已迁入本地，请联系原登记地办理转移。 (Already registered elsewhere.)")
            : DomainRuleException.Exists($"统一社会信用代码 {code.Masked} 已登记，单位编号 {visibleEmployerId}。 (Already registered as {visibleEmployerId}.)");
    }
}
