using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 稽核 (焦政办〔2023〕36号 closing clause: 健全风险防控机制): an auditor, bound to a region like a counter,
/// reads every claim item of the region received in a period in the shape every subsidy service exports,
/// with the facts an audit compares (the person, the whole payment account, who entered and who decided),
/// and changes nothing: the write RPCs refuse the auditor role.
/// </summary>
public sealed class AuditExportTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 7, 1);

    private async Task<List<AuditedItem>> ExportAsync(Metadata caller, string region)
    {
        var today = host.Today;
        using var call = host.Oversight.ExportForAudit(new AuditExportRequest
        {
            Region = new RegionCode { Code = region },
            Received = new DatePeriod { From = HiringHost.Date(today.AddDays(-1)), Until = HiringHost.Date(today) },
            PageSize = 1,
        }, caller);
        var items = new List<AuditedItem>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            Assert.InRange(page.Items.Count, 1, 1);
            items.AddRange(page.Items);
        }

        return items;
    }

    /// <remarks>
    /// The figures count by what the export says of each item: how it was received, the day it was decided (办结) and
    /// the groups (人员类别) the rules found the person in — the category checks that passed in its explanation.
    /// </remarks>
    [Fact(Timeout = 60_000)]
    public async Task An_auditor_reads_each_item_of_the_regions_claims_with_who_entered_and_decided_it_and_the_whole_account()
    {
        var employer = await host.EmployerAsync();
        var young = await host.YouthHiredByAsync(employer, Hired);
        var other = await host.YouthHiredByAsync(employer, Hired);
        var claim = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, employer, Hire(young, Hired), Hire(other, Hired)), TestCallers.Counter(clerk: "clerk-entering"));
        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = claim.ClaimId,
            ExpectedVersion = claim.Record.Version,
            ItemNo = 1,
            Approve = true,
        }, TestCallers.Counter(clerk: "clerk-deciding"));

        var items = (await ExportAsync(TestCallers.Auditor("410800"), "410800")).Where(i => i.Reference == claim.ClaimId).ToList();

        Assert.Equal([1, 2], items.Select(i => i.ItemNo));
        var first = items[0];
        Assert.Equal("hiring-subsidies", first.Service);
        Assert.Equal("hiring.expansion", first.Measure);
        Assert.Equal("一次性扩岗补助", first.MeasureZh);
        Assert.Equal(host.PersonId(young), first.PersonId);
        Assert.Equal(host.PersonId(other), items[1].PersonId);
        Assert.Equal(AuditedStatus.Approved, first.Status);
        Assert.Equal(AuditedStatus.Submitted, items[1].Status);
        Assert.Equal("clerk-entering", first.EnteredBy);
        Assert.Equal("clerk-deciding", first.DecidedBy);
        Assert.Equal("", items[1].DecidedBy);
        Assert.Equal("6222000000000000001", first.PaymentAccount);
        Assert.Equal(employer, first.EmployerCreditCode);
        Assert.Equal(HiringHost.Date(Hired), first.EventDate);
        Assert.Equal(HiringHost.Date(host.Today), first.ReceivedOn);
        Assert.Equal(100_000, first.Amount.Fen);
        Assert.Equal([Channel.Counter, Channel.Counter], items.Select(i => i.Channel));
        Assert.Equal(first.ReceivedOn, first.DecidedOn); // decided the day it was received
        Assert.Null(items[1].DecidedOn);
        Assert.Contains("registered_unemployed_youth", first.Groups); // 登记失业的16至24岁青年, as decided on the contract start
        Assert.Equal(first.Groups, items[1].Groups); // judged alike when the claim was taken, decided or not
    }

    [Fact(Timeout = 60_000)]
    public async Task A_Jiyuan_auditor_never_reads_Jiaozuo_claims_and_an_auditor_changes_nothing()
    {
        var employer = await host.EmployerAsync();
        var claim = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer, Hire(await host.YouthHiredByAsync(employer, Hired), Hired)), TestCallers.Counter());
        var jiyuan = TestCallers.Auditor("419001");

        var askedForJiaozuo = await Assert.ThrowsAsync<RpcException>(() => ExportAsync(jiyuan, "410800"));
        var own = await ExportAsync(jiyuan, "419001");
        var read = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, jiyuan).ResponseAsync);
        var readByJiaozuo = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Auditor("410800"));
        var decide = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = claim.ClaimId,
            ExpectedVersion = claim.Record.Version,
            ItemNo = 1,
            Approve = true,
        }, TestCallers.Auditor("410800")).ResponseAsync);
        var unbound = await Assert.ThrowsAsync<RpcException>(() => ExportAsync(TestCallers.For(new Employment.ServiceDefaults.Security.Caller(
            Employment.ServiceDefaults.Security.CallerRole.Auditor, "auditor-without-region")), "410800"));

        Assert.Equal(StatusCode.PermissionDenied, askedForJiaozuo.StatusCode);
        Assert.Contains("410800", askedForJiaozuo.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(own, i => i.Reference == claim.ClaimId);
        Assert.Equal(StatusCode.NotFound, read.StatusCode);
        Assert.Equal(claim.ClaimId, readByJiaozuo.ClaimId);
        Assert.Equal(StatusCode.PermissionDenied, decide.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, unbound.StatusCode);
        Assert.Contains("稽核", unbound.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_period_ending_before_it_starts_is_INVALID_ARGUMENT_naming_the_field()
    {
        using var call = host.Oversight.ExportForAudit(new AuditExportRequest
        {
            Region = new RegionCode { Code = "410800" },
            Received = new DatePeriod { From = HiringHost.Date(new DateOnly(2024, 2, 1)), Until = HiringHost.Date(new DateOnly(2024, 1, 31)) },
        }, TestCallers.Auditor());

        var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("received.until", refused.Said(), StringComparison.Ordinal);
    }
}
