using Employment.Hiring.V1;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>A hiring claim to read and decide item by item, and what the last decision did.</summary>
public sealed record HiringDecisionView(ServiceAnswer<HiringClaim> Claim, string KindZh, string IdempotencyKey, string ReasonZh, ServiceProblem? DecisionProblem)
{
    public static string PathOf(string claimId) => $"{WorkbenchOptions.PathBase}/hiring/{Uri.EscapeDataString(claimId)}";

    /// <summary>The written decision, once <see cref="Decided"/>.</summary>
    public Employment.Common.V1.DecisionLetter? Letter { get; init; }

    /// <summary>Every item decided and, where a review was asked, the approval confirmed: the written decision can be printed.</summary>
    public bool Decided => Claim.Value is { Items.Count: > 0 } claim && claim.Status != ClaimStatus.AwaitingReview
        && claim.Items.All(i => i.Status is ClaimStatus.Approved or ClaimStatus.Rejected or ClaimStatus.Paid);

    /// <summary>Every item decided, the approval waiting for a second clerk's 复核.</summary>
    public bool AwaitingReview => Claim.Value?.Status == ClaimStatus.AwaitingReview;
}

/// <summary>
/// 审核 of a hiring claim: the employer's checks, then each item (a hire, a trainee, the refund itself) with its checks
/// and its own decision (DecideClaimItem: the reason a refusal needs, on the claim's version read, under the screen's
/// key); once every item is decided, the written decision lists them with the amounts and, for a refusal, its clauses.
/// </summary>
public sealed class HiringDecision(ServiceCalls calls, Apply.ApplicationDesks desks, ReviewStep reviews, LetterStep letters)
{
    public async Task<HiringDecisionView> LoadAsync(string claimId, CancellationToken cancellationToken) =>
        await ViewAsync(await ClaimAsync(claimId, cancellationToken), ScreenKeys.New(), "", null, cancellationToken);

    public async Task<HiringDecisionView> DecideAsync(string claimId, Microsoft.AspNetCore.Http.IFormCollection form, CancellationToken cancellationToken)
    {
        var decision = DecisionForm.Read(form);
        var decided = decision.ProblemZh is { } problem
            ? ServiceAnswer<HiringClaim>.Failed(ServiceProblem.Refused("就业补贴", problem))
            : await calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, HiringClaim>("就业补贴",
                (client, options) => client.DecideClaimItemAsync(new DecideClaimItemRequest
                {
                    IdempotencyKey = decision.IdempotencyKey,
                    ClaimId = claimId,
                    ExpectedVersion = decision.Version,
                    Approve = decision.Approve,
                    ReasonZh = decision.ReasonZh,
                    ItemNo = decision.ItemNo,
                }, options).ResponseAsync, cancellationToken);
        // After a decision the next item is decided under a key of its own.
        return decided.Value is not null
            ? await ViewAsync(decided, ScreenKeys.New(), "", null, cancellationToken)
            : await ViewAsync(await ClaimAsync(claimId, cancellationToken), decision.IdempotencyKey, decision.ReasonZh, decided.Problem, cancellationToken);
    }

    /// <summary>复核 of a decided claim awaiting it: confirmed, the written decision follows; returned, its approved items wait again.</summary>
    public async Task<HiringDecisionView> ReviewAsync(string claimId, Microsoft.AspNetCore.Http.IFormCollection form, CancellationToken cancellationToken)
    {
        var review = DecisionForm.Read(form, "复核意见");
        var reviewed = await reviews.ReviewAsync(ServiceDefaults.Clients.PlatformServices.Hiring, claimId, review, cancellationToken);
        return reviewed.Value is not null
            ? await ViewAsync(await ClaimAsync(claimId, cancellationToken), ScreenKeys.New(), "", null, cancellationToken)
            : await ViewAsync(await ClaimAsync(claimId, cancellationToken), review.IdempotencyKey, review.ReasonZh, reviewed.Problem, cancellationToken);
    }

    private async Task<HiringDecisionView> ViewAsync(ServiceAnswer<HiringClaim> claim, string key, string reason, ServiceProblem? problem, CancellationToken cancellationToken)
    {
        var view = new HiringDecisionView(claim, claim.Value is { } read ? (await desks.NamesAsync(cancellationToken)).Of(Apply.HiringDesk.DeskName, read.Kind) : "", key, reason, problem);
        return view with { Letter = await letters.ForAsync(ServiceDefaults.Clients.PlatformServices.Hiring, claim.Value?.ClaimId ?? "", view.Decided, cancellationToken) };
    }

    private Task<ServiceAnswer<HiringClaim>> ClaimAsync(string claimId, CancellationToken cancellationToken) =>
        calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, HiringClaim>("就业补贴",
            (client, options) => client.GetClaimAsync(new GetClaimRequest { ClaimId = claimId }, options).ResponseAsync, cancellationToken);
}
