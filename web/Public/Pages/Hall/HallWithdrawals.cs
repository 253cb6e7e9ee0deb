using Employment.Training.V1;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// 撤回申请 in 我的办事: the person withdraws their own application while it waits for a decision, with their own token;
/// the owning service decides whether it is theirs and still undecided. Today the training service takes withdrawals.
/// </summary>
public sealed class HallWithdrawals(ServiceCalls calls)
{
    public static string TrainingPathOf(string applicationId) => $"{PublicSiteOptions.HallPath}/training/{Uri.EscapeDataString(applicationId)}/withdraw";

    /// <summary>The withdrawal's refusal in the service's words, or null once withdrawn.</summary>
    public async Task<ServiceProblem?> WithdrawTrainingAsync(string applicationId, CancellationToken cancellation)
    {
        // Withdrawing one application twice is one act: its key is the application's.
        var request = new WithdrawMyApplicationRequest { ApplicationId = applicationId, IdempotencyKey = "withdraw-" + applicationId };
        var answer = await calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, TrainingApplication>("培训补贴服务",
            (client, options) => client.WithdrawMyApplicationAsync(request, options).ResponseAsync, cancellation);
        return answer.Problem;
    }
}
