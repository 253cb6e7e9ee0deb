using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// 纠错: a person disputes a fact the registry holds about them, with what is wrong and a photo of the evidence; it
/// waits in the queue of their region's clerks, who settle it only once the fact is corrected through the existing
/// correction (the old value kept in the audit trail) or refuse it with a reason; the person is told in 我的办事 either
/// way. Another person's fact, a second dispute of a waiting one and a settlement from another region are refused,
/// nothing half-written.
/// </summary>
public sealed class FactDisputesTests(TextingRegistry host) : IClassFixture<TextingRegistry>
{
    private static readonly byte[] Photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private async Task<(string Person, PersonFact Fact)> UnemployedAsync(DateOnly born, string name)
    {
        var person = (await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(born), name), RegistryHost.Clerk())).PersonId;
        var fact = await host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.UnemploymentRegistration,
                Period = new DatePeriod { From = new CalendarDate { Year = 2024, Month = 3, Day = 1 }, Until = new CalendarDate { Year = 2024, Month = 4, Day = 1 } },
                Authority = "焦作市解放区公共就业服务中心",
            },
        }, RegistryHost.Clerk());
        return (person, fact);
    }

    private Task<FactDispute> DisputeAsync(string person, string factId) =>
        host.Client.DisputeFactAsync(new DisputeFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            FactId = factId,
            WhatIsWrongZh = "我 2024 年 6 月才重新就业，失业登记不应在 4 月 1 日注销。",
            Evidence = { new Material { Kind = "evidence", FileName = "劳动合同.png", Content = ByteString.CopyFrom(Photo) } },
        }, TestCallers.Person(person)).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task A_disputed_fact_waits_for_its_regions_clerk_who_settles_it_once_corrected_and_the_person_is_told()
    {
        var (person, fact) = await UnemployedAsync(new DateOnly(1993, 5, 1), "蒋纠错");
        var filed = await DisputeAsync(person, fact.FactId);
        var twice = await Assert.ThrowsAsync<RpcException>(() => DisputeAsync(person, fact.FactId));
        var queue = await host.Client.ListFactDisputesAsync(new ListFactDisputesRequest(), RegistryHost.Clerk());
        var elsewhere = await host.Client.ListFactDisputesAsync(new ListFactDisputesRequest(), TestCallers.Counter("419001"));
        var early = await Assert.ThrowsAsync<RpcException>(() => host.Client.SettleFactDisputeAsync(new SettleFactDisputeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), DisputeId = filed.DisputeId, Corrected = true,
        }, RegistryHost.Clerk()).ResponseAsync);
        var fromJiyuan = await Assert.ThrowsAsync<RpcException>(() => host.Client.SettleFactDisputeAsync(new SettleFactDisputeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), DisputeId = filed.DisputeId, Corrected = false, ReasonZh = "不符",
        }, TestCallers.Counter("419001")).ResponseAsync);

        await host.Client.CorrectPersonFactAsync(new CorrectPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person, FactId = fact.FactId, ExpectedVersion = fact.Record.Version,
            Corrected = new PersonFact
            {
                Kind = PersonFactKind.UnemploymentRegistration,
                Period = new DatePeriod { From = new CalendarDate { Year = 2024, Month = 3, Day = 1 }, Until = new CalendarDate { Year = 2024, Month = 6, Day = 10 } },
                Authority = "焦作市解放区公共就业服务中心",
            },
            ReasonZh = "本人申请纠错，核对劳动合同后更正注销日期",
        }, RegistryHost.Clerk("clerk-dispute"));
        var settled = await host.Client.SettleFactDisputeAsync(new SettleFactDisputeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), DisputeId = filed.DisputeId, Corrected = true, ReasonZh = "失业登记注销日期已更正为 2024-06-10",
        }, RegistryHost.Clerk("clerk-dispute"));
        var told = await host.Client.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = filed.DisputeId }, TestCallers.Person(person));
        var own = await host.Client.ListFactDisputesAsync(new ListFactDisputesRequest(), TestCallers.Person(person));

        Assert.Equal((FactDisputeState.Open, "失业登记", Channel.Online), (filed.State, filed.FactKindZh, filed.Channel));
        Assert.Equal("2024-03-01 至 2024-04-01，焦作市解放区公共就业服务中心", filed.FactSummaryZh);
        Assert.Equal(("evidence", "image/png"), (Assert.Single(filed.Evidence).Kind, filed.Evidence[0].ContentType));
        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Contains(queue.Disputes, d => d.DisputeId == filed.DisputeId && d.PersonName == "蒋纠错");
        Assert.DoesNotContain(elsewhere.Disputes, d => d.DisputeId == filed.DisputeId);
        Assert.Equal((StatusCode.FailedPrecondition, StatusCode.NotFound), (early.StatusCode, fromJiyuan.StatusCode));
        Assert.Contains("请先在该人员的登记信息中更正", early.Status.Detail, StringComparison.Ordinal);
        Assert.Equal((FactDisputeState.Corrected, "clerk-dispute"), (settled.State, settled.SettledBy));
        var message = Assert.Single(told.Messages).Message;
        Assert.Equal("登记信息已更正", message.TitleZh);
        Assert.Contains("可以在网上办事重新申请", message.BodyZh, StringComparison.Ordinal);
        Assert.Equal(FactDisputeState.Corrected, Assert.Single(own.Disputes, d => d.DisputeId == filed.DisputeId).State);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_refusal_needs_its_reason_and_tells_the_person_and_nobody_disputes_another_persons_fact()
    {
        var (person, fact) = await UnemployedAsync(new DateOnly(1993, 5, 2), "沈拒绝");
        var (other, _) = await UnemployedAsync(new DateOnly(1993, 5, 3), "韩旁人");
        var filed = await DisputeAsync(person, fact.FactId);
        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => DisputeAsync(other, fact.FactId));
        var noReason = await Assert.ThrowsAsync<RpcException>(() => host.Client.SettleFactDisputeAsync(new SettleFactDisputeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), DisputeId = filed.DisputeId, Corrected = false,
        }, RegistryHost.Clerk()).ResponseAsync);
        var refused = await host.Client.SettleFactDisputeAsync(new SettleFactDisputeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), DisputeId = filed.DisputeId, Corrected = false, ReasonZh = "就业登记记录显示 2024 年 4 月 1 日已就业",
        }, RegistryHost.Clerk());
        var told = await host.Client.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = filed.DisputeId }, TestCallers.Person(person));

        Assert.Equal((StatusCode.NotFound, StatusCode.InvalidArgument), (notTheirs.StatusCode, noReason.StatusCode));
        Assert.Equal(FactDisputeState.Refused, refused.State);
        Assert.Contains("不予更正：就业登记记录显示 2024 年 4 月 1 日已就业。", Assert.Single(told.Messages).Message.BodyZh, StringComparison.Ordinal);
    }
}
