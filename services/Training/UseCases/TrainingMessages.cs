using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Outbox;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Employment.Training.Data;

namespace Employment.Training.UseCases;

/// <summary>
/// The messages an applicant receives about their training application, one per step (受理, the decision), written to
/// the service's outbox in the step's own transaction and relayed to the registry, which shows them in the hall and
/// texts the person. Worded for the applicant: what, which application, what happens next.
/// </summary>
public static class TrainingMessages
{
    public static OutgoingMessage Received(TrainingApplicationRecord record, string kindZh, DateOnly? dueOn)
    {
        ArgumentNullException.ThrowIfNull(record);
        var channel = record.Channel == (int)Channel.Online ? "（网上申请）" : "";
        var due = dueOn is { } day ? $"，办结时限为 {day.Year} 年 {day.Month} 月 {day.Day} 日" : "";
        return Of(record, kindZh, "RECEIVED", "已受理", record.CreatedAt,
            $"您的{kindZh}（申请编号 {record.Id}）已受理{channel}，按规定金额 {ClerkText.Yuan(record.AmountFen)}。{Office(record)}人社窗口审核{due}，审核结果会再通知您。");
    }

    /// <summary>The decision as it stands once final: approved (after a review where one was asked) or refused with the reason.</summary>
    /// <param name="remedy">For a refusal, the remedy it names (行政复议, 行政诉讼; R32).</param>
    public static OutgoingMessage Decided(TrainingApplicationRecord record, string kindZh, bool approved, DateTimeOffset at, Remedy? remedy = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return approved
            ? Of(record, kindZh, "APPROVED", "审核通过", at,
                $"您的{kindZh}（申请编号 {record.Id}）审核通过，金额 {ClerkText.Yuan(record.AmountFen)}。将列入发放批次公示，公示期满无异议后发放到您的收款账户。")
            : Of(record, kindZh, "REJECTED", "审核不通过", at,
                $"您的{kindZh}（申请编号 {record.Id}）审核不通过：{ClerkText.Clause(record.DecisionReasonZh)}。决定书可在“我的办事”查看和打印。{remedy?.SentenceZh}对决定有疑问，可以向{Office(record)}人社窗口咨询，或拨打 12333。");
    }

    /// <summary>撤回: the applicant withdrew it before a decision; nothing more happens to it.</summary>
    public static OutgoingMessage Withdrawn(TrainingApplicationRecord record, string kindZh, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(record, kindZh, "WITHDRAWN", "已撤回", at,
            $"您已撤回{kindZh}（申请编号 {record.Id}），窗口不再审核。条件符合时可以重新申请。");
    }

    /// <summary>公示: on the public notice until its last day; paid after it if nobody objects.</summary>
    public static OutgoingMessage OnNotice(string personId, string applicationId, string kindZh, DateOnly noticeUntil, DateTimeOffset at) =>
        Messages.To(personId, "", applicationId, kindZh, "IN_NOTICE", "公示中", at,
            $"您的{kindZh}（申请编号 {applicationId}）已列入发放批次公示，公示至 {noticeUntil:yyyy-MM-dd}。公示期满无异议后发放到您的收款账户。");

    /// <summary>发放: paid into the applicant's account, with the payment's reference to show their bank.</summary>
    public static OutgoingMessage Paid(TrainingApplicationRecord record, string kindZh, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Of(record, kindZh, "PAID", "已发放", at,
            $"您的{kindZh}（申请编号 {record.Id}）{ClerkText.Yuan(record.AmountFen)}已于 {record.PaidOn:yyyy-MM-dd} 发放到您的收款账户（发放凭证号 {record.PaymentReference}）。如未到账，请向{Office(record)}人社窗口咨询。");
    }

    private static string Office(TrainingApplicationRecord record) => Places.ProperNameOf(record.Region);

    private static OutgoingMessage Of(TrainingApplicationRecord record, string kindZh, string step, string titleZh, DateTimeOffset at, string bodyZh) =>
        Messages.To(record.PersonId, "", record.Id, kindZh, step, titleZh, at, bodyZh);
}
