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
/// themself; the same key answers the same. The receiver must be an enabled counter clerk of the reviewer's office in
/// 工作人员名录 (the identity provider's accounts): a 工号 with no account, a disabled one, an auditor or a clerk of
/// another office is refused, and nothing moves.
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
        await StaffRecords.RecordAccountAsync(host.Registry, "JZ-STAYING-01");
        await StaffRecords.RecordAccountAsync(host.Registry, "JY-STAYING-01", officeRegion: "419001");
        var waiting = await TakenAsync(leaving);
        var approved = await DecideAsync(await TakenAsync(leaving), leaving, approve: true);
        var refused = await DecideAsync(await TakenAsync(leaving), leaving, approve: false);
        var key = Guid.NewGuid().ToString();

        var notAllowed = await Assert.ThrowsAsync<RpcException>(() => host.Cases.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-STAYING-01", key), TestCallers.Counter(clerk: "JZ-OTHER-01")).ResponseAsync);
        var toSelf = await Assert.ThrowsAsync<RpcException>(() => host.Cases.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-LEAVING-01", Guid.NewGuid().ToString()), TestCallers.Reviewer()).ResponseAsync);
        var elsewhere = await host.Cases.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JY-STAYING-01", Guid.NewGuid().ToString()), TestCallers.Reviewer("419001", "jy-reviewer"));
        var moved = await host.Cases.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-STAYING-01", key), TestCallers.Reviewer());
        var again = await host.Cases.HandOverWorkAsync(HandOver("JZ-LEAVING-01", "JZ-STAYING-01", key), TestCallers.Reviewer());

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

    [Fact(Timeout = 60_000)]
    public async Task Work_is_handed_only_to_an_enabled_counter_clerk_of_the_reviewers_office()
    {
        var leaving = TestCallers.Counter(clerk: "JZ-LEAVING-02");
        var waiting = await TakenAsync(leaving);
        await StaffRecords.RecordAccountAsync(host.Registry, "JZ-GONE-02", disabled: true);
        await StaffRecords.RecordAccountAsync(host.Registry, "JZ-AUDIT-02", role: "auditor");
        await StaffRecords.RecordAccountAsync(host.Registry, "JY-CLERK-02", officeRegion: "419001");
        await StaffRecords.RecordAccountAsync(host.Registry, "JZ-STAYING-02");

        async Task<string> RefusalFor(string to)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => host.Cases.HandOverWorkAsync(HandOver("JZ-LEAVING-02", to, Guid.NewGuid().ToString()), TestCallers.Reviewer()).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
            Assert.Contains("to_staff_id", refused.Said(), StringComparison.Ordinal);
            return refused.Status.Detail;
        }

        Assert.Contains("工号 JZ-NOBODY-02 没有工作人员账号", await RefusalFor("JZ-NOBODY-02"), StringComparison.Ordinal);
        Assert.Contains("工号 JZ-GONE-02 的账号已停用", await RefusalFor("JZ-GONE-02"), StringComparison.Ordinal);
        Assert.Contains("工号 JZ-AUDIT-02 不是窗口经办人员", await RefusalFor("JZ-AUDIT-02"), StringComparison.Ordinal);
        Assert.Contains("工号 JY-CLERK-02 是其他经办机构（419001）的工作人员", await RefusalFor("JY-CLERK-02"), StringComparison.Ordinal);
        var still = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = waiting.ApplicationId }, TestCallers.Counter());
        Assert.Equal("JZ-LEAVING-02", still.HandledBy);

        var moved = await host.Cases.HandOverWorkAsync(HandOver("JZ-LEAVING-02", "JZ-STAYING-02", Guid.NewGuid().ToString()), TestCallers.Reviewer());
        Assert.Equal([waiting.ApplicationId], moved.RecordIds);
    }
}
