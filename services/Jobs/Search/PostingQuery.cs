using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Paging;

namespace Employment.Jobs.Search;

/// <summary>
/// A search: free text (empty = browse, newest first), filters (all optional, combined with AND)
/// and a page. Pay bounds are stated in <see cref="PayPeriod"/> and compared as monthly pay: a
/// posting passes <see cref="PayAtLeastFen"/> when its top pay reaches it, <see cref="PayAtMostFen"/>
/// when its bottom pay does not exceed it.
/// </summary>
public sealed record PostingQuery
{
    public string Text { get; init; } = "";

    /// <summary>A city (410800: every county in it) or one county (410821).</summary>
    public string? Region { get; init; }

    public EmploymentKind? Kind { get; init; }

    public long? PayAtLeastFen { get; init; }

    public long? PayAtMostFen { get; init; }

    public PayPeriod PayPeriod { get; init; } = PayPeriod.Month;

    /// <summary>Postings published on or after this date.</summary>
    public DateOnly? PostedSince { get; init; }

    /// <summary>Postings published on or before this date (a saved search's message covers whole days).</summary>
    public DateOnly? PostedThrough { get; init; }

    /// <summary>With <see cref="WithinKm"/>: postings whose work place is at most that far from this point.</summary>
    public GeoPoint? Near { get; init; }

    public double? WithinKm { get; init; }

    /// <summary>Postings open to this education (the contract's EducationLevel): asking at most it, or nothing.</summary>
    public int? Education { get; init; }

    /// <summary>A 职业分类大典 code: a 细类 (6-31-01-03), or a 小类 (2-06-03) for every 细类 under it.</summary>
    public string? OccupationCode { get; init; }

    /// <summary>How the matches are listed (a point is needed for <see cref="SearchOrder.Distance"/>).</summary>
    public SearchOrder Order { get; init; }

    /// <summary>0 = <see cref="Pages.DefaultSize"/>; more than <see cref="Pages.MaxSize"/> is capped.</summary>
    public int PageSize { get; init; }

    /// <summary>Count the total and the facets (first page only; later pages never count them).</summary>
    public bool WithFacets { get; init; } = true;

    /// <summary>The <see cref="PostingSearchResult.NextPageToken"/> of the previous page; empty for the first.</summary>
    public string PageToken { get; init; } = "";
}
