using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Time;
using Google.Protobuf.WellKnownTypes;

namespace Employment.Persistence.Payments;

/// <summary>
/// 办理进度 answers of every subsidy service: the masked summary's header and its steps (受理, the decision,
/// the payment), named as <see cref="SubsidyStatusText"/> names them. What a step notes is the service's.
/// </summary>
public static class SubsidyProgress
{
    public static ApplicationProgress Header(string reference, string kindZh, SubsidyStatus status, DateTimeOffset createdAt, DateTimeOffset updatedAt, string nameMasked) => new()
    {
        Reference = reference,
        KindZh = kindZh,
        State = SubsidyStatusText.Token(status),
        StateZh = SubsidyStatusText.Zh(status),
        Closed = status is SubsidyStatus.Rejected or SubsidyStatus.Paid or SubsidyStatus.Withdrawn,
        SubmittedOn = ProtoMapping.ToProto(ChinaClock.DateOf(createdAt)),
        UpdatedAt = Timestamp.FromDateTimeOffset(updatedAt),
        NameMasked = nameMasked,
    };

    /// <summary>
    /// 我的办事: what its owner reads beyond the public summary (<see cref="WhatNext"/>): the amount.
    /// </summary>
    public static ApplicationProgress ForOwner(ApplicationProgress progress, long amountFen)
    {
        ArgumentNullException.ThrowIfNull(progress);
        progress.Amount = new Money { Fen = amountFen };
        return progress;
    }

    /// <summary>撤回's step as its history shows it: by the applicant, or by a counter with the reason it wrote (identity numbers masked).</summary>
    public static ProgressStep Withdrawn(DateTimeOffset at, string counterReasonZh) =>
        Step(SubsidyStatus.Withdrawn, at, counterReasonZh.Length > 0 ? Lifecycle.WithdrawnBy.CounterZh + IdentityNumbers.IdMasking.MaskIdNumbersIn(counterReasonZh) : Lifecycle.WithdrawnBy.ApplicantZh);

    /// <summary>
    /// What anyone following it reads next: the decision's last day while one is awaited (<paramref name="dueOn"/>, from
    /// the measure's 办结时限), what happens next in words (公示 and 发放 after an approval), and the office to ask.
    /// </summary>
    public static ApplicationProgress WhatNext(ApplicationProgress progress, SubsidyStatus status, DateOnly? dueOn, bool inBatch, string region)
    {
        ArgumentNullException.ThrowIfNull(progress);
        progress.OfficeZh = Places.ProperNameOf(region) + "人社窗口";
        if (dueOn is { } due && status is SubsidyStatus.Submitted or SubsidyStatus.AwaitingReview)
        {
            progress.DueOn = ProtoMapping.ToProto(due);
        }

        var by = dueOn is { } last ? $"，办结时限为 {last.Year} 年 {last.Month} 月 {last.Day} 日" : "";
        progress.NextStepZh = status switch
        {
            SubsidyStatus.Submitted => $"窗口审核中{by}。审核结果会通知您。",
            SubsidyStatus.AwaitingReview => $"已初审通过，等待另一位经办人复核{by}。",
            SubsidyStatus.Approved when inBatch => "已列入发放批次并公示；公示期满无异议后发放到您的账户。",
            SubsidyStatus.Approved => "审核通过，等待列入发放批次并公示，公示期满无异议后发放。",
            SubsidyStatus.Withdrawn => "您已撤回这项申请；条件符合时可以重新申请。",
            _ => "",
        };
        return progress;
    }

    public static ProgressStep Step(SubsidyStatus status, DateTimeOffset at, string note) =>
        new() { State = SubsidyStatusText.Token(status), StateZh = SubsidyStatusText.Zh(status), At = Timestamp.FromDateTimeOffset(at), NoteZh = note };
}
