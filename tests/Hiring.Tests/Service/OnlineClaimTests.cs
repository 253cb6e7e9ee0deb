using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Clients;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 网上受理 (焦政办〔2023〕36号（十七）): an employer's agent claims its employer's kinds and a person their own, signed in,
/// judged by the same kinds and rules as at a counter, with the 申报材料 the catalog lists for the measure where the
/// claimant is registered (the launcher's sample lists, R3). The channel is kept with the claim; nobody claims for
/// another, and a file of the wrong type or a missing required one refuses the claim with nothing stored.
/// </summary>
public sealed class OnlineClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly March2023 = new(2023, 3, 1);

    private static readonly byte[] ScannedPdf = [.. "%PDF-1.7\n%scan of a labour contract\n"u8.ToArray(), .. Enumerable.Repeat((byte)0x20, 1024)];

    private static Material Contract(string fileName = "劳动合同.pdf", byte[]? content = null) =>
        new() { Kind = "labour_contract", FileName = fileName, Content = ByteString.CopyFrom(content ?? ScannedPdf) };

    /// <summary>The agent's claim as the hall sends it: the employer left to the token, the hire and the contract's scan.</summary>
    private async Task<(string EmployerId, SubmitClaimRequest Request)> AgentsAbsorptionAsync()
    {
        var creditCode = await host.EmployerAsync();
        var hired = await host.YouthHiredByAsync(creditCode, March2023);
        var request = Of(SubsidyKind.Absorption, creditCode, Hire(hired, March2023));
        request.Employer = null;
        request.Materials.Add(Contract());
        return (host.EmployerId(creditCode), request);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz36_17_an_agent_claims_its_employers_absorption_online_with_its_contract_and_the_clerk_reads_the_file()
    {
        var (employerId, request) = await AgentsAbsorptionAsync();
        var agent = TestCallers.EmployerAgent(employerId);

        var preview = await host.Hiring.PreviewClaimAsync(request, agent);
        var claim = await host.Hiring.SubmitClaimAsync(request, agent);
        var again = await host.Hiring.SubmitClaimAsync(request, agent);
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter());

        Assert.Equal((ClaimStatus.Preview, 100_000L), (preview.Status, preview.Total.Fen));
        Assert.Equal((ClaimStatus.Submitted, Channel.Online, employerId), (claim.Status, claim.Channel, claim.Employer.EmployerId));
        Assert.Equal(claim.ClaimId, again.ClaimId);
        Assert.Equal("410802", read.Region.Code);
        var file = Assert.Single(read.Materials);
        Assert.Equal(("labour_contract", "劳动合同", "劳动合同.pdf", "application/pdf"), (file.Kind, file.KindZh, file.FileName, file.ContentType));
        Assert.Equal(file, Assert.Single(claim.Materials));
        // The clerk of the claimant's region and the agent read it through the lifecycle's shared step; another office does not learn it exists.
        var opened = await host.Cases.GetMaterialAsync(new GetMaterialRequest { SubsidyService = PlatformServices.Hiring, RecordId = claim.ClaimId, MaterialId = file.MaterialId }, TestCallers.Counter());
        Assert.Equal(ScannedPdf, opened.Content.ToByteArray());
        Assert.Equal(file, (await host.Cases.GetMaterialAsync(new GetMaterialRequest { SubsidyService = PlatformServices.Hiring, RecordId = claim.ClaimId, MaterialId = file.MaterialId }, agent)).Info);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetMaterialAsync(
            new GetMaterialRequest { SubsidyService = PlatformServices.Hiring, RecordId = claim.ClaimId, MaterialId = file.MaterialId }, TestCallers.Counter("419001")).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task R3_a_required_material_missing_or_a_file_not_what_its_name_says_refuses_the_claim_and_stores_nothing()
    {
        var (employerId, request) = await AgentsAbsorptionAsync();
        var agent = TestCallers.EmployerAgent(employerId);
        var before = (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Page = new PageRequest { PageSize = 500 } }, agent)).Claims.Count;

        var withoutContract = request.Clone();
        withoutContract.Materials.Clear();
        var missing = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(withoutContract, agent).ResponseAsync);
        var renamed = request.Clone();
        renamed.Materials[0] = Contract("劳动合同.jpg");
        var misnamed = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(renamed, agent).ResponseAsync);
        var word = request.Clone();
        word.Materials[0] = Contract("劳动合同.docx", "PK\u0003\u0004word"u8.ToArray());
        var notAScan = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(word, agent).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
        Assert.Contains("请上传劳动合同", missing.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, misnamed.StatusCode);
        Assert.Contains("与文件名不符", misnamed.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, notAScan.StatusCode);
        Assert.Contains("不是 PDF、JPG 或 PNG 文件", notAScan.Said(), StringComparison.Ordinal);
        Assert.Equal(before, (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Page = new PageRequest { PageSize = 500 } }, agent)).Claims.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz36_17_nobody_claims_online_for_another_an_agent_for_another_employer_a_person_for_an_employers_kind_or_a_back_dated_receipt()
    {
        var (employerId, request) = await AgentsAbsorptionAsync();
        var other = await host.EmployerAsync(name: "焦作另一家有限公司");
        var forAnother = request.Clone();
        forAnother.Employer = new EmployerKey { CreditCode = other };
        var backDated = request.Clone();
        backDated.ReceivedOn = HiringHost.Date(March2023);

        var another = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(forAnother, TestCallers.EmployerAgent(employerId)).ResponseAsync);
        var person = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Person("P-someone")).ResponseAsync);
        var dated = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(backDated, TestCallers.EmployerAgent(employerId)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, another.StatusCode);
        Assert.Contains("网上申请只能为本单位办理", another.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, person.StatusCode);
        Assert.Contains("由单位申请：请以单位经办人身份登录", person.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, dated.StatusCode);
        Assert.Contains("网上申请以提交之日为受理日期", dated.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz36_10_a_person_claims_the_flexible_workers_subsidy_for_themself_online_and_never_for_another()
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var worker = await host.PersonLivingInAsync("410823", new DateOnly(1975, 1, 1), FlexibleWorkerClaimTests.HardToEmploy(new DateOnly(2022, 1, 1)));
        var stranger = await host.PersonLivingInAsync("410823", new DateOnly(1976, 1, 1), FlexibleWorkerClaimTests.HardToEmploy(new DateOnly(2022, 1, 1)));
        var own = FlexibleWorkerClaimTests.Claim(worker, new DateOnly(2024, 1, 1), 3);
        own.FlexibleWorker.PersonIdNumber = "";
        var me = TestCallers.Person(host.PersonId(worker));

        var claim = await host.Hiring.SubmitClaimAsync(own, me);
        var someoneElse = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(FlexibleWorkerClaimTests.Claim(stranger, new DateOnly(2024, 1, 1), 3), me).ResponseAsync);
        var asAgent = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(own, TestCallers.EmployerAgent("E-any")).ResponseAsync);

        Assert.Equal((ClaimStatus.Submitted, Channel.Online, "410802"), (claim.Status, claim.Channel, claim.Region.Code));
        Assert.Equal(3 * 30_000, claim.Total.Fen);
        Assert.Equal(StatusCode.PermissionDenied, someoneElse.StatusCode);
        Assert.Contains("网上申请只能为本人办理", someoneElse.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, asAgent.StatusCode);
        Assert.Contains("由本人申请：请以个人身份登录", asAgent.Said(), StringComparison.Ordinal);
    }

    private static WithdrawRequest Withdrawal(string claimId, string reason = "") =>
        new() { SubsidyService = PlatformServices.Hiring, IdempotencyKey = Guid.NewGuid().ToString(), Reference = claimId, ReasonZh = reason };

    [Fact(Timeout = 60_000)]
    public async Task R9_an_agent_withdraws_an_undecided_claim_which_frees_its_person_for_a_new_claim_and_a_decided_one_stays()
    {
        var (employerId, request) = await AgentsAbsorptionAsync();
        var agent = TestCallers.EmployerAgent(employerId);
        var claim = await host.Hiring.SubmitClaimAsync(request, agent);
        Assert.True(Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), agent)).Records, r => r.Reference == claim.ClaimId).Withdrawable);

        var stranger = await Assert.ThrowsAsync<RpcException>(() => host.Cases.WithdrawAsync(Withdrawal(claim.ClaimId), TestCallers.EmployerAgent("E-someone-else")).ResponseAsync);
        var withdrawn = await host.Cases.WithdrawAsync(Withdrawal(claim.ClaimId), agent);
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter());

        Assert.Equal(StatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(("WITHDRAWN", "已撤回", true, false), (withdrawn.State, withdrawn.StateZh, withdrawn.Closed, withdrawn.Withdrawable));
        Assert.Equal("申请人撤回", withdrawn.History.Last().NoteZh);
        Assert.Equal(ClaimStatus.Withdrawn, read.Status);
        Assert.All(read.Items, i => Assert.Equal(ClaimStatus.Withdrawn, i.Status));
        // R9: the person one 吸纳 may pay for once is free again, so the employer claims for them anew.
        request.IdempotencyKey = Guid.NewGuid().ToString();
        var again = await host.Hiring.SubmitClaimAsync(request, agent);
        Assert.Equal(ClaimStatus.Submitted, again.Status);

        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = again.ClaimId, ExpectedVersion = again.Record.Version, ItemNo = 1, Approve = true,
        }, TestCallers.Counter());
        var decided = await Assert.ThrowsAsync<RpcException>(() => host.Cases.WithdrawAsync(Withdrawal(again.ClaimId), agent).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, decided.StatusCode);
        Assert.Contains("只有尚未审核的申请可以撤回", decided.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_counter_withdraws_a_claim_of_its_region_on_the_claimants_written_request_with_the_reason_the_claimant_reads()
    {
        var creditCode = await host.EmployerAsync();
        var claim = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, creditCode, Hire(await host.YouthHiredByAsync(creditCode, March2023), March2023)), TestCallers.Counter());

        var unexplained = await Assert.ThrowsAsync<RpcException>(() => host.Cases.WithdrawAsync(Withdrawal(claim.ClaimId), TestCallers.Counter()).ResponseAsync);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Cases.WithdrawAsync(Withdrawal(claim.ClaimId, "单位书面申请撤回"), TestCallers.Counter("419001")).ResponseAsync);
        var withdrawn = await host.Cases.WithdrawAsync(Withdrawal(claim.ClaimId, "单位 2024 年 6 月 3 日书面申请撤回"), TestCallers.Counter());

        Assert.Equal(StatusCode.InvalidArgument, unexplained.StatusCode);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("WITHDRAWN", withdrawn.State);
        Assert.Equal("窗口代为撤回：单位 2024 年 6 月 3 日书面申请撤回", withdrawn.History.Last().NoteZh);
    }
}
