using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 回避 over real gRPC, the registry judging the ties: a clerk whose registry record holds their 工号 may not take,
/// decide or review their own application nor one of their household, nor be handed one; another clerk may. The
/// refusal is PERMISSION_DENIED, says why in Chinese and leaves the application as it was.
/// </summary>
public sealed class RecusalTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    private Task<TrainingApplication> DecideAsync(TrainingApplication application, Metadata clerk) =>
        host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version,
            Approve = true,
        }, clerk).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task A_clerk_may_neither_take_nor_decide_their_own_application_another_clerk_may()
    {
        var own = await host.RegisterInsuredWorkerAsync(Issued);
        await StaffRecords.GiveStaffIdAsync(host.Registry, own, "JZ-SELF-01");
        var self = TestCallers.Counter(clerk: "JZ-SELF-01");

        var taking = await Assert.ThrowsAsync<RpcException>(() => host.Training.SubmitApplicationAsync(For(own, Issued, SkillLevel.L5), self).ResponseAsync);
        var taken = await host.Training.SubmitApplicationAsync(For(own, Issued, SkillLevel.L5), TestCallers.Counter(clerk: "JZ-COLLEAGUE-01"));
        var deciding = await Assert.ThrowsAsync<RpcException>(() => DecideAsync(taken, self));
        var decided = await DecideAsync(taken, TestCallers.Counter(clerk: "JZ-COLLEAGUE-02"));

        RecusalRefusal.AssertSays(taking, "按回避要求，您（工号 JZ-SELF-01）不能办理此培训补贴申请：所涉人员即经办人本人");
        RecusalRefusal.AssertSays(deciding, "所涉人员即经办人本人");
        Assert.Equal(ApplicationStatus.Approved, decided.Status);
        Assert.Equal(taken.Record.Version + 1, decided.Record.Version);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_clerk_of_the_applicants_household_may_not_review_the_approval_nor_be_handed_the_application()
    {
        var applicant = await host.RegisterInsuredWorkerAsync(Issued);
        await StaffRecords.SetHouseholdAsync(host.Registry, applicant, "HRECUSAL7");
        await StaffRecords.GiveStaffIdAsync(host.Registry, await host.RegisterInsuredWorkerAsync(Issued), "JZ-KIN-01", household: "HRECUSAL7");
        await StaffRecords.RecordAccountAsync(host.Registry, "JZ-KIN-01");
        var taken = await host.Training.SubmitApplicationAsync(For(applicant, Issued, SkillLevel.L3), TestCallers.Counter(clerk: "JZ-MAKER-07"));
        var awaiting = await DecideAsync(taken, TestCallers.Counter(clerk: "JZ-MAKER-07"));

        var reviewing = await Assert.ThrowsAsync<RpcException>(() => host.Cases.ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = awaiting.ApplicationId,
            ExpectedVersion = awaiting.Record.Version,
            Confirm = true,
        }, TestCallers.Reviewer(clerk: "JZ-KIN-01")).ResponseAsync);
        var handing = await Assert.ThrowsAsync<RpcException>(() => host.Cases.HandOverWorkAsync(new HandOverWorkRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            FromStaffId = "JZ-MAKER-07",
            ToStaffId = "JZ-KIN-01",
            ReasonZh = "休假",
        }, TestCallers.Reviewer()).ResponseAsync);
        var still = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = awaiting.ApplicationId }, TestCallers.Counter());

        Assert.Equal(ApplicationStatus.AwaitingReview, awaiting.Status);
        RecusalRefusal.AssertSays(reviewing, "与经办人同户（户号 HRECUSAL7）");
        RecusalRefusal.AssertSays(handing, "接手人（工号 JZ-KIN-01）不能接手移交的培训补贴申请");
        Assert.Equal((ApplicationStatus.AwaitingReview, "JZ-MAKER-07"), (still.Status, still.HandledBy));
    }
}
