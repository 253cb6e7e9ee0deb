namespace Employment.Applicants.Data;

/// <summary>
/// 消息: one message a service sent about a person's or an employer's application (table "messages"), kept once per
/// sender and the sender's own id, read in the hall by its addressee; whether an SMS was sent about it.
/// </summary>
public sealed class MessageRecord
{
    /// <summary>"N" and a time-ordered GUID: newest last in id order.</summary>
    public required string Id { get; set; }

    /// <summary>The service that sent it (its token's subject).</summary>
    public required string Sender { get; set; }

    public required string SenderMessageId { get; set; }

    public string PersonId { get; set; } = "";

    public string EmployerId { get; set; } = "";

    public string RecordId { get; set; } = "";

    public string KindZh { get; set; } = "";

    public string Step { get; set; } = "";

    public string TitleZh { get; set; } = "";

    public string BodyZh { get; set; } = "";

    /// <summary>When the step happened, as the sender said.</summary>
    public DateTimeOffset At { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public bool Texted { get; set; }
}
