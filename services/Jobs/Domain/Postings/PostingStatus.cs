namespace Employment.Jobs.Domain.Postings;

/// <summary>The contract's PostingStatus numbers. Expired is not stored: it is Open past its last day.</summary>
public enum PostingStatus
{
    Open = 1,
    Withdrawn = 2,
    Expired = 3,
}
