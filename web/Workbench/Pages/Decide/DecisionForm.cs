using System.Globalization;
using Employment.Common.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>
/// A decision as its form posts it: 审核通过 or 审核不通过, the reason in the applicant's words, the version the clerk read
/// and the screen's idempotency key (a second press of the same screen repeats the first answer); a reason too long or
/// with control characters is stopped here, in words, before the service is asked. A 复核 posts the same form.
/// </summary>
public sealed record DecisionForm(string IdempotencyKey, bool Approve, string ReasonZh, long Version, int ItemNo, string? ProblemZh)
{
    /// <summary>The most characters of a reason, as the services take it.</summary>
    public const int MaxReasonLength = 500;

    /// <param name="reasonZh">What the screen calls the reason (审核意见, 核查意见, 办理意见), as its problem names it.</param>
    public static DecisionForm Read(IFormCollection form, string reasonZh = "审核意见")
    {
        ArgumentNullException.ThrowIfNull(form);
        var key = ScreenKeys.Of(form);
        var reason = form["reason"].ToString().Trim();
        _ = long.TryParse(form["version"], CultureInfo.InvariantCulture, out var version);
        _ = int.TryParse(form["item"], CultureInfo.InvariantCulture, out var item);
        var problem = reason.Length > MaxReasonLength || reason.Any(c => char.IsControl(c) && c is not '\r' and not '\n')
            ? $"{reasonZh}最多 {MaxReasonLength} 个字，不能含控制字符。"
            : null;
        return new(key, form["decision"] == "approve", reason, version, item, problem);
    }

    /// <summary>The same form read as a 复核: approve confirms, reject returns the decision with the reason.</summary>
    public ReviewDecisionRequest ToRequest(string recordId) => new()
    {
        IdempotencyKey = IdempotencyKey,
        RecordId = recordId,
        ExpectedVersion = Version,
        Confirm = Approve,
        ReasonZh = ReasonZh,
    };
}
