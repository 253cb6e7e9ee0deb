using Employment.Risk.V1;
using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Workbench.Pages.Audit;

/// <summary>Risk signals as a 稽核 officer reads them: the kinds in the documents' words, severity and review state.</summary>
public static class SignalNames
{
    public static IReadOnlyList<SignalKind> Kinds { get; } =
        [SignalKind.ExclusiveMeasures, SignalKind.SharedPaymentAccount, SignalKind.BackDatedEntries, SignalKind.CloseRelations, SignalKind.HiredForSubsidy];

    public static string Of(SignalKind kind) => kind switch
    {
        SignalKind.ExclusiveMeasures => "重复享受",
        SignalKind.SharedPaymentAccount => "同一账户多人收款（虚报冒领）",
        SignalKind.BackDatedEntries => "补录受理",
        SignalKind.CloseRelations => "优亲厚友",
        SignalKind.HiredForSubsidy => "为领补贴招用（骗取套取）",
        _ => "—",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.High => "高",
        Severity.Medium => "中",
        Severity.Low => "低",
        _ => "—",
    };

    public static string Of(SignalStatus status) => status switch
    {
        SignalStatus.Open => "待核查",
        SignalStatus.Confirmed => "核实属实",
        SignalStatus.Dismissed => "核实排除",
        _ => "—",
    };

    public static string Of(Common.V1.AuditedStatus status) => status switch
    {
        Common.V1.AuditedStatus.Submitted => "已受理，待审核",
        Common.V1.AuditedStatus.Approved => "审核通过，待发放",
        Common.V1.AuditedStatus.Rejected => "审核不通过",
        Common.V1.AuditedStatus.Paid => "已发放",
        Common.V1.AuditedStatus.Withdrawn => "申请人已撤回",
        _ => "—",
    };

    /// <summary>Where the workbench shows a linked record, when it has a screen for it.</summary>
    public static string? PathOf(LinkedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Decide.DecisionPaths.Of(record.Service, record.Reference);
    }

    /// <summary>The service a record lives in, as a clerk names it.</summary>
    public static string ServiceZh(string service) => PlatformServices.Find(service)?.RecordsZh ?? service;
}
