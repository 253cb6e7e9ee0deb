using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>The registry on PostgreSQL texting through the development SMS outbox file, as a trial deployment does.</summary>
public sealed class TextingRegistry : RegistryHost
{
    private PostgresDatabase? _database;

    public string SmsOutbox { get; } = Path.Combine(Path.GetTempPath(), "registry-sms-" + Guid.NewGuid().ToString("N") + ".txt");

    protected override async Task<string[]> DatabaseArgumentsAsync()
    {
        _database = await PostgresDatabase.CreateAsync("applicants_messages");
        return [$"--ConnectionStrings:ApplicantsPostgres={_database.ConnectionString}", $"--Messages:SmsOutbox={SmsOutbox}"];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(SmsOutbox);
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>
/// 消息 kept by the registry for the hall: a service relays the messages of its applications' steps; each is kept once
/// by sender and message id (a relay sends at least once), the person is texted once without their identity number,
/// and only the person reads theirs; a message to someone the registry does not hold is set aside (counted, not kept)
/// without holding up the messages sent with it.
/// </summary>
public sealed class MessagesTests(TextingRegistry host) : IClassFixture<TextingRegistry>
{
    private static OutgoingMessage Received(string personId, string messageId, string idNumber) => new()
    {
        MessageId = messageId,
        PersonId = personId,
        RecordId = "T0193abcdef012345",
        KindZh = "技能提升补贴",
        Step = "RECEIVED",
        TitleZh = "已受理",
        BodyZh = $"您的技能提升补贴（申请编号 T0193abcdef012345，申请人 {idNumber}）已受理。",
        At = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8))),
    };

    [Fact(Timeout = 60_000)]
    public async Task A_relayed_message_is_kept_once_texted_once_without_the_identity_number_and_read_by_its_person_alone()
    {
        var idNumber = People.IdNumber(new DateOnly(1991, 3, 4));
        var person = await host.Client.RegisterPersonAsync(People.Register(idNumber, "周消息"), RegistryHost.Clerk());
        var other = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1991, 3, 5)), "吴旁人"), RegistryHost.Clerk());
        var training = TestCallers.Service("training-subsidies");
        var message = Received(person.PersonId, "O-" + Guid.NewGuid().ToString("N"), idNumber);
        var texts = File.Exists(host.SmsOutbox) ? File.ReadAllLines(host.SmsOutbox).Length : 0;

        var first = await host.Client.DeliverMessagesAsync(new DeliverMessagesRequest { Messages = { message } }, training);
        var again = await host.Client.DeliverMessagesAsync(new DeliverMessagesRequest { Messages = { message } }, training);
        var theirs = await host.Client.ListMyMessagesAsync(new ListMyMessagesRequest(), TestCallers.Person(person.PersonId));
        var others = await host.Client.ListMyMessagesAsync(new ListMyMessagesRequest(), TestCallers.Person(other.PersonId));

        Assert.Equal((1, 0), (first.Received, first.AlreadyReceived));
        Assert.Equal((0, 1), (again.Received, again.AlreadyReceived));
        var kept = Assert.Single(theirs.Messages);
        Assert.Equal(("training-subsidies", "已受理", true), (kept.Sender, kept.Message.TitleZh, kept.Texted));
        Assert.DoesNotContain(idNumber, kept.Message.BodyZh, StringComparison.Ordinal);
        Assert.Empty(others.Messages);
        var sent = File.ReadAllLines(host.SmsOutbox)[texts..];
        var text = Assert.Single(sent);
        Assert.Contains("13800000000", text, StringComparison.Ordinal);
        Assert.Contains("技能提升补贴", text, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[..6] + "********", text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_message_to_someone_the_registry_does_not_hold_is_set_aside_without_holding_up_the_rest_one_to_nobody_is_refused_and_only_services_relay()
    {
        var training = TestCallers.Service("training-subsidies");
        var person = (await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1991, 3, 6)), "郑收件"), RegistryHost.Clerk())).PersonId;
        var unknown = await host.Client.DeliverMessagesAsync(
            new DeliverMessagesRequest { Messages = { Received("P-nobody", "O-1", ""), Received(person, "O-1b", "") } }, training);
        var kept = await host.Client.ListMyMessagesAsync(new ListMyMessagesRequest(), TestCallers.Person(person));
        var nobody = Received("", "O-2", "");
        var toNobody = await Assert.ThrowsAsync<RpcException>(() => host.Client.DeliverMessagesAsync(new DeliverMessagesRequest { Messages = { nobody } }, training).ResponseAsync);
        var byAPerson = await Assert.ThrowsAsync<RpcException>(() => host.Client.DeliverMessagesAsync(
            new DeliverMessagesRequest { Messages = { Received("P-nobody", "O-3", "") } }, TestCallers.Person("P-nobody")).ResponseAsync);

        Assert.Equal((1, 1, 0), (unknown.Undeliverable, unknown.Received, unknown.AlreadyReceived));
        Assert.Equal(["O-1b"], kept.Messages.Select(m => m.Message.MessageId));
        Assert.Equal((StatusCode.InvalidArgument, StatusCode.PermissionDenied), (toNobody.StatusCode, byAPerson.StatusCode));
        Assert.Contains("messages[0]", toNobody.Said(), StringComparison.Ordinal);
    }
}
