using Employment.Applicants.V1;

namespace Employment.Applicants.Domain.Messages;

/// <summary>
/// The kinds of message a person chooses to be texted about, as the hall names them, and which kind a sender's step
/// is. A step no kind names is a decision's: texted unless the person chose otherwise for decisions.
/// </summary>
public static class MessageCategories
{
    public sealed record Category(MessageCategory Value, string NameZh, string AboutZh, IReadOnlyList<string> Steps);

    /// <summary>Every kind, in the order the hall lists them.</summary>
    public static IReadOnlyList<Category> All { get; } =
    [
        new(MessageCategory.Decisions, "办理进展和结果", "申请受理、审核结果、撤回、申诉和发放。", ["RECEIVED", "APPROVED", "REJECTED", "WITHDRAWN", "PAID", "APPEAL_FILED", "APPEAL_SETTLED"]),
        new(MessageCategory.Corrections, "补正通知", "申请退回补正材料或信息，及补正期限。", ["SENT_BACK"]),
        new(MessageCategory.Notices, "公示通知", "批准的补贴列入公示，及公示期限。", ["IN_NOTICE"]),
        new(MessageCategory.Jobs, "岗位和求职", "订阅的新岗位、单位邀请面试、录用和投递结果。", ["NEW_POSTINGS", "INVITED", "HIRED", "DECLINED"]),
        new(MessageCategory.Offers, "免申即享告知", "无需申请即可领取的补贴，及确认提醒。", ["OFFERED", "REMINDED"]),
    ];

    public static MessageCategory Of(string step) =>
        All.FirstOrDefault(c => c.Steps.Contains(step, StringComparer.Ordinal))?.Value ?? MessageCategory.Decisions;

    public static Category? Find(MessageCategory value) => All.FirstOrDefault(c => c.Value == value);
}
