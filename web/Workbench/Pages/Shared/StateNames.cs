using Employment.Common.V1;

namespace Employment.Web.Workbench.Pages.Shared;

/// <summary>
/// The services' states and the registry's fact kinds as a clerk reads them (the words of the proto's comments, the
/// documents' own). A kind of application is named by its service (<see cref="Apply.KindNames"/>).
/// </summary>
public static class StateNames
{
    public static string Of(Training.V1.ApplicationStatus status) => status switch
    {
        Training.V1.ApplicationStatus.Submitted => "已受理，待审核",
        Training.V1.ApplicationStatus.AwaitingReview => "审核通过，待复核",
        Training.V1.ApplicationStatus.Approved => "审核通过，待发放",
        Training.V1.ApplicationStatus.Rejected => "审核不通过",
        Training.V1.ApplicationStatus.Paid => "已发放",
        Training.V1.ApplicationStatus.Withdrawn => "已撤回",
        _ => "—",
    };

    public static string Of(Hiring.V1.ClaimStatus status) => status switch
    {
        Hiring.V1.ClaimStatus.Submitted => "已受理，待审核",
        Hiring.V1.ClaimStatus.AwaitingReview => "审核通过，待复核",
        Hiring.V1.ClaimStatus.Approved => "审核通过，待发放",
        Hiring.V1.ClaimStatus.Rejected => "审核不通过",
        Hiring.V1.ClaimStatus.Paid => "已发放",
        Hiring.V1.ClaimStatus.Withdrawn => "已撤回",
        _ => "—",
    };

    public static string Of(Loans.V1.ApplicationState state) => state switch
    {
        Loans.V1.ApplicationState.Accepted => "已受理，待审核",
        Loans.V1.ApplicationState.Reviewed => "审核通过，待担保审批",
        Loans.V1.ApplicationState.Rejected => "审核不通过",
        Loans.V1.ApplicationState.GuaranteeApproved => "担保审批通过，待推送银行",
        Loans.V1.ApplicationState.GuaranteeRejected => "担保审批不通过",
        Loans.V1.ApplicationState.SentToBank => "已推送银行，待放款",
        Loans.V1.ApplicationState.Issued => "已放款",
        Loans.V1.ApplicationState.Withdrawn => "已撤回",
        _ => "—",
    };
}
