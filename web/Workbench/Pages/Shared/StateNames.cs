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
        _ => "—",
    };

    public static string Of(Hiring.V1.ClaimStatus status) => status switch
    {
        Hiring.V1.ClaimStatus.Submitted => "已受理，待审核",
        Hiring.V1.ClaimStatus.AwaitingReview => "审核通过，待复核",
        Hiring.V1.ClaimStatus.Approved => "审核通过，待发放",
        Hiring.V1.ClaimStatus.Rejected => "审核不通过",
        Hiring.V1.ClaimStatus.Paid => "已发放",
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

    /// <summary>A fact's kind, as the registry's screens name it.</summary>
    public static string Of(PersonFactKind kind) => kind switch
    {
        PersonFactKind.Education => "学历",
        PersonFactKind.UnemploymentRegistration => "失业登记",
        PersonFactKind.EmploymentDifficulty => "就业困难人员认定",
        PersonFactKind.PovertyAlleviated => "脱贫人口（含防止返贫监测对象）",
        PersonFactKind.Veteran => "退役军人",
        PersonFactKind.ReturningMigrantWorker => "返乡入乡创业农民工",
        PersonFactKind.Disability => "残疾人",
        PersonFactKind.LowIncomeHousehold => "城乡低保家庭",
        PersonFactKind.NewCitizen => "新市民",
        PersonFactKind.UnemploymentInsurance => "失业保险参保缴费",
        PersonFactKind.UnemploymentBenefit => "领取失业保险金",
        PersonFactKind.SocialInsurance => "社会保险缴费",
        PersonFactKind.EmploymentContract => "劳动合同",
        PersonFactKind.Certificate => "职业资格 / 职业技能等级证书",
        PersonFactKind.Honour => "荣誉 / 创业大赛获奖",
        PersonFactKind.BusinessOwner => "创办经营实体",
        PersonFactKind.ZeroEmploymentHousehold => "零就业家庭",
        PersonFactKind.Traineeship => "就业见习协议",
        PersonFactKind.WorkAway => "外出务工",
        _ => "其他",
    };
}
