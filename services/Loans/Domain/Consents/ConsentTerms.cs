using System.Globalization;
using Employment.ServiceDefaults.Time;

namespace Employment.Loans.Domain.Consents;

/// <summary>
/// 查询授权: a borrower's consent to one bank's eligibility queries, from the day it is given to a last day
/// the borrower chose, until withdrawn. What a query naming it must match, and how long one may run.
/// </summary>
public sealed record ConsentTerms(string BankCode, DateOnly ValidFrom, DateOnly ValidUntil, DateTimeOffset? WithdrawnAt)
{
    /// <summary>True when a query on <paramref name="day"/> may name it.</summary>
    public bool InForceOn(DateOnly day) => WithdrawnAt is null && day >= ValidFrom && day <= ValidUntil;

    /// <summary>
    /// Why this consent does not let <paramref name="askingBank"/> query on <paramref name="day"/> (null: it does).
    /// The borrower is matched by the caller, which knows how the consent names them.
    /// </summary>
    public string? RefusalFor(string consentId, string askingBank, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(askingBank);
        if (!string.Equals(BankCode, askingBank, StringComparison.Ordinal))
        {
            return $"查询授权 {consentId} 是借款人给另一家银行的授权，不能用于本行的查询。";
        }

        if (WithdrawnAt is { } withdrawn)
        {
            return $"借款人已于 {withdrawn.ToOffset(ChinaClock.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} 撤回查询授权 {consentId}，不能再以它查询。";
        }

        return day < ValidFrom || day > ValidUntil
            ? $"查询授权 {consentId} 的有效期为 {Day(ValidFrom)} 至 {Day(ValidUntil)}，{Day(day)} 不在其内：请借款人重新授权。"
            : null;
    }

    /// <summary>
    /// The last day a consent given on <paramref name="today"/> may name: today at the earliest, and at most
    /// <paramref name="longestDays"/> days on (the service's setting); else why not.
    /// </summary>
    public static string? LastDayProblem(DateOnly validUntil, DateOnly today, int longestDays) =>
        validUntil < today
            ? $"授权的截止日期 {Day(validUntil)} 早于今天 {Day(today)}，请选择今天或以后的日期。"
            : validUntil > today.AddDays(longestDays)
                ? $"授权最长 {longestDays} 天：截止日期不能晚于 {Day(today.AddDays(longestDays))}。"
                : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
