using Employment.Identity;

namespace Employment.Applicants.Domain.Registry;

/// <summary>A person is registered once, by identity number; an employer once, by credit code.</summary>
internal static class DuplicateRegistration
{
    /// <summary>ALREADY_EXISTS naming the person already registered, the number masked.</summary>
    public static DomainRuleException Person(ResidentIdNumber id, string existingPersonId)
    {
        ArgumentNullException.ThrowIfNull(id);
        return DomainRuleException.Exists($"身份证号码 {id.Masked} 已登记，人员编号 {existingPersonId}。 (Already registered as {existingPersonId}.)");
    }

    /// <summary>ALREADY_EXISTS naming the person who holds a staff id (工号) already: one person per staff id.</summary>
    public static DomainRuleException Staff(string staffId, string existingPersonId) =>
        DomainRuleException.Exists($"工号 {staffId} 已登记在人员 {existingPersonId} 名下，一个工号只能对应一人。 (Staff id held by {existingPersonId}.)");

    /// <summary>ALREADY_EXISTS naming the employer already registered, the code masked.</summary>
    public static DomainRuleException Employer(UnifiedSocialCreditCode code, string existingEmployerId)
    {
        ArgumentNullException.ThrowIfNull(code);
        return DomainRuleException.Exists($"统一社会信用代码 {code.Masked} 已登记，单位编号 {existingEmployerId}。 (Already registered as {existingEmployerId}.)");
    }
}
