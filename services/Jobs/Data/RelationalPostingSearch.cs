using System.Data.Common;
using Employment.Jobs.Search;
using Employment.Persistence;
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
public abstract class RelationalPostingSearch(JobsDbContext db, OccupationSynonyms synonyms, ChinaClock clock, SearchCountCache? facetCache) : IPostingSearch
{
    protected JobsDbContext Db { get; } = db;

    protected ChinaClock Clock => clock;

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

        record.CopyFrom(posting, synonyms);
        await Db.SaveChangesAsync(cancellationToken);
        await WriteTokensAsync(record.Key, TextAnalyzer.IndexTokens(posting.Title), TextAnalyzer.IndexTokens(posting.Description), cancellationToken);
    }

    /// <remarks>
    /// Raw SQL on the context's connection is outside EF's retrying strategy unless run through it:
    /// a search that meets a connection PostgreSQL cut (a restart) is run again on a new one,
    /// as EF's own queries are, instead of answering 500. A search is a read, safe to run twice.
    /// </remarks>
    public Task<PostingSearchResult> SearchAsync(PostingQuery query, CancellationToken cancellationToken = default) =>
        Db.Database.CurrentTransaction is not null
            ? SearchOnceAsync(query, cancellationToken)
            : TransientRetry.RunAsync(Db, () => SearchOnceAsync(query, cancellationToken));

    private async Task<PostingSearchResult> SearchOnceAsync(PostingQuery query, CancellationToken cancellationToken)
    {
        var plan = SearchPlan.For(query, synonyms);
        var today = clock.Today;
        var sql = new SqlText();
        var where = Where(plan, sql, today);

        var connection = Db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await Db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            // Every order lists the matches the counts count: with text, those of every level down to the neighbours.
            var listed = plan.Text.IsBrowse ? null : TextCondition(plan.Text, sql, withNeighbours: true);
            var page = plan.Order switch
            {
                SearchOrder.Relevance when listed is not null => await ReadRankedAsync(connection, plan, sql, where, today, cancellationToken),
                SearchOrder.Relevance or SearchOrder.Newest => await ReadNewestAsync(connection, plan, sql, where, listed, today, cancellationToken),
                SearchOrder.Distance when WalksNearestFirst => await ReadNearestAsync(connection, plan, sql, where, listed, today, cancellationToken),
                _ => await ReadRowsAsync(connection, sql, Relevance.Browse, where, listed, plan, plan.Size + 1, null, today, cancellationToken),
            };
            var (hits, next) = plan.Cut(page);
            // The total and facets count every match: the costly part of a broad search, so they
            // come with the first page only (a page the caller has asked them for), and are kept
            // per text and filter set in the database when the host gives a lifetime (SearchCountStore).
            if (plan.After is not null || !query.WithFacets)
            {
                return new PostingSearchResult(hits, PostingSearchResult.TotalUnknown, SearchFacets.None, next);
            }

            var matches = listed is null ? where : $"{where} AND {listed}";
            Task<SearchCounts> Count() => CountAsync(connection, plan, sql, matches, listed is not null, today, cancellationToken);
            var counts = facetCache is null
                ? await Count()
                : await new SearchCountStore(facetCache, connection, Db.Database.CurrentTransaction).CountAsync(plan.CountKey(today), Count, cancellationToken);

            return new PostingSearchResult(hits, counts.Total, counts.Facets, next) { CountsEstimated = counts.Estimated };
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

    /// <summary>The engine's own columns a level or distance condition reads (<c>, p."…"</c>), carried through the window's narrow projection.</summary>
    protected virtual string EngineColumns => "";

    /// <summary>SQL that is true when the posting's text matches the engine query in <paramref name="parameter"/>.</summary>
    protected abstract string TextMatches(string parameter);

    /// <summary>SQL that is true when the posting's title matches the engine query (a title-only query of <see cref="AllOf"/> or <see cref="PhrasesOf"/>).</summary>
    protected virtual string TitleMatches(string parameter) => TextMatches(parameter);

    /// <summary>The engine's query: every token, anywhere (or in the title only).</summary>
    protected abstract string AllOf(IEnumerable<string> tokens, bool titleOnly);

    /// <summary>The engine's query: every term's tokens adjacent, in order (terms that cannot be phrases: all their tokens).</summary>
    protected abstract string PhrasesOf(IReadOnlyList<QueryTerm> terms, bool titleOnly);

    // The filters, without the text: every level's query adds its own text condition.
    private string Where(SearchPlan plan, SqlText sql, DateOnly today)
    {
        // A posting past its validity leaves search on the day after its last (China calendar).
        var conditions = new List<string> { $"p.\"ValidUntil\" >= {sql.Add("today", today)}" };

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

        if (plan.PostedThrough is { } through)
        {
            conditions.Add($"p.\"PostedOn\" <= {sql.Add("through", through)}");
        }

        if (plan.Education is { } education)
        {
            conditions.Add($"p.\"MinEducation\" <= {sql.Add("education", education)}");
        }

        if (plan.OccupationCode is { } code)
        {
            // A 小类 (three segments) names every 细类 under it.
            var column = code.Count(c => c == '-') == 2 ? "OccupationGroup" : "OccupationCode";
            conditions.Add($"p.\"{column}\" = {sql.Add("occupation", code)}");
        }

        if (plan.Distance is { } distance)
        {
            conditions.Add(NearBox(distance, sql));
            conditions.Add($"{SquaredKm(distance, sql)} <= {sql.Add("km2", distance.Km * distance.Km)}");
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>
    /// SQL true for every posting within the distance and for few others, which an index can answer:
    /// here a latitude/longitude box (the (Latitude, Longitude) index seeks the latitude band); the
    /// exact distance is checked after it.
    /// </summary>
    private protected virtual string NearBox(SearchDistance distance, SqlText sql)
    {
        var lat = distance.Point.Latitude;
        var lon = distance.Point.Longitude;
        return $"p.\"Latitude\" BETWEEN {sql.Add("lat_lo", lat - distance.LatitudeSpan)} AND {sql.Add("lat_hi", lat + distance.LatitudeSpan)} " +
            $"AND p.\"Longitude\" BETWEEN {sql.Add("lon_lo", lon - distance.LongitudeSpan)} AND {sql.Add("lon_hi", lon + distance.LongitudeSpan)}";
    }

    /// <summary>
    /// SQL for how far a posting lies from the point, growing with the distance, by which "nearest
    /// first" orders and seeks past its cursor: here the squared km on the plane (<see cref="SquaredKm"/>).
    /// </summary>
    private protected virtual string NearOrder(SearchDistance distance, SqlText sql) => SquaredKm(distance, sql);

    /// <summary>
    /// Whether the title's words and the occupations they name are each common enough that, going
    /// together, the window's newest postings would fill the page. Nearly every 保育 title is coded
    /// 保育员, but a database multiplies the two shares (2.5 % × 2.5 %), reads all 25,000 such postings
    /// of a million and sorts them; the window finds the page in 840. Here (no statistics): always.
    /// </summary>
    private protected virtual Task<bool> TitleAndOccupationCommonAsync(DbConnection connection, SearchPlan plan, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    /// <summary>The share of the postings a level must reach for the window to fill the page with it.</summary>
    private protected static double WindowShare(SearchPlan plan) => (double)(plan.Size + 1) / RecentWindow;

    /// <summary>Whether an index walks <see cref="NearOrder"/> outward from the point, so that the nearest postings are read first (not here: a scan).</summary>
    private protected virtual bool WalksNearestFirst => false;

    /// <summary>
    /// SQL run before a nearest-first walk in the same implicit transaction, to make the database walk
    /// its index (see <see cref="ReadNearestAsync"/>); left out inside a caller's transaction, where it
    /// would outlast the statement.
    /// </summary>
    private protected virtual string NearestWalkSetting => "";

    /// <summary>The km a hit says it lies from the point, from its <see cref="NearOrder"/> value: here the plane's.</summary>
    private protected virtual double NearKm(double nearOrder) => Math.Sqrt(nearOrder);

    // The squared distance in km² on the plane of SearchDistance, in arithmetic both databases have.
    private static string SquaredKm(SearchDistance distance, SqlText sql)
    {
        var lat = sql.Add("lat", distance.Point.Latitude);
        var dy = $"((p.\"Latitude\" - {lat}) * {sql.Add("km_per_degree", SearchDistance.KmPerDegree)})";
        var dx = $"((p.\"Longitude\" - {sql.Add("lon", distance.Point.Longitude)}) * ({sql.Add("ew_scale", distance.EastWestScale)} - {sql.Add("ew_slope", distance.EastWestSlope)} * (p.\"Latitude\" - {lat})))";
        return $"({dx} * {dx} + {dy} * {dy})";
    }

    private static string CodeMatches(IReadOnlyList<string> codes, SqlText sql, string prefix)
    {
        var list = string.Join(", ", codes.Select((c, j) => sql.Add($"{prefix}_{j}", c)));
        return $"(p.\"OccupationCode\" IN ({list}) OR p.\"OccupationGroup\" IN ({list}))";
    }

    /// <summary>
    /// How many of the newest postings a ranked level looks at before it asks the text index: about
    /// √(page × postings) at 100,000–200,000 postings, where walking that many rows costs what reading
    /// a level's matches from the text index does (measured: README, "Measured").
    /// </summary>
    private const int RecentWindow = 2000;

    /// <summary>
    /// The fewest rows a read asks for, whatever the page: at a LIMIT of 2 the planner walked the date
    /// index for a title word it took for rare but no title holds (倒班), all of a million postings in
    /// 3.5 s; from about 20 it reads the word's GIN entry. Rows beyond the page are dropped.
    /// </summary>
    private const int LeastRowsRead = 21;

    /// <summary>Rows a nearest-first walk reads beyond its page, so that postings at the page's last distance are all seen.</summary>
    private const int NearTiesRead = 10;

    // What the filters (Where), the answer and the ordering read of a window's row.
    private const string WindowColumns =
        "p.\"Key\", p.\"PostingId\", p.\"Title\", p.\"EmployerName\", p.\"OccupationCode\", p.\"OccupationGroup\", p.\"CountyCode\", p.\"CityCode\", " +
        "p.\"Kind\", p.\"PayMinFen\", p.\"PayMaxFen\", p.\"PayPeriod\", p.\"MonthlyPayMinFen\", p.\"MonthlyPayMaxFen\", p.\"PostedOn\", " +
        "p.\"ValidUntil\", p.\"MinEducation\", p.\"Latitude\", p.\"Longitude\"";

    // Every term matches: its tokens anywhere, or the occupation it names (or, with neighbours, one beside it).
    private string TextCondition(SearchText text, SqlText sql, bool withNeighbours)
    {
        var conditions = new List<string>();
        for (var i = 0; i < text.Terms.Count; i++)
        {
            var term = text.Terms[i];
            var alternatives = new List<string> { TextMatches(sql.Add($"t{i}", AllOf(term.Tokens, titleOnly: false))) };
            if (term.OccupationCodes.Count > 0)
            {
                alternatives.Add(CodeMatches(term.OccupationCodes, sql, $"c{i}"));
            }

            if (withNeighbours && term.NeighbourGroups.Count > 0)
            {
                var groups = string.Join(", ", term.NeighbourGroups.Select((g, j) => sql.Add($"n{i}_{j}", g)));
                alternatives.Add($"p.\"OccupationGroup\" IN ({groups})");
            }

            conditions.Add(alternatives.Count == 1 ? alternatives[0] : $"({string.Join(" OR ", alternatives)})");
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>
    /// The SQL condition of each <see cref="Relevance"/> level, best first, true exactly for the
    /// matches whose best level it is (the levels do not overlap). A level that cannot hold any row
    /// is left out: with one token per term, "every token in the title" is the title phrase, and
    /// every text match is a phrase.
    /// </summary>
    private List<(int Level, string Condition)> Levels(SearchText text, SqlText sql)
    {
        var singleTokens = text.Terms.All(t => t.Tokens.Count == 1);
        var titlePhrase = TitleMatches(sql.Add("title_phrase", PhrasesOf(text.Terms, titleOnly: true)));
        var titleTokens = TitleMatches(sql.Add("title_tokens", AllOf(text.AllTokens, titleOnly: true)));
        var codes = text.OccupationCodes;
        var occupation = codes.Count == 0 ? null : CodeMatches(codes, sql, "c");
        var matched = TextCondition(text, sql, withNeighbours: false);
        var notAbove = occupation is null ? $"NOT {titleTokens}" : $"NOT {titleTokens} AND NOT {occupation}";
        var textPhrase = TextMatches(sql.Add("text_phrase", PhrasesOf(text.Terms, titleOnly: false)));

        // A title holding every term holds every term's tokens, so the title levels need no text match.
        var levels = new List<(int, string)>();
        if (occupation is not null)
        {
            levels.Add((Relevance.TitleOccupation, $"{titlePhrase} AND {occupation}"));
            levels.Add((Relevance.TitlePhrase, $"{titlePhrase} AND NOT {occupation}"));
        }
        else
        {
            levels.Add((Relevance.TitlePhrase, titlePhrase));
        }

        if (!singleTokens)
        {
            levels.Add((Relevance.TitleTokens, $"{titleTokens} AND NOT {titlePhrase}"));
        }

        if (occupation is not null)
        {
            // A phrase in the text holds every term, so the occupation's text level needs no other match.
            levels.Add((Relevance.OccupationText, $"{occupation} AND {textPhrase} AND NOT {titleTokens}"));
            levels.Add((Relevance.Occupation, $"{occupation} AND {matched} AND NOT {titleTokens} AND NOT {textPhrase}"));
        }

        levels.Add((Relevance.TextPhrase, singleTokens ? $"{matched} AND {notAbove}" : $"{textPhrase} AND {matched} AND {notAbove}"));
        if (!singleTokens)
        {
            levels.Add((Relevance.Matched, $"{matched} AND {notAbove} AND NOT {textPhrase}"));
        }

        if (text.NeighbourGroups.Count > 0)
        {
            levels.Add((Relevance.Neighbour, $"{TextCondition(text, sql, withNeighbours: true)} AND NOT {matched}"));
        }

        return levels;
    }

    /// <summary>
    /// A ranked page, level by level: each level's matches newest first along the (PostedOn, Key)
    /// index or from the text index, whichever the database finds cheaper, and a lower level only
    /// while the page is not full. A broad query (5,000 postings say 电工 in the title) reads the
    /// page's rows of its top level instead of scoring every match (see the README, "Measured").
    /// </summary>
    private async Task<List<(PostingHit Hit, long Key, double Sort)>> ReadRankedAsync(DbConnection connection, SearchPlan plan, SqlText sql, string where, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = new List<(PostingHit Hit, long Key, double Sort)>();
        var scope = WindowScope(plan, sql);
        // A phrase's estimate is far too low (bigrams multiplied as if independent): walk the window.
        // A distance's box, too: the database cannot estimate how many postings lie in it (a city centre
        // holds a third of a city's), so it reads the box whole; the newest postings near a centre fill the page.
        var phrase = plan.Text.Terms.Any(t => t.Tokens.Count > 1);
        var windowed = scope.Length > 0 || phrase || plan.Distance is not null;
        foreach (var (level, condition) in Levels(plan.Text, sql))
        {
            if (plan.After is { } after && level > after.Score)
            {
                continue;
            }

            // The newest postings first: a level that many match fills its rows from them; one that few
            // match is read from the text index. Without a phrase and without a window scope the database
            // chooses between the two itself: its estimate of one token is sound (see the README, "Measured").
            var needed = plan.Size + 1 - rows.Count;
            var found = windowed || (level == Relevance.TitleOccupation && await TitleAndOccupationCommonAsync(connection, plan, cancellationToken))
                ? await ReadRowsAsync(connection, sql, level, where, condition, plan, needed, scope, today, cancellationToken) : [];
            if (found.Count < needed)
            {
                found = await ReadRowsAsync(connection, sql, level, where, condition, plan, needed, null, today, cancellationToken);
            }

            rows.AddRange(found);
            if (rows.Count > plan.Size)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>
    /// A page newest first (browsing, or the matches of a text listed by date): along the (PostedOn,
    /// Key) index, or — with a county or an occupation filter — first through the window of that
    /// filter's newest postings, since the database otherwise combines the filters' indexes and sorts
    /// every posting they keep.
    /// </summary>
    private async Task<List<(PostingHit Hit, long Key, double Sort)>> ReadNewestAsync(
        DbConnection connection, SearchPlan plan, SqlText sql, string where, string? listed, DateOnly today, CancellationToken cancellationToken)
    {
        var needed = plan.Size + 1;
        var scope = WindowScope(plan, sql);
        var found = scope.Length > 0 || plan.Distance is not null ? await ReadRowsAsync(connection, sql, Relevance.Browse, where, listed, plan, needed, scope, today, cancellationToken) : [];
        return found.Count < needed
            ? await ReadRowsAsync(connection, sql, Relevance.Browse, where, listed, plan, needed, null, today, cancellationToken)
            : found;
    }

    /// <summary>
    /// A page nearest first, where the engine's index walks outward from the point and stops once the
    /// page is full: it reads about (page ÷ the share of postings that match) rows, not the whole box,
    /// which near a city centre holds a third of the city. The walk is ordered by distance alone; rows
    /// at the same distance (one building's postings) are put in key order here, and the walk goes on
    /// until the last row kept lies strictly nearer than the last row read, so a page never cuts them.
    /// </summary>
    private async Task<List<(PostingHit Hit, long Key, double Sort)>> ReadNearestAsync(
        DbConnection connection, SearchPlan plan, SqlText sql, string where, string? listed, DateOnly today, CancellationToken cancellationToken)
    {
        var needed = plan.Size + 1;
        for (var limit = needed + NearTiesRead; ; limit *= 4)
        {
            var rows = await ReadRowsAsync(connection, sql, Relevance.Browse, where, listed, plan, limit, null, today, cancellationToken, walkNearest: true);
            if (rows.Count < limit || rows[needed - 1].Sort < rows[^1].Sort)
            {
                return [.. rows.OrderBy(r => r.Sort).ThenByDescending(r => r.Key).Take(needed)];
            }
        }
    }

    /// <summary>
    /// Which newest postings the window walks: those of the occupation filter (along the
    /// (OccupationCode or OccupationGroup, PostedOn, Key) index), else of the county filter (along
    /// (CountyCode, PostedOn, Key)), else of all ("", along (PostedOn, Key)). A narrow filter walked
    /// in date order stops after the page's rows; PostgreSQL's own plan for it combined the filters'
    /// indexes with the text index and sorted every match, ten times slower (README, "Measured").
    /// </summary>
    private static string WindowScope(SearchPlan plan, SqlText sql)
    {
        if (plan.OccupationCode is { } code)
        {
            var column = code.Count(c => c == '-') == 2 ? "OccupationGroup" : "OccupationCode";
            return $" AND p.\"{column}\" = {sql.Add("occupation", code)}";
        }

        return plan.County is { } county ? $" AND p.\"CountyCode\" = {sql.Add("county", county)}" : "";
    }

    /// <summary>
    /// The newest rows of one level (or of browsing) after the cursor: a row comparison on the table's
    /// own columns, which the (PostedOn, Key) index can seek to, so page 51 costs what page 1 does.
    /// With a <paramref name="window"/> scope ("" = every posting, or a filter's condition: see
    /// <see cref="WindowScope"/>), only the <see cref="RecentWindow"/> newest open postings of that scope
    /// are looked at (filters and level apply to them): when <paramref name="limit"/> of them pass, they
    /// are the level's newest (every other match is older), and the walk along the index stopped
    /// there; a rare word leaves fewer, and the caller asks again without the window (null).
    /// The window carries only the columns the filters, levels and answer read: a whole row (the
    /// description) made the walk twice as slow.
    /// </summary>
    private async Task<List<(PostingHit Hit, long Key, double Sort)>> ReadRowsAsync(
        DbConnection connection, SqlText sql, int level, string where, string? condition, SearchPlan plan, int limit, string? window, DateOnly today, CancellationToken cancellationToken,
        bool walkNearest = false)
    {
        var near = plan.Distance is { } d ? NearOrder(d, sql) : "0.0";
        var (orderBy, seek) = Ordering(plan, sql, level, near);
        var source = window is not null
            ? $"(SELECT {WindowColumns}{EngineColumns} FROM {JobsDbContext.PostingsTable} p WHERE p.\"ValidUntil\" >= {sql.Add("today", today)}{window}{seek} ORDER BY p.\"PostedOn\" DESC, p.\"Key\" DESC LIMIT {sql.Add("window", RecentWindow)}) p WHERE {where} AND {condition ?? "1 = 1"}"
            : $"{JobsDbContext.PostingsTable} p WHERE {where}{seek}{(condition is null ? "" : " AND " + condition)}";
        var text = $"""
            {(walkNearest && Db.Database.CurrentTransaction is null ? NearestWalkSetting : "")}SELECT p."Key", p."PostingId", p."Title", p."EmployerName", p."OccupationCode", p."CountyCode", p."Kind", p."PayMinFen", p."PayMaxFen", p."PayPeriod", p."PostedOn",
                p."MonthlyPayMaxFen", {near}
            FROM {source}
            ORDER BY {(walkNearest ? near : orderBy)}
            LIMIT {sql.Add("limit", Math.Max(limit, LeastRowsRead))}
            """;
        await using var command = sql.Command(connection, text, Db.Database.CurrentTransaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(PostingHit, long, double)>();
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
                level)
            {
                DistanceKm = plan.Distance is null ? null : NearKm(reader.GetDouble(12)),
            }, reader.GetInt64(0), plan.Order == SearchOrder.Distance ? reader.GetDouble(12) : reader.GetInt64(11)));
        }

        return rows;
    }

    /// <summary>
    /// The ORDER BY of a listing and the condition that seeks past the cursor: by date along the
    /// (PostedOn, Key) index (a ranked level's own rows, or every match listed newest first); by
    /// monthly top pay, highest first; by distance (<paramref name="distance"/>, the engine's
    /// <see cref="NearOrder"/>), nearest first. Ties go to the later indexed posting.
    /// </summary>
    private static (string OrderBy, string Seek) Ordering(SearchPlan plan, SqlText sql, int level, string distance)
    {
        const string Key = "p.\"Key\"";
        return plan.Order switch
        {
            SearchOrder.Pay => (
                $"p.\"MonthlyPayMaxFen\" DESC, {Key} DESC",
                plan.After is { } pay ? $" AND (p.\"MonthlyPayMaxFen\", {Key}) < ({sql.Add("after_pay", (long)pay.Value)}, {sql.Add("after_key", pay.Key)})" : ""),
            SearchOrder.Distance => (
                $"{distance} ASC, {Key} DESC",
                plan.After is { } near ? $" AND ({distance} > {sql.Add("after_km2", near.Value)} OR ({distance} = {sql.Add("after_km2", near.Value)} AND {Key} < {sql.Add("after_key", near.Key)}))" : ""),
            _ => (
                $"p.\"PostedOn\" DESC, {Key} DESC",
                plan.After is { } start && start.Score == level
                    ? $" AND (p.\"PostedOn\", {Key}) < ({sql.Add("after_posted", start.PostedOn)}, {sql.Add("after_key", start.Key)})"
                    : ""),
        };
    }

    /// <summary>
    /// The total and facets: exactly, unless the engine keeps a sample (<see cref="SamplesPostings"/>),
    /// the host keeps counts and the sample puts the matches above <see cref="SearchCountCache.ExactUpTo"/>;
    /// then the sample's counts times its rate. A browse of a million reads its 15,600 sampled postings,
    /// not the million.
    /// </summary>
    private async Task<SearchCounts> CountAsync(DbConnection connection, SearchPlan plan, SqlText sql, string matches, bool withText, DateOnly today, CancellationToken cancellationToken)
    {
        if (facetCache is { } kept && SamplesPostings)
        {
            // With text that few postings match, the sample's index and the text's index give a bitmap each and
            // only the postings in both are read (see SamplesByBitmapsAsync). Otherwise the sample's open postings
            // through its own index, then the text and filters on each; without text or a place, only the columns
            // that index carries, so PostgreSQL can answer from the index alone (a browse of a million: its 15,625 entries).
            var columns = withText || plan.Distance is not null ? WindowColumns + EngineColumns : SampleColumns;
            var sampled = withText && await SamplesByBitmapsAsync(connection, plan, cancellationToken)
                ? await ReadFacetsAsync(connection, plan, sql, $"{matches} AND {SampleCondition}", cancellationToken, setting: SampleBitmapSetting)
                : await ReadFacetsAsync(connection, plan, sql, matches, cancellationToken, $"(SELECT {columns} FROM {JobsDbContext.PostingsTable} p WHERE p.\"ValidUntil\" >= {sql.Add("today", today)} AND {SampleCondition} OFFSET 0)");
            if ((long)sampled.Total * SearchCountCache.SampleRate > kept.ExactUpTo)
            {
                return SearchFacetCounter.Scaled(sampled, SearchCountCache.SampleRate);
            }
        }

        return await ReadFacetsAsync(connection, plan, sql, matches, cancellationToken);
    }

    /// <summary>Whether the engine indexes the sample of the postings (<see cref="SamplePredicate"/>) so that counting in it reads only it.</summary>
    private protected virtual bool SamplesPostings => false;

    /// <summary>
    /// SQL run before a text search's count in the sample, in the same implicit transaction, so that the database
    /// ANDs the sample's and the text's bitmaps rather than walking the sample and reading each posting's tokens;
    /// left out inside a caller's transaction, where it would outlast the statement.
    /// </summary>
    private protected virtual string SampleBitmapSetting => "";

    /// <summary>Whether a text search's count in the sample reads only the sampled postings the text's index names (<see cref="SampleBitmapSetting"/>).</summary>
    private protected virtual Task<bool> SamplesByBitmapsAsync(DbConnection connection, SearchPlan plan, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>
    /// What a count without text or a place reads of a sampled posting besides its ValidUntil (the
    /// sample index's key): the filters' and facets' columns, all carried by that index.
    /// </summary>
    internal static readonly string[] SampleIncludedColumns =
        ["CityCode", "CountyCode", "Kind", "MonthlyPayMinFen", "MonthlyPayMaxFen", "PostedOn", "MinEducation", "OccupationCode", "OccupationGroup"];

    private static readonly string SampleColumns = string.Join(", ", SampleIncludedColumns.Prepend("ValidUntil").Select(c => $"p.\"{c}\""));

    /// <summary>The postings in the sample, as the engine's partial index over them and the counts' SQL both write it (a literal, so the planner matches the two).</summary>
    internal static string SamplePredicate(string keyColumn) => $"({keyColumn} % {SearchCountCache.SampleRate}) = 0";

    private static string SampleCondition => SamplePredicate("p.\"Key\"");

    // One grouped read gives the total and every facet: at most counties × kinds × educations × 小类 rows.
    private async Task<SearchCounts> ReadFacetsAsync(
        DbConnection connection, SearchPlan plan, SqlText sql, string where, CancellationToken cancellationToken, string source = JobsDbContext.PostingsTable, string setting = "")
    {
        var floors = SearchFacets.PayFloorsFen.Select((floor, i) =>
            $"SUM(CASE WHEN p.\"MonthlyPayMaxFen\" >= {sql.Add($"floor{i}", floor)} THEN 1 ELSE 0 END)");
        var bands = plan.Distance is { } distance
            ? SearchDistance.FacetBandsKm.Select((band, i) => $"SUM(CASE WHEN {SquaredKm(distance, sql)} <= {sql.Add($"band{i}", (double)band * band)} THEN 1 ELSE 0 END)")
            : [];
        var text = $"""
            {(Db.Database.CurrentTransaction is null ? setting : "")}SELECT p."CountyCode", p."Kind", p."MinEducation", p."OccupationGroup", COUNT(*), {string.Join(", ", floors.Concat(bands))}
            FROM {source} p
            WHERE {where}
            GROUP BY p."CountyCode", p."Kind", p."MinEducation", p."OccupationGroup"
            """;
        await using var command = sql.Command(connection, text, Db.Database.CurrentTransaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var facets = new SearchFacetCounter(plan.Distance is null ? [] : SearchDistance.FacetBandsKm);
        while (await reader.ReadAsync(cancellationToken))
        {
            var floorCounts = SearchFacets.PayFloorsFen.Select((_, i) => Number(reader, 5 + i)).ToList();
            var bandCounts = (plan.Distance is null ? [] : SearchDistance.FacetBandsKm).Select((_, i) => Number(reader, 5 + SearchFacets.PayFloorsFen.Length + i)).ToList();
            facets.Add(reader.GetString(0), (EmploymentKind)reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), Number(reader, 4), floorCounts, bandCounts);
        }

        return facets.Counts();
    }

    private static int Number(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
