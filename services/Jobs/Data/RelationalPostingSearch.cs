using System.Data.Common;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Employment.Jobs.Data;

/// <summary>
/// What both database engines share: the posting row written by EF, the filters, the ranking by
/// <see cref="Relevance"/> levels, keyset paging and facets, as one SQL text whose text-matching
/// parts each engine supplies (tsquery over a tsvector on PostgreSQL, MATCH over FTS5 on SQLite).
/// Filters and paging are the same SQL on both.
/// </summary>
public abstract class RelationalPostingSearch(JobsDbContext db, OccupationSynonyms synonyms, ChinaClock clock) : IPostingSearch
{
    protected JobsDbContext Db { get; } = db;

    /// <remarks>
    /// Inside a transaction the caller began (a use case writing the posting and its index entry as one
    /// unit), the entry joins it and leaves the commit, and the tracked records, to the caller.
    /// </remarks>
    public async Task IndexAsync(PostingDocument posting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (string.IsNullOrWhiteSpace(posting.PostingId) || string.IsNullOrWhiteSpace(posting.Title))
        {
            throw DomainRuleException.Invalid("posting", "岗位编号和岗位名称不能为空。 (A posting needs an id and a title.)");
        }

        if (Db.Database.CurrentTransaction is not null)
        {
            await WriteAsync(posting, cancellationToken);
            return;
        }

        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            await WriteAsync(posting, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Db.ChangeTracker.Clear();
        });
    }

    /// <remarks>Inside a caller's transaction, the removal joins it (see <see cref="IndexAsync"/>).</remarks>
    public async Task<bool> RemoveAsync(string postingId, CancellationToken cancellationToken = default)
    {
        var record = await Db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.PostingId == postingId, cancellationToken);
        if (record is null)
        {
            return false;
        }

        if (Db.Database.CurrentTransaction is not null)
        {
            await RemoveTokensAsync(record.Key, cancellationToken);
            await Db.Postings.Where(p => p.Key == record.Key).ExecuteDeleteAsync(cancellationToken);
            return true;
        }

        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            await RemoveTokensAsync(record.Key, cancellationToken);
            await Db.Postings.Where(p => p.Key == record.Key).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return true;
    }

    private async Task WriteAsync(PostingDocument posting, CancellationToken cancellationToken)
    {
        var record = await Db.Postings.SingleOrDefaultAsync(p => p.PostingId == posting.PostingId, cancellationToken);
        if (record is null)
        {
            record = new PostingRecord();
            record.StampCreated(posting.ChangedBy, clock.Now);
            Db.Postings.Add(record);
        }
        else
        {
            record.StampChanged(posting.ChangedBy, clock.Now);
        }

        record.CopyFrom(posting);
        await Db.SaveChangesAsync(cancellationToken);
        await WriteTokensAsync(record.Key, TextAnalyzer.IndexTokens(posting.Title), TextAnalyzer.IndexTokens(posting.Description), cancellationToken);
    }

    public async Task<PostingSearchResult> SearchAsync(PostingQuery query, CancellationToken cancellationToken = default)
    {
        var plan = SearchPlan.For(query, synonyms);
        var sql = new SqlText();
        var where = Where(plan, sql);
        var score = plan.Text.IsBrowse ? Relevance.Browse.ToString(System.Globalization.CultureInfo.InvariantCulture) : Score(plan.Text, sql);

        var connection = Db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await Db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            var page = await ReadPageAsync(connection, plan, sql, where, score, cancellationToken);
            var (hits, next) = plan.Cut(page);
            // The total and facets count every match: the costly part of a broad search, so they
            // come with the first page only (a page the caller has asked them for).
            if (plan.After is not null || !query.WithFacets)
            {
                return new PostingSearchResult(hits, PostingSearchResult.TotalUnknown, SearchFacets.None, next);
            }

            var facets = await ReadFacetsAsync(connection, sql, where, cancellationToken);
            return new PostingSearchResult(hits, facets.Total, facets.Facets, next);
        }
        finally
        {
            if (opened)
            {
                await Db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Stores a posting's tokens (replacing any it had) for the engine's text index.</summary>
    protected abstract Task WriteTokensAsync(long key, IReadOnlyList<string> title, IReadOnlyList<string> body, CancellationToken cancellationToken);

    protected abstract Task RemoveTokensAsync(long key, CancellationToken cancellationToken);

    /// <summary>SQL that is true when the posting's text matches the engine query in <paramref name="parameter"/>.</summary>
    protected abstract string TextMatches(string parameter);

    /// <summary>SQL that is true when the posting's title matches the engine query (a title-only query of <see cref="AllOf"/> or <see cref="PhrasesOf"/>).</summary>
    protected virtual string TitleMatches(string parameter) => TextMatches(parameter);

    /// <summary>The engine's query: every token, anywhere (or in the title only).</summary>
    protected abstract string AllOf(IEnumerable<string> tokens, bool titleOnly);

    /// <summary>The engine's query: every term's tokens adjacent, in order (terms that cannot be phrases: all their tokens).</summary>
    protected abstract string PhrasesOf(IReadOnlyList<QueryTerm> terms, bool titleOnly);

    private string Where(SearchPlan plan, SqlText sql)
    {
        // A posting past its validity leaves search on the day after its last (China calendar).
        var conditions = new List<string> { $"p.\"ValidUntil\" >= {sql.Add("today", clock.Today)}" };
        for (var i = 0; i < plan.Text.Terms.Count; i++)
        {
            var term = plan.Text.Terms[i];
            var text = TextMatches(sql.Add($"t{i}", AllOf(term.Tokens, titleOnly: false)));
            conditions.Add(term.OccupationCodes.Count == 0 ? text : $"({text} OR {CodeMatches(term.OccupationCodes, sql, $"c{i}")})");
        }

        if (plan.City is { } city)
        {
            conditions.Add($"p.\"CityCode\" = {sql.Add("city", city)}");
        }

        if (plan.County is { } county)
        {
            conditions.Add($"p.\"CountyCode\" = {sql.Add("county", county)}");
        }

        if (plan.Kind is { } kind)
        {
            conditions.Add($"p.\"Kind\" = {sql.Add("kind", (int)kind)}");
        }

        if (plan.MonthlyPayAtLeastFen is { } least)
        {
            conditions.Add($"p.\"MonthlyPayMaxFen\" >= {sql.Add("pay_least", least)}");
        }

        if (plan.MonthlyPayAtMostFen is { } most)
        {
            conditions.Add($"p.\"MonthlyPayMinFen\" <= {sql.Add("pay_most", most)}");
        }

        if (plan.PostedSince is { } since)
        {
            conditions.Add($"p.\"PostedOn\" >= {sql.Add("since", since)}");
        }

        return string.Join(" AND ", conditions);
    }

    // The best level that applies; the text query already holds for every row it is asked of.
    private string Score(SearchText text, SqlText sql)
    {
        var codes = text.OccupationCodes;
        var occupation = codes.Count == 0 ? "" : $" WHEN {CodeMatches(codes, sql, "c")} THEN {Relevance.Occupation}";
        return $"""
            CASE WHEN {TitleMatches(sql.Add("title_phrase", PhrasesOf(text.Terms, titleOnly: true)))} THEN {Relevance.TitlePhrase}
                 WHEN {TitleMatches(sql.Add("title_tokens", AllOf(text.AllTokens, titleOnly: true)))} THEN {Relevance.TitleTokens}{occupation}
                 WHEN {TextMatches(sql.Add("text_phrase", PhrasesOf(text.Terms, titleOnly: false)))} THEN {Relevance.TextPhrase}
                 ELSE {Relevance.Matched} END
            """;
    }

    private static string CodeMatches(IReadOnlyList<string> codes, SqlText sql, string prefix)
    {
        var list = string.Join(", ", codes.Select((c, j) => sql.Add($"{prefix}_{j}", c)));
        return $"(p.\"OccupationCode\" IN ({list}) OR p.\"OccupationGroup\" IN ({list}))";
    }

    private async Task<List<(PostingHit Hit, long Key)>> ReadPageAsync(DbConnection connection, SearchPlan plan, SqlText sql, string where, string score, CancellationToken cancellationToken)
    {
        // Browsing pages along the (PostedOn, Key) index: the cursor is a row comparison on the
        // table's own columns, which the index can seek to, so page 51 costs what page 1 does. A
        // ranked search sorts its matches by the computed level, and continues after the cursor there.
        var browse = plan.Text.IsBrowse;
        var seek = browse && plan.After is { } start
            ? $" AND (p.\"PostedOn\", p.\"Key\") < ({sql.Add("after_posted", start.PostedOn)}, {sql.Add("after_key", start.Key)})"
            : "";
        var after = !browse && plan.After is { } cursor
            ? $"WHERE (score, \"PostedOn\", \"Key\") < ({sql.Add("after_score", cursor.Score)}, {sql.Add("after_posted", cursor.PostedOn)}, {sql.Add("after_key", cursor.Key)})"
            : "";
        var order = browse ? "ORDER BY \"PostedOn\" DESC, \"Key\" DESC" : "ORDER BY score DESC, \"PostedOn\" DESC, \"Key\" DESC";
        var text = $"""
            SELECT "Key", "PostingId", "Title", "EmployerName", "OccupationCode", "CountyCode", "Kind", "PayMinFen", "PayMaxFen", "PayPeriod", "PostedOn", score
            FROM (SELECT p."Key", p."PostingId", p."Title", p."EmployerName", p."OccupationCode", p."CountyCode", p."Kind", p."PayMinFen", p."PayMaxFen", p."PayPeriod", p."PostedOn",
                         {score} AS score
                  FROM {JobsDbContext.PostingsTable} p
                  WHERE {where}{seek}) hits
            {after}
            {order}
            LIMIT {sql.Add("limit", plan.Size + 1)}
            """;
        await using var command = sql.Command(connection, text, Db.Database.CurrentTransaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(PostingHit, long)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((new PostingHit(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                (EmploymentKind)reader.GetInt32(6),
                reader.GetInt64(7),
                reader.GetInt64(8),
                (PayPeriod)reader.GetInt32(9),
                reader.GetFieldValue<DateOnly>(10),
                Convert.ToInt32(reader.GetValue(11), System.Globalization.CultureInfo.InvariantCulture)), reader.GetInt64(0)));
        }

        return rows;
    }

    // One grouped read gives the total and every facet: at most counties × kinds rows.
    private async Task<(int Total, SearchFacets Facets)> ReadFacetsAsync(DbConnection connection, SqlText sql, string where, CancellationToken cancellationToken)
    {
        var floors = string.Join(", ", SearchFacets.PayFloorsFen.Select((floor, i) =>
            $"SUM(CASE WHEN p.\"MonthlyPayMaxFen\" >= {sql.Add($"floor{i}", floor)} THEN 1 ELSE 0 END)"));
        var text = $"""
            SELECT p."CountyCode", p."Kind", COUNT(*), {floors}
            FROM {JobsDbContext.PostingsTable} p
            WHERE {where}
            GROUP BY p."CountyCode", p."Kind"
            """;
        await using var command = sql.Command(connection, text, Db.Database.CurrentTransaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var byCounty = new Dictionary<string, int>(StringComparer.Ordinal);
        var byCity = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKind = new Dictionary<EmploymentKind, int>();
        var byFloor = SearchFacets.PayFloorsFen.ToDictionary(f => f, _ => 0);
        var total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var county = reader.GetString(0);
            var count = Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
            total += count;
            byCounty[county] = byCounty.GetValueOrDefault(county) + count;
            var city = WorkRegion.CityOf(county);
            byCity[city] = byCity.GetValueOrDefault(city) + count;
            var kind = (EmploymentKind)reader.GetInt32(1);
            byKind[kind] = byKind.GetValueOrDefault(kind) + count;
            for (var i = 0; i < SearchFacets.PayFloorsFen.Length; i++)
            {
                byFloor[SearchFacets.PayFloorsFen[i]] += Convert.ToInt32(reader.GetValue(3 + i), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (total, new SearchFacets(byCounty, byCity, byKind, byFloor));
    }
}
