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

/// <summary>
/// 短信通知: one choice of whether a kind of message is texted to a person (table "text_preferences"), kept as made, so the
/// person's latest choice per kind is in force and every earlier one stays with when, by whom and through which channel.
/// </summary>
public sealed class TextPreferenceRecord
{
    /// <summary>"Q" and a time-ordered GUID: the latest choice last in id order.</summary>
    public required string Id { get; set; }

    public required string PersonId { get; set; }

    /// <summary>An employment.applicants.v1.MessageCategory number.</summary>
    public int Category { get; set; }

    public bool Texted { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The person themself (their registry id) or the clerk's 工号.</summary>
    public string By { get; set; } = "";

    /// <summary>An employment.common.v1.Channel number: 窗口 (1) or 网上 (2).</summary>
    public int Channel { get; set; }
}

/// <summary>
/// 纠错: a person's dispute of a fact the registry holds about them (table "fact_disputes"): what they say is wrong, when
/// and how it came, and how a clerk of their region settled it. The evidence is in "materials" under the dispute's id.
/// </summary>
public sealed class FactDisputeRecord
{
    /// <summary>"D" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string FactId { get; set; }

    public required string PersonId { get; set; }

    /// <summary>The region whose clerks settle it: where the person lives (or their household's, when no residence is recorded).</summary>
    public required string Region { get; set; }

    /// <summary>What the fact is and said when disputed, as the queue shows it.</summary>
    public string FactKindZh { get; set; } = "";

    public string FactSummaryZh { get; set; } = "";

    public string WhatIsWrongZh { get; set; } = "";

    public DateTimeOffset FiledAt { get; set; }

    /// <summary>An employment.common.v1.Channel number.</summary>
    public int Channel { get; set; }

    /// <summary>An employment.applicants.v1.FactDisputeState number.</summary>
    public int State { get; set; }

    public string SettledZh { get; set; } = "";

    public string SettledBy { get; set; } = "";

    public DateTimeOffset? SettledAt { get; set; }

    /// <summary>Set while the dispute waits: one open dispute per fact (a unique index).</summary>
    public string? OpenFactId { get; set; }
}
