using Employment.Persistence.Records;

namespace Employment.Jobs.Data;

/// <summary>
/// A searchable posting: what <c>IPostingSearch</c> filters, ranks and shows. Pay is kept as stated
/// and as monthly fen (the filters compare monthly pay). The text tokens live beside it per engine:
/// a tsvector column on PostgreSQL (mapped by the PostgreSQL context only), an FTS5 row on SQLite
/// whose rowid is <see cref="Key"/>.
/// </summary>
public sealed class PostingRecord : AuditedRecord
{
    /// <summary>The row's integer key: the FTS5 rowid on SQLite, the last tie-break of the ranking.</summary>
    public long Key { get; set; }

    public string PostingId { get; set; } = "";

    public string EmployerName { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>职业分类大典 code as given (a 细类, 2-06-03-00), or "".</summary>
    public string OccupationCode { get; set; } = "";

    /// <summary>The code's 小类 (its first three segments, 2-06-03), which a synonym may name.</summary>
    public string OccupationGroup { get; set; } = "";

    public string CountyCode { get; set; } = "";

    public string CityCode { get; set; } = "";

    public int Kind { get; set; }

    public long PayMinFen { get; set; }

    public long PayMaxFen { get; set; }

    public int PayPeriod { get; set; }

    public long MonthlyPayMinFen { get; set; }

    public long MonthlyPayMaxFen { get; set; }

    public DateOnly PostedOn { get; set; }

    /// <summary>The least education asked (the contract's EducationLevel: 0 = not stated … 5 = 研究生).</summary>
    public int MinEducation { get; set; }

    /// <summary>The work place's WGS-84 latitude; null when the posting gives no location.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The last day it is shown; search leaves out postings past it.</summary>
    public DateOnly ValidUntil { get; set; }
}
