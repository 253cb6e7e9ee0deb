using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 申诉 of a hiring claim (SubsidyCases.FileAppeal, SettleAppeal): set aside, its refused items are 已受理 again and hold
/// their person again (R9) — so the database refuses to set it aside while another claim holds the person, and once it
/// is set aside another employer's claim for the person names it.
/// </summary>
public sealed class AppealTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 5, 1);

    private static DecideClaimItemRequest Refuse(HiringClaim claim, long version) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = claim.ClaimId, ExpectedVersion = version, ItemNo = 1, Approve = false, ReasonZh = "劳动合同复印件与原件不符",
    };

    private static SettleAppealRequest SetAside(string appealId) => new()
    {
        AppealId = appealId, IdempotencyKey = Guid.NewGuid().ToString(), SetAside = true, FindingsZh = "单位补交劳动合同原件，与复印件一致，原决定认定有误。",
    };

    [Fact(Timeout = 90_000)]
    public async Task R9_a_refusal_set_aside_on_appeal_holds_its_person_again_and_cannot_be_set_aside_while_another_claim_holds_them()
    {
        var first = await host.EmployerAsync();
        var second = await host.EmployerAsync(name: "焦作示例商贸有限公司");
        var youth = await host.YouthHiredByAsync(first, Hired);
        await host.AlsoInsuredByAsync(youth, second, Hired.AddMonths(1));
        var deciding = TestCallers.Counter(clerk: "JZ-APPEAL-11");
        var claim = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, first, Hire(youth, Hired)), deciding);
        await host.Hiring.DecideClaimItemAsync(Refuse(claim, claim.Record.Version), deciding);
        var appeal = await host.Cases.FileAppealAsync(new FileAppealRequest
        {
            Reference = claim.ClaimId, IdempotencyKey = Guid.NewGuid().ToString(), ReasonsZh = "单位书面申诉：劳动合同原件可供核对。",
        }, TestCallers.Counter(clerk: "JZ-APPEAL-12"));
        var meanwhile = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, second, Hire(youth, Hired.AddMonths(1))), TestCallers.Counter());

        var held = await Assert.ThrowsAsync<RpcException>(() => host.Cases.SettleAppealAsync(SetAside(appeal.AppealId), TestCallers.Counter(clerk: "JZ-APPEAL-12")).ResponseAsync);
        await host.Hiring.DecideClaimItemAsync(Refuse(meanwhile, meanwhile.Record.Version), TestCallers.Counter());
        var settled = await host.Cases.SettleAppealAsync(SetAside(appeal.AppealId), TestCallers.Counter(clerk: "JZ-APPEAL-12"));
        var reopened = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter());
        var another = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, second, Hire(youth, Hired.AddMonths(1))), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, held.StatusCode);
        Assert.Contains("已由其他申请享受", held.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(AppealState.SetAside, settled.State);
        Assert.Equal((ClaimStatus.Submitted, ClaimStatus.Submitted), (reopened.Status, reopened.Items.Single().Status));
        Assert.Equal(StatusCode.AlreadyExists, another.StatusCode);
        Assert.Contains(claim.ClaimId, another.Said(), StringComparison.Ordinal);
    }
}
