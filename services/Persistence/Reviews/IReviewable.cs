namespace Employment.Persistence.Reviews;

/// <summary>A stored decision that may need a second clerk's review (复核); the names are the columns'.</summary>
public interface IReviewable
{
    /// <summary>employment.common.v1.Citation of the configured amount that made this approval need review, serialised; null when none did.</summary>
    byte[]? ReviewThreshold { get; set; }

    /// <summary>The configured amount itself (fen), when a review was asked for.</summary>
    long? ReviewFromFen { get; set; }

    /// <summary>工号 of the reviewer of the last review.</summary>
    string? ReviewedBy { get; set; }

    DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The last review returned the approval to be decided again.</summary>
    bool ReviewReturned { get; set; }

    /// <summary>Why it was returned, or the reviewer's note.</summary>
    string ReviewReasonZh { get; set; }
}
