using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.Data.Online;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Domain.Online;
using Employment.Jobs.Search;
using Employment.Persistence.Outbox;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// The messages a seeker receives from jobs online: each answer of an employer to their application, and the new
/// postings of a saved search. Written to the service's outbox in the step's own transaction and relayed to the
/// registry, which shows them in the hall and texts the person. Worded for the seeker: who, which posting, what next.
/// </summary>
public static class JobsMessages
{
    public const string ApplicationKindZh = "网上求职";

    public const string SavedSearchKindZh = "岗位订阅";

    // How many of a day's new postings a message names; the rest are counted (the registry keeps 500 characters).
    private const int NamedPostings = 5;

    // A named posting's share of the text.
    private const int NamedLength = 40;

    /// <summary>The employer's answer: 邀请面试, 不合适 (with its reason) or 录用 (with the contract it recorded).</summary>
    public static OutgoingMessage Answered(JobApplicationRecord record, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        var about = $"{record.EmployerName}（岗位“{record.PostingTitle}”，投递编号 {record.Id}）";
        return (JobApplicationStatus)record.Status switch
        {
            JobApplicationStatus.Invited => Of(record, "INVITED", "邀请面试", at,
                $"{about}邀请您面试：{record.EmployerNote}。请按约定时间前往；有疑问请与该单位联系。"),
            JobApplicationStatus.Declined => Of(record, "DECLINED", "投递结果", at,
                $"{about}回复：暂不合适，原因是“{record.EmployerNote}”。您可以在网上办事“找工作”中继续查找岗位。"),
            JobApplicationStatus.Hired => Of(record, "HIRED", "已录用", at,
                $"{about}已录用您，劳动合同自 {record.HireContractStart:yyyy-MM-dd} 起{Term(record)}。录用已记入您的就业登记信息；与实际不符的，请向该单位或人社窗口反映。"),
            var status => throw new ArgumentOutOfRangeException(nameof(record), status, "An employer's answer is an invitation, a decline or a hire."),
        };
    }

    /// <summary>A saved search's new postings over whole days: the newest named, the rest counted, and how to stop.</summary>
    public static OutgoingMessage NewPostings(SavedSearchRecord search, string descriptionZh, DigestWindow window, IReadOnlyList<PostingHit> newest, int total, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(newest);
        var days = window.From == window.Through ? $"{Day(window.From)}" : $"{Day(window.From)}至{Day(window.Through)}";
        var named = string.Join("；", newest.Take(NamedPostings).Select(Named));
        var more = total > NamedPostings ? $"等 {total} 个" : $"{total} 个";
        return Messages.To(search.PersonId, "", search.Id, SavedSearchKindZh, "NEW_POSTINGS", "订阅的新岗位", at,
            $"您订阅的“{descriptionZh}”{days}新发布{more}岗位：{named}。在“找工作”中按同样条件搜索可以看到全部；不想再收到，请在网上办事“求职招聘—我的订阅”中退订。");
    }

    private static string Named(PostingHit hit)
    {
        var text = $"{hit.Title}（{hit.EmployerName}，{Pay(hit)}）";
        return text.Length > NamedLength ? text[..(NamedLength - 1)] + "…" : text;
    }

    private static string Pay(PostingHit hit) => (hit.PayMinFen, hit.PayMaxFen) switch
    {
        (0, 0) => "薪酬面议",
        var (min, max) when min == max || max == 0 => $"{MatchScorer.Yuan(min)}元/{MatchScorer.PeriodZh(hit.PayPeriod)}",
        var (min, max) => $"{MatchScorer.Yuan(min)}–{MatchScorer.Yuan(max)}元/{MatchScorer.PeriodZh(hit.PayPeriod)}",
    };

    private static string Term(JobApplicationRecord record) =>
        record.HireOpenEnded ? "，无固定期限" : $"，期限 {record.HireTermMonths?.ToString(CultureInfo.InvariantCulture)} 个月";

    private static string Day(DateOnly day) => $"{day.Month}月{day.Day}日";

    private static OutgoingMessage Of(JobApplicationRecord record, string step, string titleZh, DateTimeOffset at, string bodyZh) =>
        Messages.To(record.PersonId, "", record.Id, ApplicationKindZh, step, titleZh, at, bodyZh);
}
