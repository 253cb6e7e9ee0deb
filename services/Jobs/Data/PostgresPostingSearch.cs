using System.Data.Common;
using System.Globalization;
using System.Text;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data;

/// <summary>
/// The PostgreSQL engine: a posting's tokens (<see cref="TextAnalyzer"/>) are one tsvector, the
/// title's positions weighted A, the description's unweighted and after a gap, indexed by GIN. A
/// query is a tsquery of the same tokens: <c>&amp;</c> for "every token", <c>&lt;-&gt;</c> for a
/// phrase, <c>:A</c> for "in the title". Lexemes are written as quoted literals, so no text-search
/// configuration (and its parser, which would keep a Chinese run whole) is involved.
/// </summary>
public sealed class PostgresPostingSearch(PostgresJobsDbContext db, OccupationSynonyms synonyms, ChinaClock clock, SearchCountCache? counts = null)
    : RelationalPostingSearch(db, synonyms, clock, counts)
{
    /// <summary>From the database's statistics (<see cref="PostgresColumnShares"/>): each share reaches the window's.</summary>
    private protected override async Task<bool> TitleAndOccupationCommonAsync(DbConnection connection, SearchPlan plan, CancellationToken cancellationToken)
    {
        var shares = await PostgresColumnShares.ReadAsync(connection, Clock.Now, cancellationToken);
        var least = WindowShare(plan);
        return shares.OfTitleWords(plan.Text.AllTokens) >= least && shares.OfOccupations(plan.Text.OccupationCodes) >= least;
    }

    // Keeps a description's first token from forming a phrase with the title's last.
    private const int FieldGap = 10;

    // PostgreSQL's largest position; later ones are clamped to it.
    private const int MaxPosition = 16383;

    protected override Task WriteTokensAsync(long key, IReadOnlyList<string> title, IReadOnlyList<string> body, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync(
            $"UPDATE postings SET \"SearchTokens\" = CAST({TsVector(title, body)} AS tsvector), \"TitleTokens\" = CAST({TsVector(title, [])} AS tsvector) WHERE \"Key\" = {key}",
            cancellationToken);

    // The token column goes with the row.
    protected override Task RemoveTokensAsync(long key, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override string EngineColumns =>
        $", p.\"{PostgresJobsDbContext.TokensColumn}\", p.\"{PostgresJobsDbContext.TitleTokensColumn}\", p.\"{PostgresJobsDbContext.EarthPointColumn}\"";

    protected override string TextMatches(string parameter) => $"p.\"{PostgresJobsDbContext.TokensColumn}\" @@ CAST({parameter} AS tsquery)";

    protected override string TitleMatches(string parameter) => $"p.\"{PostgresJobsDbContext.TitleTokensColumn}\" @@ CAST({parameter} AS tsquery)";

    /// <summary>The cube around the point that the GiST index over the work places answers (<see cref="PostgresEarthPoints"/>).</summary>
    private protected override string NearBox(SearchDistance distance, SqlText sql) =>
        $"p.\"{PostgresJobsDbContext.EarthPointColumn}\" <@ {sql.Add("earth_box", PostgresEarthPoints.Box(distance))}";

    /// <summary>The chord to the point in km: the index walks it outward, nearest first.</summary>
    private protected override string NearOrder(SearchDistance distance, SqlText sql) =>
        $"(p.\"{PostgresJobsDbContext.EarthPointColumn}\" <-> {sql.Add("earth_point", PostgresEarthPoints.Point(distance.Point))})";

    private protected override bool WalksNearestFirst => true;

    /// <summary>The sample has a partial index of its own (<see cref="PostgresJobsDbContext"/>).</summary>
    private protected override bool SamplesPostings => true;

    /// <remarks>
    /// The planner cannot estimate how many postings a cube holds (cube's containment reads as one in a
    /// thousand whatever the box), so it reads the whole box through a bitmap and sorts it; with bitmaps
    /// off for this one statement it walks the GiST index in distance order and stops at the page.
    /// </remarks>
    private protected override string NearestWalkSetting => "SET LOCAL enable_bitmapscan = off;\n";

    /// <remarks>
    /// The planner takes the sample for 5,000 postings of a million whatever it holds (15,625), so it walks the
    /// sample's index and reads every sampled posting's tokens; with plain index scans off for this one statement it
    /// ANDs the sample's bitmap with the text's and reads only the postings in both. Index-only scans stay on.
    /// </remarks>
    private protected override string SampleBitmapSetting => "SET LOCAL enable_indexscan = off;\n";

    /// <summary>
    /// The text's bitmap is ANDed with the sample's when the text matches at most <see cref="SampleBitmapShare"/>
    /// of the postings and no place bounds the search. Measured at a million: 电工 (5 %) 76 → 22 ms alone, 会计 (10 %)
    /// 68 → 50 ms, 司机 (2.5 %) 67 → 15 ms; but 倒班 (30 %, a description word) 67 → 123 ms, where the text's bitmap is
    /// larger than the sample, and 会计 within 10 km 62 → 140 ms, where a third bitmap (the box) joins them.
    /// </summary>
    private protected override async Task<bool> SamplesByBitmapsAsync(DbConnection connection, SearchPlan plan, CancellationToken cancellationToken) =>
        plan.Distance is null && (await PostgresColumnShares.ReadAsync(connection, Clock.Now, cancellationToken)).OfText(plan.Text) <= SampleBitmapShare;

    private const double SampleBitmapShare = 0.125;

    /// <summary>The great-circle km the chord spans: the distance a hit says is the true one, in the order listed.</summary>
    private protected override double NearKm(double nearOrder) => GeoPoint.KmFromChord(nearOrder);

    protected override string AllOf(IEnumerable<string> tokens, bool titleOnly) =>
        string.Join(" & ", tokens.Select(t => Lexeme(t, titleOnly)));

    protected override string PhrasesOf(IReadOnlyList<QueryTerm> terms, bool titleOnly) =>
        string.Join(" & ", terms.Select(term => "(" + string.Join(term.IsPhrase ? " <-> " : " & ", term.Tokens.Select(t => Lexeme(t, titleOnly))) + ")"));

    /// <summary>The tsvector literal of a posting: <c>'财务':1A '务会':2A '会计':3A,15</c>.</summary>
    internal static string TsVector(IReadOnlyList<string> title, IReadOnlyList<string> body)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string token, int position, string weight)
        {
            if (!positions.TryGetValue(token, out var list))
            {
                positions[token] = list = [];
            }

            list.Add(Math.Min(position, MaxPosition).ToString(CultureInfo.InvariantCulture) + weight);
        }

        for (var i = 0; i < title.Count; i++)
        {
            Add(title[i], i + 1, "A");
        }

        for (var i = 0; i < body.Count; i++)
        {
            Add(body[i], title.Count + FieldGap + i + 1, "");
        }

        var text = new StringBuilder();
        foreach (var (token, list) in positions)
        {
            text.Append(Quote(token)).Append(':').AppendJoin(',', list).Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private static string Lexeme(string token, bool titleOnly) => Quote(token) + (titleOnly ? ":A" : "");

    // Tokens are Chinese characters and [a-z0-9] only; quoting still keeps a future token safe.
    private static string Quote(string token) => "'" + token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
