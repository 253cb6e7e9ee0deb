using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Domain.Online;

/// <summary>Where an application (投递) stands.</summary>
public enum JobApplicationStatus
{
    Submitted = 1,
    Invited = 2,
    Declined = 3,
    Hired = 4,
    Withdrawn = 5,
}

/// <summary>
/// An application's life: submitted, then the employer invites, declines or hires; the seeker may
/// withdraw until they are hired. A declined, hired or withdrawn application is closed. A step that
/// does not follow is FAILED_PRECONDITION saying where the application stands.
/// </summary>
public static class JobApplicationSteps
{
    public static bool Withdrawable(JobApplicationStatus status) => status is JobApplicationStatus.Submitted or JobApplicationStatus.Invited;

    /// <summary>The employer's step from <paramref name="from"/> to <paramref name="to"/> (invite, decline, hire).</summary>
    public static void RequireEmployerStep(JobApplicationStatus from, JobApplicationStatus to)
    {
        var allowed = to switch
        {
            JobApplicationStatus.Invited => from == JobApplicationStatus.Submitted,
            JobApplicationStatus.Declined or JobApplicationStatus.Hired => from is JobApplicationStatus.Submitted or JobApplicationStatus.Invited,
            _ => false,
        };
        if (!allowed)
        {
            throw DomainRuleException.NotAllowed($"该投递{Zh(from)}，不能再{ActionZh(to)}。");
        }
    }

    public static void RequireWithdrawable(JobApplicationStatus status)
    {
        if (!Withdrawable(status))
        {
            throw DomainRuleException.NotAllowed($"该投递{Zh(status)}，不能撤回。");
        }
    }

    public static string Zh(JobApplicationStatus status) => status switch
    {
        JobApplicationStatus.Submitted => "已投递，等待单位回复",
        JobApplicationStatus.Invited => "单位已邀请面试",
        JobApplicationStatus.Declined => "单位回复不合适",
        JobApplicationStatus.Hired => "已录用",
        JobApplicationStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    private static string ActionZh(JobApplicationStatus to) => to switch
    {
        JobApplicationStatus.Invited => "邀请面试",
        JobApplicationStatus.Declined => "回复不合适",
        JobApplicationStatus.Hired => "录用",
        _ => "办理",
    };
}
