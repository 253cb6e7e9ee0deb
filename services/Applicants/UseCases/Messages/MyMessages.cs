using Employment.Applicants.Data;
using Employment.Common.V1;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Applicants.V1;

namespace Employment.Applicants.UseCases.Messages;

/// <summary>
/// The signed-in person's messages, or for an employer's agent the employer's, newest first (of one application when
/// the request names it). The token alone decides whose.
/// </summary>
public sealed class MyMessages(ApplicantsDbContext db)
{
    public async Task<V1.ListMyMessagesResponse> ListAsync(V1.ListMyMessagesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(caller);
        var rows = scope.OwnEmployerId is { } employer ? db.Messages.AsNoTracking().Where(m => m.EmployerId == employer)
            : scope.OwnPersonId is { } person ? db.Messages.AsNoTracking().Where(m => m.PersonId == person)
            : throw RpcErrors.Denied("只有实名登录的本人或单位经办人可以查看自己的消息。 (a person's or employer's own messages)");
        var record = request.RecordId.Trim();
        if (record.Length > 0)
        {
            rows = rows.Where(m => m.RecordId == record);
        }

        var (page, next) = await NewestFirst.PageAsync(rows, m => m.Id, request.Page, cancellationToken);
        var answer = new V1.ListMyMessagesResponse { Page = next };
        answer.Messages.AddRange(page.Select(m => new ReceivedMessage
        {
            Message = new OutgoingMessage
            {
                MessageId = m.SenderMessageId,
                PersonId = m.PersonId,
                EmployerId = m.EmployerId,
                RecordId = m.RecordId,
                KindZh = m.KindZh,
                Step = m.Step,
                TitleZh = m.TitleZh,
                BodyZh = m.BodyZh,
                At = Timestamp.FromDateTimeOffset(m.At),
            },
            Sender = m.Sender,
            ReceivedAt = Timestamp.FromDateTimeOffset(m.ReceivedAt),
            Texted = m.Texted,
        }));
        return answer;
    }
}
