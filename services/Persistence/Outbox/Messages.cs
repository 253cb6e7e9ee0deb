using Employment.Common.V1;
using Google.Protobuf.WellKnownTypes;

namespace Employment.Persistence.Outbox;

/// <summary>A message to one addressee (a person or an employer) about one record's step, its text bounded as the registry keeps it.</summary>
public static class Messages
{
    /// <summary>The longest text the registry keeps (<c>OutgoingMessage.body_zh</c>).</summary>
    private const int BodyLength = 500;

    public static OutgoingMessage To(string personId, string employerId, string recordId, string kindZh, string step, string titleZh, DateTimeOffset at, string bodyZh)
    {
        ArgumentNullException.ThrowIfNull(bodyZh);
        return new OutgoingMessage
        {
            PersonId = personId ?? "",
            EmployerId = employerId ?? "",
            RecordId = recordId,
            KindZh = kindZh,
            Step = step,
            TitleZh = titleZh,
            BodyZh = bodyZh.Length > BodyLength ? bodyZh[..(BodyLength - 1)] + "…" : bodyZh,
            At = Timestamp.FromDateTimeOffset(at),
        };
    }
}
