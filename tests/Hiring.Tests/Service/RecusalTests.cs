using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 回避 of a claim over real gRPC, the registry judging the ties: a clerk the claim pays for may not take it, and a
/// clerk who acts for the claimant employer (经办人) may neither decide its items nor be handed it; another clerk may.
/// </summary>
public sealed class RecusalTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 7, 1);

    [Fact(Timeout = 60_000)]
    public async Task A_clerk_the_claim_pays_for_may_not_take_it_another_clerk_may()
    {
        var employer = await host.EmployerAsync();
        var hire = await host.YouthHiredByAsync(employer, Hired);
        await StaffRecords.GiveStaffIdAsync(host.Registry, hire, "JZ-HIRED-01");

        var taking = await Assert.ThrowsAsync<RpcException>(() =>
            host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(hire, Hired)), TestCallers.Counter(clerk: "JZ-HIRED-01")).ResponseAsync);
        var taken = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(hire, Hired)), TestCallers.Counter(clerk: "JZ-OTHER-11"));

        RecusalRefusal.AssertSays(taking, "您（工号 JZ-HIRED-01）不能办理此就业补贴申请：所涉人员即经办人本人");
        Assert.Equal(ClaimStatus.Submitted, taken.Status);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_clerk_acting_for_the_claimant_employer_may_neither_decide_its_items_nor_be_handed_the_claim()
    {
        var employer = await host.EmployerAsync(name: "回避测试有限公司");
        var agent = await StaffRecords.GiveStaffIdAsync(host.Registry, await host.YouthHiredByAsync(await host.EmployerAsync(), Hired), "JZ-AGENT-01");
        await StaffRecords.RecordAccountAsync(host.Registry, "JZ-AGENT-01");
        await host.Registry.GrantEmployerAgentAsync(new GrantEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = host.EmployerId(employer),
            Agent = new PersonKey { PersonId = agent.PersonId },
            ValidFrom = new CalendarDate { Year = 2020, Month = 1, Day = 1 },
            LetterReference = "授权书-回避-2",
        }, TestCallers.Counter());
        var claim = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(await host.YouthHiredByAsync(employer, Hired), Hired)), TestCallers.Counter(clerk: "JZ-TAKER-11"));
        var decide = new DecideClaimItemRequest { IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = claim.ClaimId, ExpectedVersion = claim.Record.Version, ItemNo = 1, Approve = true };

        var deciding = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.DecideClaimItemAsync(decide, TestCallers.Counter(clerk: "JZ-AGENT-01")).ResponseAsync);
        var handing = await Assert.ThrowsAsync<RpcException>(() => host.Cases.HandOverWorkAsync(new HandOverWorkRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            FromStaffId = "JZ-TAKER-11",
            ToStaffId = "JZ-AGENT-01",
            ReasonZh = "调岗",
        }, TestCallers.Reviewer()).ResponseAsync);
        decide.IdempotencyKey = Guid.NewGuid().ToString();
        var decided = await host.Hiring.DecideClaimItemAsync(decide, TestCallers.Counter(clerk: "JZ-TAKER-11"));

        RecusalRefusal.AssertSays(deciding, "经办人是所涉单位回避测试有限公司授权的经办人");
        RecusalRefusal.AssertSays(handing, "接手人（工号 JZ-AGENT-01）不能接手移交的就业补贴申请");
        Assert.Equal(ClaimStatus.Approved, decided.Status);
    }
}
