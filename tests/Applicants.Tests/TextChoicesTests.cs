using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// 短信通知 a person chose: per kind of message (办理进展和结果, 补正, 公示, 岗位和求职, 免申即享), chosen in the hall or for
/// them at a counter, each choice recorded with when, by whom and the channel; a kind turned off is not texted but its
/// messages are still kept for 我的办事, while other kinds are texted as before. Nobody chooses for another person.
/// </summary>
public sealed class TextChoicesTests(TextingRegistry host) : IClassFixture<TextingRegistry>
{
    private static OutgoingMessage Message(string personId, string step, string titleZh) => new()
    {
        MessageId = "O-" + Guid.NewGuid().ToString("N"),
        PersonId = personId,
        RecordId = "T0193abcdef0" + Random.Shared.Next(10000, 99999),
        KindZh = "技能提升补贴",
        Step = step,
        TitleZh = titleZh,
        BodyZh = $"您的技能提升补贴{titleZh}。",
        At = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8))),
    };

    [Fact(Timeout = 60_000)]
    public async Task A_kind_the_person_turned_off_is_kept_for_the_hall_and_not_texted_and_the_other_kinds_still_are()
    {
        var person = (await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1992, 4, 7)), "冯短信"), RegistryHost.Clerk())).PersonId;
        var self = TestCallers.Person(person);
        var before = await host.Client.GetTextPreferencesAsync(new GetTextPreferencesRequest(), self);
        var chosen = await host.Client.SetTextPreferenceAsync(new SetTextPreferenceRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Category = MessageCategory.Notices, Texted = false,
        }, self);
        var texts = File.Exists(host.SmsOutbox) ? File.ReadAllLines(host.SmsOutbox).Length : 0;

        var notice = Message(person, "IN_NOTICE", "公示中");
        var paid = Message(person, "PAID", "已发放");
        await host.Client.DeliverMessagesAsync(new DeliverMessagesRequest { Messages = { notice, paid } }, TestCallers.Service("training-subsidies"));
        var kept = await host.Client.ListMyMessagesAsync(new ListMyMessagesRequest(), self);

        Assert.All(before.Preferences, p => Assert.True(p.Texted));
        Assert.Equal(["办理进展和结果", "补正通知", "公示通知", "岗位和求职", "免申即享告知"], before.Preferences.Select(p => p.NameZh));
        Assert.Equal("138****0000", before.PhoneMasked);
        var notices = Assert.Single(chosen.Preferences, p => p.Category == MessageCategory.Notices);
        Assert.Equal((false, person, Channel.Online), (notices.Texted, notices.ChangedBy, notices.Channel));
        Assert.NotNull(notices.ChangedAt);
        Assert.Equal([(notice.MessageId, false), (paid.MessageId, true)],
            kept.Messages.OrderBy(m => m.Message.Step == "PAID").Select(m => (m.Message.MessageId, m.Texted)));
        var sent = Assert.Single(File.ReadAllLines(host.SmsOutbox)[texts..]);
        Assert.Contains("已发放", sent, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_counter_records_the_choice_for_a_person_of_its_region_and_a_person_cannot_choose_for_another()
    {
        var person = (await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1992, 4, 8)), "陈窗口"), RegistryHost.Clerk())).PersonId;
        var other = (await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1992, 4, 9)), "褚旁人"), RegistryHost.Clerk())).PersonId;
        var counter = RegistryHost.Clerk();

        var chosen = await host.Client.SetTextPreferenceAsync(new SetTextPreferenceRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Person = new PersonKey { PersonId = person }, Category = MessageCategory.Jobs, Texted = false,
        }, counter);
        var forAnother = await Assert.ThrowsAsync<RpcException>(() => host.Client.SetTextPreferenceAsync(new SetTextPreferenceRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Person = new PersonKey { PersonId = other }, Category = MessageCategory.Decisions, Texted = false,
        }, TestCallers.Person(person)).ResponseAsync);
        var noKind = await Assert.ThrowsAsync<RpcException>(() => host.Client.SetTextPreferenceAsync(new SetTextPreferenceRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Category = MessageCategory.Unspecified, Texted = false,
        }, TestCallers.Person(person)).ResponseAsync);
        var theirs = await host.Client.GetTextPreferencesAsync(new GetTextPreferencesRequest(), TestCallers.Person(other));

        var jobs = Assert.Single(chosen.Preferences, p => p.Category == MessageCategory.Jobs);
        Assert.Equal((false, Channel.Counter), (jobs.Texted, jobs.Channel));
        Assert.Equal((StatusCode.NotFound, StatusCode.InvalidArgument), (forAnother.StatusCode, noKind.StatusCode));
        Assert.All(theirs.Preferences, p => Assert.True(p.Texted));
    }
}
