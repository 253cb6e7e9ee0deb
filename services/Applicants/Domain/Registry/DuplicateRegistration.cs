using Employment.IdentityNumbers;

namespace Employment.Applicants.Domain.Registry;

/// <summary>A person is registered once, by identity number; an employer once, by credit code.</summary>
internal static class DuplicateRegistration
{
    /// <summary>
    /// ALREADY_EXISTS, the number masked, naming the person already registered when the caller may see them
    /// (<paramref name="visiblePersonId"/>); registered where the caller may not look, it reads as any conflict with a
    /// record: no id, no region, and not that another office holds them.
    /// </summary>
    public static DomainRuleException Person(ResidentIdNumber id, string? visiblePersonId)
    {
        ArgumentNullException.ThrowIfNull(id);
        return visiblePersonId is null
            ? DomainRuleException.Exists(Unseen("身份证号码", id.Masked))
            : DomainRuleException.Exists($"身份证号码 {id.Masked} 已登记，人员编号 {visiblePersonId}。 (Already registered as {visiblePersonId}.)");
    }

    /// <summary>A conflict with a record the caller may not see, worded as any conflict: it tells nothing of where the record is.</summary>
    private static string Unseen(string what, string masked) =>
        $"{what} {masked} 不能在本窗口登记：与已有记录冲突。请核对号码；号码无误的，请联系管理员查明。";

    /// <summary>ALREADY_EXISTS naming the person who holds a staff id (工号) already: one person per staff id.</summary>
    public static DomainRuleException Staff(string staffId, string existingPersonId) =>
        DomainRuleException.Exists($"工号 {staffId} 已登记在人员 {existingPersonId} 名下，一个工号只能对应一人。 (Staff id held by {existingPersonId}.)");

    /// <summary>ALREADY_EXISTS, the code masked, naming the employer already registered when the caller may see it; otherwise as any conflict.</summary>
    public static DomainRuleException Employer(UnifiedSocialCreditCode code, string? visibleEmployerId)
    {
        ArgumentNullException.ThrowIfNull(code);
        return visibleEmployerId is null
            ? DomainRuleException.Exists(Unseen("统一社会信用代码", code.Masked))
            : DomainRuleException.Exists($"统一社会信用代码 {code.Masked} 已登记，单位编号 {visibleEmployerId}。 (Already registered as {visibleEmployerId}.)");
    }
}
