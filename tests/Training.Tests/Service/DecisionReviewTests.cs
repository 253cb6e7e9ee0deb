using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 复核 (maker-checker) over real gRPC: where the configuration asks for it by measure and amount (R3), an approval
/// waits for a second clerk of the office allowed to review, and the service refuses the clerk who decided.
/// </summary>
public sealed class DecisionReviewTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private async Task<TrainingApplication> ApprovedAsync(SkillLevel level, Metadata clerk)
    {
        var submitted = await host.Training.SubmitApplicationAsync(For(await host.RegisterInsuredWorkerAsync(Issued), Issued, level), clerk);
        return await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = submitted.ApplicationId,
            ExpectedVersion = submitted.Record.Version,
            Approve = true,
        }, clerk);
    }

    /// <summary>复核 through the shared contract, then the application as its service reads it after.</summary>
    private async Task<TrainingApplication> ReviewAsync(TrainingApplication application, Metadata reviewer, bool confirm, string reason = "")
    {
        var reviewed = await host.Cases.ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = application.ApplicationId,
            ExpectedVersion = application.Record.Version,
            Confirm = confirm,
            ReasonZh = reason,
        }, reviewer);
        var read = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = application.ApplicationId }, reviewer);
        Assert.Equal((int)read.Status, (int)reviewed.Status);
        Assert.Equal(read.Record.Version, reviewed.Record.Version);
        return read;
    }

    private Task<PaymentBatch> BatchAsync(TrainingApplication application) =>
        host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { application.ApplicationId },
        }, TestCallers.Counter()).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task An_approval_from_the_configured_amount_counts_only_once_another_clerk_allowed_to_review_confirms_it()
    {
        // A reviewer who decides is still the maker: the same clerk cannot do both.
        var maker = TestCallers.Reviewer(clerk: "clerk-maker");
        var approved = await ApprovedAsync(SkillLevel.L3, maker);

        Assert.Equal(ApplicationStatus.AwaitingReview, approved.Status);
        Assert.True(approved.Review.Required);
        Assert.Equal(TrainingHost.SampleSkillUpgradeReviewFromFen, approved.Review.FromAmount.Fen);
        Assert.Equal("R3", approved.Review.Threshold.RulingId);
        Assert.Equal(["clerk-maker"], approved.Review.DecidedBy);
        Assert.Equal(StatusCode.FailedPrecondition, (await Assert.ThrowsAsync<RpcException>(() => BatchAsync(approved))).StatusCode);

        var bySelf = await Assert.ThrowsAsync<RpcException>(() => ReviewAsync(approved, maker, confirm: true));
        Assert.Equal(StatusCode.PermissionDenied, bySelf.StatusCode);
        Assert.Contains("reason: REVIEW_BY_DECIDER", bySelf.Said(), StringComparison.Ordinal);
        var notAllowed = await Assert.ThrowsAsync<RpcException>(() => ReviewAsync(approved, TestCallers.Counter(clerk: "clerk-other"), confirm: true));
        Assert.Equal(StatusCode.PermissionDenied, notAllowed.StatusCode);
        Assert.Contains("reason: REVIEW_NOT_ALLOWED", notAllowed.Said(), StringComparison.Ordinal);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => ReviewAsync(approved, TestCallers.Reviewer("419001", "jy-reviewer"), confirm: true));
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);

        var confirmed = await ReviewAsync(approved, TestCallers.Reviewer(clerk: "clerk-checker"), confirm: true);

        Assert.Equal(ApplicationStatus.Approved, confirmed.Status);
        Assert.Equal("clerk-checker", confirmed.Review.ReviewedBy);
        Assert.False(confirmed.Review.Returned);
        Assert.NotNull(await BatchAsync(confirmed));
        var batched = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = confirmed.ApplicationId }, TestCallers.Counter());
        var again = await Assert.ThrowsAsync<RpcException>(() => ReviewAsync(batched, TestCallers.Reviewer(clerk: "clerk-third"), confirm: true));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_returned_approval_needs_a_reason_and_waits_to_be_decided_again()
    {
        var maker = TestCallers.Counter(clerk: "clerk-maker");
        var approved = await ApprovedAsync(SkillLevel.L3, maker);
        var reviewer = TestCallers.Reviewer(clerk: "clerk-checker");

        var silent = await Assert.ThrowsAsync<RpcException>(() => ReviewAsync(approved, reviewer, confirm: false));
        Assert.Equal(StatusCode.InvalidArgument, silent.StatusCode);
        Assert.Contains("field: reason_zh", silent.Said(), StringComparison.Ordinal);

        var returned = await ReviewAsync(approved, reviewer, confirm: false, "证书编号与原件不符，请核对");

        Assert.Equal(ApplicationStatus.Submitted, returned.Status);
        Assert.True(returned.Review.Returned);
        Assert.Equal("证书编号与原件不符，请核对", returned.Review.ReasonZh);
        var decidedAgain = await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = returned.ApplicationId,
            ExpectedVersion = returned.Record.Version,
            Approve = true,
        }, maker);
        Assert.Equal(ApplicationStatus.AwaitingReview, decidedAgain.Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_approval_below_the_configured_amount_needs_no_review()
    {
        var approved = await ApprovedAsync(SkillLevel.L4, TestCallers.Counter());

        Assert.Equal(ApplicationStatus.Approved, approved.Status);
        Assert.False(approved.Review.Required);
    }
}
