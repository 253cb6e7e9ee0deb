using System.Collections.Concurrent;
using System.Data.Common;
using Employment.Jobs.Search;

namespace Employment.Jobs.Data;

/// <summary>
/// The shares of the postings that carry each common word (in the title, and anywhere) and occupation code,
/// as PostgreSQL's own statistics hold them (<c>pg_stats</c>: the most common elements of the tsvectors and
/// the most common values of the code columns, refreshed by ANALYZE). The planner reads each share
/// soundly but multiplies them, as if a title saying 保育 and the code of 保育员 were independent; the
/// search reads them here to see when they can go together. Kept per database for
/// <see cref="Lifetime"/> in each process; a word or code not among the most common reads as rare (0).
/// </summary>
internal static class PostgresColumnShares
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly ConcurrentDictionary<string, (DateTimeOffset Read, Shares Shares)> Kept = new(StringComparer.Ordinal);

    internal sealed record Shares(
        IReadOnlyDictionary<string, double> TitleWords, IReadOnlyDictionary<string, double> Words, IReadOnlyDictionary<string, double> Codes, IReadOnlyDictionary<string, double> Groups)
    {
        /// <summary>
        /// About the share of the postings a text search counts: per term, the larger of its rarest word's share
        /// anywhere and its occupations' with their neighbours' (the two overlap: most postings that say 电工 are
        /// coded 电工, so their sum would count them twice); of all terms (every one must match), the smallest.
        /// </summary>
        public double OfText(SearchText text) => text.Terms
            .Select(t => Math.Max(
                t.Tokens.Select(w => Words.GetValueOrDefault(w)).DefaultIfEmpty(0).Min(),
                OfOccupations(t.OccupationCodes) + t.NeighbourGroups.Sum(g => Groups.GetValueOrDefault(g))))
            .DefaultIfEmpty(1)
            .Min();

        /// <summary>The share of the postings whose title holds every one of the words (at most the rarest word's).</summary>
        public double OfTitleWords(IEnumerable<string> words) => words.Select(w => TitleWords.GetValueOrDefault(w)).DefaultIfEmpty(0).Min();

        /// <summary>The share of the postings coded with any of the codes, as a 细类 or within a 小类.</summary>
        public double OfOccupations(IEnumerable<string> codes) => codes.Sum(c => Codes.GetValueOrDefault(c) + Groups.GetValueOrDefault(c));
    }

    public static async Task<Shares> ReadAsync(DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var database = connection.Database;
        if (Kept.TryGetValue(database, out var kept) && now - kept.Read < Lifetime)
        {
            return kept.Shares;
        }

        var columns = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal)
        {
            [PostgresJobsDbContext.TitleTokensColumn] = new(StringComparer.Ordinal),
            [PostgresJobsDbContext.TokensColumn] = new(StringComparer.Ordinal),
            ["OccupationCode"] = new(StringComparer.Ordinal),
            ["OccupationGroup"] = new(StringComparer.Ordinal),
        };
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT s.attname::text, u.value, u.share
                FROM pg_stats s,
                     unnest(COALESCE(s.most_common_elems::text::text[], s.most_common_vals::text::text[]),
                            COALESCE(s.most_common_elem_freqs, s.most_common_freqs)) AS u(value, share)
                WHERE s.schemaname = current_schema() AND s.tablename = '{JobsDbContext.PostingsTable}'
                  AND s.attname IN ('{PostgresJobsDbContext.TitleTokensColumn}', '{PostgresJobsDbContext.TokensColumn}', 'OccupationCode', 'OccupationGroup')
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!reader.IsDBNull(1))
                {
                    columns[reader.GetString(0)][reader.GetString(1)] = reader.GetFloat(2);
                }
            }
        }

        var shares = new Shares(
            columns[PostgresJobsDbContext.TitleTokensColumn], columns[PostgresJobsDbContext.TokensColumn], columns["OccupationCode"], columns["OccupationGroup"]);
        Kept[database] = (now, shares);
        return shares;
    }
}
