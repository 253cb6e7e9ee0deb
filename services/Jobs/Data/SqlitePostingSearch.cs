using Employment.Jobs.Search;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data;

/// <summary>
/// The embedded engine: FTS5 table <c>posting_text(title, body)</c> whose rowid is the posting's
/// key, each column holding the posting's tokens (<see cref="TextAnalyzer"/>) separated by spaces,
/// so that FTS5's unicode61 tokenizer reads back exactly those tokens in order. A query is an FTS5
/// expression: <c>AND</c> for "every token", a quoted string for a phrase, <c>title :</c> for "in
/// the title".
/// </summary>
public sealed class SqlitePostingSearch(SqliteJobsDbContext db, OccupationSynonyms synonyms, ChinaClock clock, SearchCountCache? counts = null)
    : RelationalPostingSearch(db, synonyms, clock, counts)
{
    protected override async Task WriteTokensAsync(long key, IReadOnlyList<string> title, IReadOnlyList<string> body, CancellationToken cancellationToken)
    {
        await RemoveTokensAsync(key, cancellationToken);
        var titleText = string.Join(' ', title);
        var bodyText = string.Join(' ', body);
        await Db.Database.ExecuteSqlAsync(
            $"INSERT INTO posting_text (rowid, title, body) VALUES ({key}, {titleText}, {bodyText})",
            cancellationToken);
    }

    protected override Task RemoveTokensAsync(long key, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync($"DELETE FROM posting_text WHERE rowid = {key}", cancellationToken);

    protected override string TextMatches(string parameter) =>
        $"p.\"Key\" IN (SELECT rowid FROM {SqliteJobsDbContext.TextTable} WHERE {SqliteJobsDbContext.TextTable} MATCH {parameter})";

    protected override string AllOf(IEnumerable<string> tokens, bool titleOnly) =>
        string.Join(" AND ", tokens.Select(t => Column(titleOnly) + Quote(t)));

    protected override string PhrasesOf(IReadOnlyList<QueryTerm> terms, bool titleOnly) =>
        string.Join(" AND ", terms.Select(term => term.IsPhrase
            ? Column(titleOnly) + Quote(string.Join(' ', term.Tokens))
            : "(" + AllOf(term.Tokens, titleOnly) + ")"));

    private static string Column(bool titleOnly) => titleOnly ? "title : " : "";

    // An FTS5 string: tokens are Chinese characters and [a-z0-9], quoting keeps AND/OR/NOT words literal.
    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
