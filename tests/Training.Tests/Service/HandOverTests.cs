using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 移交 over real gRPC: the office's reviewer hands the applications a departing clerk handles and that still wait on
/// a clerk (已受理, 审核通过 and unpaid) to another clerk, who is then their 经办人; a refused one keeps its clerk; a clerk
/// not allowed to review may not, a reviewer of another office moves nothing of this one, a clerk cannot be handed to
/// themself; the same key answers the same.
/// </summary>
public sealed class HandOverTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private async Task<TrainingApplication> TakenAsync(Metadata clerk) =>
        await host.Training.SubmitApplicationAsync(For(await host.RegisterInsuredWorkerAsync(Issued), Issued, SkillLevel.L5), clerk);

    private Task<TrainingApplication> DecideAsync(TrainingApplication application, Metadata clerk, bool approve) =>
        host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version,
            Approve = approve,
            ReasonZh = approve ? "" : "证书与申请人不符",
        }, clerk).ResponseAsync;

    private static HandOverWorkRequest HandOver(string from, string to, string key) =>
        new() { IdempotencyKey = key, FromStaffId = from, ToStaffId = to, ReasonZh = "调岗" };

    [Fact(Timeout = 60_000)]
    public async Task The_offices_reviewer_hands_a_clerks_waiting_applications_to_another_clerk()
    {
        var leaving = TestCallers.Counter(clerk: "JZ-LEAVING-01");
        var waiting = await TakenAsync(leaving);
        var approved = await DecideAsync(await TakenAsync(leaving), leaving, approve: true);
        var refused = await DecideAsync(await TakenAsync(leaving), leaving, approve: false);
        var key = Guid.NewGuid().ToString();

        var notAllowed = await Assert.ThrowsAsync<RpcException>(() => host.Training.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-STAYING-01", key), TestCallers.Counter(clerk: "JZ-OTHER-01")).ResponseAsync);
        var toSelf = await Assert.ThrowsAsync<RpcException>(() => host.Training.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-LEAVING-01", Guid.NewGuid().ToString()), TestCallers.Reviewer()).ResponseAsync);
        var elsewhere = await host.Training.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JY-STAYING-01", Guid.NewGuid().ToString()), TestCallers.Reviewer("419001", "jy-reviewer"));
        var moved = await host.Training.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-STAYING-01", key), TestCallers.Reviewer());
        var again = await host.Training.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-STAYING-01", key), TestCallers.Reviewer());

        Assert.Equal(StatusCode.PermissionDenied, notAllowed.StatusCode);
        Assert.Contains("reason: HANDOVER_NOT_ALLOWED", notAllowed.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, toSelf.StatusCode);
        Assert.Contains("to_staff_id", toSelf.Said(), StringComparison.Ordinal);
        Assert.Equal(0, elsewhere.HandedOver);
        Assert.Equal(new[] { waiting.ApplicationId, approved.ApplicationId }.Order(StringComparer.Ordinal), moved.RecordIds.Order(StringComparer.Ordinal));
        Assert.Equal(moved, again);
        async Task<string> HandlerOf(TrainingApplication a) =>
            (await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = a.ApplicationId }, TestCallers.Counter())).HandledBy;
        Assert.Equal("JZ-STAYING-01", await HandlerOf(waiting));
        Assert.Equal("JZ-STAYING-01", await HandlerOf(approved));
        Assert.Equal("JZ-LEAVING-01", await HandlerOf(refused));
    }
}
