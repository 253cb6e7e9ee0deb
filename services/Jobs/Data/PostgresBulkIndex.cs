using System.Globalization;
using Employment.Jobs.Search;
using Npgsql;

namespace Employment.Jobs.Data;

/// <summary>
/// Indexes many new postings at once with COPY, for a rebuild of the index or a load test: one
/// posting at a time (<see cref="PostgresPostingSearch.IndexAsync"/>) costs a transaction and three
/// statements each. Rows are the same as the engine writes; ids must not be indexed yet.
/// </summary>
public static class PostgresBulkIndex
{
    public static async Task<long> LoadAsync(NpgsqlConnection connection, IEnumerable<PostingDocument> postings, OccupationSynonyms synonyms, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(synonyms);
        var stamp = at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture);
        long count = 0;
        await using (var writer = await connection.BeginTextImportAsync(
            """
            COPY postings ("PostingId", "EmployerName", "Title", "Description", "OccupationCode", "OccupationGroup", "CountyCode", "CityCode",
                           "Kind", "PayMinFen", "PayMaxFen", "PayPeriod", "MonthlyPayMinFen", "MonthlyPayMaxFen", "PostedOn",
                           "SearchTokens", "TitleTokens", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy",
                           "ValidUntil", "MinEducation", "Latitude", "Longitude") FROM STDIN
            """, cancellationToken))
        {
            foreach (var posting in postings)
            {
                var record = new PostingRecord();
                record.CopyFrom(posting, synonyms);
                var title = TextAnalyzer.IndexTokens(posting.Title);
                var tokens = PostgresPostingSearch.TsVector(title, TextAnalyzer.IndexTokens(posting.Description));
                string[] fields =
                [
                    record.PostingId, record.EmployerName, record.Title, record.Description, record.OccupationCode, record.OccupationGroup,
                    record.CountyCode, record.CityCode, Number(record.Kind), Number(record.PayMinFen), Number(record.PayMaxFen),
                    Number(record.PayPeriod), Number(record.MonthlyPayMinFen), Number(record.MonthlyPayMaxFen),
                    record.PostedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), tokens, PostgresPostingSearch.TsVector(title, []), "1", stamp, posting.ChangedBy, stamp, posting.ChangedBy,
                    record.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(record.MinEducation), Coordinate(record.Latitude), Coordinate(record.Longitude),
                ];
                await writer.WriteLineAsync(string.Join('\t', fields.Select(f => f == Null ? f : Escape(f))).AsMemory(), cancellationToken);
                count++;
            }
        }

        return count;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // COPY's text format writes NULL as \N (not escaped).
    private const string Null = "\\N";

    private static string Coordinate(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? Null;

    // COPY's text format: backslash, tab and line breaks are escaped.
    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal);
}
