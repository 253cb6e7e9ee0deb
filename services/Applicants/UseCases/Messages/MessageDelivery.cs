using Employment.Applicants.Data;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Messaging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Applicants.V1;

namespace Employment.Applicants.UseCases.Messages;

/// <summary>
/// 消息 received from the services that own applications: each kept once (by sender and its own id, so a relay's
/// retry adds nothing), to a person or an employer the registry holds, identity numbers masked; then a person with a
/// phone is texted a short notice of it (never an identity number, never the amount), once it is stored, unless they
/// chose not to be texted about its kind (<see cref="TextChoices"/>). A text that
/// fails leaves the message in the hall, logged.
/// </summary>
/// <param name="sms">The SMS provider; none configured: messages are kept for the hall and none is texted.</param>
public sealed partial class MessageDelivery(ApplicantsDbContext db, TimeProvider time, ILogger<MessageDelivery> logger, ISmsSender? sms = null)
{
    public async Task<V1.DeliverMessagesResponse> DeliverAsync(V1.DeliverMessagesRequest request, Caller sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sender);
        var now = time.GetUtcNow();
        var checkedMessages = request.Messages.Select((m, i) => Checked(m, $"messages[{i}]")).ToList();
        var ids = checkedMessages.Select(m => m.MessageId).ToList();
        var known = await db.Messages.AsNoTracking().Where(m => m.Sender == sender.Subject && ids.Contains(m.SenderMessageId))
            .Select(m => m.SenderMessageId).ToListAsync(cancellationToken);
        var people = checkedMessages.Select(m => m.PersonId).Where(p => p.Length > 0).Distinct().ToList();
        var employers = checkedMessages.Select(m => m.EmployerId).Where(e => e.Length > 0).Distinct().ToList();
        // Only the id and phone of each addressee: a person's row carries far more than a text needs.
        var phones = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.Phone }).ToDictionaryAsync(p => p.Id, p => p.Phone, cancellationToken);
        var held = await db.Employers.AsNoTracking().Where(e => employers.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var added = new List<(MessageRecord Row, string Phone)>();
        var undeliverable = 0;
        foreach (var message in checkedMessages)
        {
            if (message.PersonId.Length > 0 && !phones.ContainsKey(message.PersonId)
                || message.EmployerId.Length > 0 && !held.Contains(message.EmployerId))
            {
                // Refusing the batch would hold every message behind this one in the sender's outbox for ever.
                undeliverable++;
                NoAddressee(logger, sender.Subject, message.MessageId);
                continue;
            }

            if (known.Contains(message.MessageId) || added.Any(a => a.Row.SenderMessageId == message.MessageId))
            {
                continue;
            }

            var row = new MessageRecord
            {
                Id = RecordIds.New("N"),
                Sender = sender.Subject,
                SenderMessageId = message.MessageId,
                PersonId = message.PersonId,
                EmployerId = message.EmployerId,
                RecordId = message.RecordId,
                KindZh = message.KindZh,
                Step = message.Step,
                TitleZh = message.TitleZh,
                BodyZh = IdMasking.MaskIdNumbersIn(message.BodyZh),
                At = message.At?.ToDateTimeOffset() ?? now,
                ReceivedAt = now,
            };
            db.Messages.Add(row);
            added.Add((row, message.PersonId.Length > 0 ? phones[message.PersonId] : ""));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Persistence.UniqueViolation.Is(e))
        {
            // Two copies relaying the same message at once: the other kept it, which is all that was asked.
            db.ChangeTracker.Clear();
            return new V1.DeliverMessagesResponse { AlreadyReceived = request.Messages.Count };
        }

        // 短信通知: a kind the person chose not to be texted about stays in the hall only.
        var untexted = await TextChoices.UntextedAsync(db, [.. added.Select(a => a.Row.PersonId).Where(p => p.Length > 0).Distinct()], cancellationToken);
        foreach (var (row, phone) in added.Where(a => a.Phone.Length > 0 && sms is not null
            && !(untexted.TryGetValue(a.Row.PersonId, out var chosen) && chosen.Contains(Domain.Messages.MessageCategories.Of(a.Row.Step)))))
        {
            await TextAsync(row, phone, cancellationToken);
        }

        return new V1.DeliverMessagesResponse { Received = added.Count, AlreadyReceived = checkedMessages.Count - added.Count - undeliverable, Undeliverable = undeliverable };
    }

    /// <summary>The SMS: what happened to which application and where to read more; no identity number, no amount.</summary>
    public static string SmsText(MessageRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return IdMasking.MaskIdNumbersIn($"【就业创业服务】您的{row.KindZh}（编号尾号 {Tail(row.RecordId)}）{row.TitleZh}。详情请登录网上办事“我的办事”查看。");
    }

    private async Task TextAsync(MessageRecord row, string phone, CancellationToken cancellationToken)
    {
        try
        {
            await sms!.SendAsync(phone, SmsText(row), cancellationToken);
            row.Texted = true;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or DbUpdateException)
        {
            NotTexted(logger, row.Id, e.GetType().Name);
        }
    }

    private static string Tail(string recordId) => recordId.Length > 6 ? recordId[^6..] : recordId;

    private static OutgoingMessage Checked(OutgoingMessage message, string field)
    {
        var id = PlainText.Check(message.MessageId, field + ".message_id", 64, "消息编号");
        if ((message.PersonId.Length > 0) == (message.EmployerId.Length > 0))
        {
            throw DomainRuleException.Invalid(field, "消息须写明一位收件人：person_id 或 employer_id，只能其一。");
        }

        PlainText.Check(message.TitleZh, field + ".title_zh", 64, "消息标题");
        PlainText.Check(message.BodyZh, field + ".body_zh", 500, "消息内容");
        PlainText.Check(message.KindZh, field + ".kind_zh", 64, "事项名称");
        PlainText.Check(message.Step, field + ".step", 32, "环节");
        var copy = message.Clone();
        copy.MessageId = id;
        return copy;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registry: message {MessageId} from {Sender} names no person or employer the registry holds; not kept")]
    private static partial void NoAddressee(ILogger logger, string sender, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registry: the SMS about message {MessageId} was not sent ({Reason}); it is in the hall")]
    private static partial void NotTexted(ILogger logger, string messageId, string reason);
}
