using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Employment.Jobs.Search;
using Microsoft.EntityFrameworkCore.Storage;

namespace Employment.Jobs.Data;

/// <summary>
/// The kept counts in the <c>search_counts</c> table (<see cref="SearchCountRecord"/>), as
/// <see cref="SearchCountCache"/> describes: fresh counts are read; lapsed ones are counted again by
/// the one caller whose claim lands, while the others read the last counts. The SQL is the same on
/// both engines.
/// </summary>
internal sealed class SearchCountStore(SearchCountCache kept, DbConnection connection, IDbContextTransaction? transaction)
{
    // Rows not counted for a day are cleared, a few at a time, when a new text or filter set is kept.
    private static readonly TimeSpan Unused = TimeSpan.FromDays(1);
    private const int ClearedAtOnce = 100;

    private const string Table = JobsDbContext.SearchCountsTable;

    // How long a caller waits for another copy's first count of a text and filter set: 10 s.
    private static readonly TimeSpan WaitInterval = TimeSpan.FromMilliseconds(25);
    private const int WaitAttempts = 400;

    public async Task<SearchCounts> CountAsync(string countKey, Func<Task<SearchCounts>> count, CancellationToken cancellationToken)
    {
        if (kept.Lifetime <= TimeSpan.Zero)
        {
            return await count();
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(countKey)));
        var now = kept.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var (found, json, countedAt) = await ReadAsync(key, cancellationToken);
        if (json is not null && countedAt + (long)kept.Lifetime.TotalMilliseconds > now)
        {
            return Parse(json);
        }

        if (json is not null)
        {
            // Lapsed: the caller whose claim lands counts again; the others read the last counts meanwhile.
            return await ClaimAsync(key, now, found, cancellationToken)
                ? await CountAndKeepAsync(key, now, found: true, count, cancellationToken)
                : Parse(json);
        }

        // Never counted: one caller in this process counts, the others wait for it; another copy of the
        // service counting it already is waited for through the table.
        return await kept.ShareAsync(key, async () =>
        {
            if (await ClaimAsync(key, now, found, cancellationToken) || await WaitForCountsAsync(key, cancellationToken) is not { } counted)
            {
                return await CountAndKeepAsync(key, now, found, count, cancellationToken);
            }

            return counted;
        });
    }

    // The claim lasts a lifetime: a copy that dies while counting leaves the recount to the next caller after it.
    // It lands only while the counts are still lapsed (or never made, counted at 0): a caller that read the row
    // before another finished counting would otherwise claim the fresh counts and count them again.
    private async Task<bool> ClaimAsync(string key, long now, bool found, CancellationToken cancellationToken)
    {
        var lifetime = (long)kept.Lifetime.TotalMilliseconds;
        return found
            ? await ExecuteAsync($"UPDATE {Table} SET \"RecountClaimedUntilMs\" = @until WHERE \"Key\" = @key AND \"RecountClaimedUntilMs\" <= @now AND \"CountedAtMs\" <= @lapsed", key, now, lifetime, cancellationToken) == 1
            : await ExecuteAsync($"INSERT INTO {Table} (\"Key\", \"Counts\", \"CountedAtMs\", \"RecountClaimedUntilMs\") VALUES (@key, NULL, 0, @until) ON CONFLICT (\"Key\") DO NOTHING", key, now, lifetime, cancellationToken) == 1;
    }

    // Another copy is making counts never made before: read them when they land, for a bounded time (then count here).
    private async Task<SearchCounts?> WaitForCountsAsync(string key, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < WaitAttempts; attempt++)
        {
            if ((await ReadAsync(key, cancellationToken)).Json is { } json)
            {
                return Parse(json);
            }

            await Task.Delay(WaitInterval, cancellationToken);
        }

        return null;
    }

    private async Task<SearchCounts> CountAndKeepAsync(string key, long now, bool found, Func<Task<SearchCounts>> count, CancellationToken cancellationToken)
    {
        var counts = await count();
        var sql = new SqlText();
        await using (var write = sql.Command(connection,
            $"UPDATE {Table} SET \"Counts\" = {sql.Add("counts", JsonSerializer.Serialize(counts))}, \"CountedAtMs\" = {sql.Add("now", now)}, \"RecountClaimedUntilMs\" = 0 WHERE \"Key\" = {sql.Add("key", key)}",
            transaction))
        {
            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        if (!found)
        {
            await ClearUnusedAsync(now - (long)Unused.TotalMilliseconds, cancellationToken);
        }

        return counts;
    }

    private async Task<(bool Found, string? Json, long CountedAt)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        await using var command = sql.Command(connection, $"SELECT \"Counts\", \"CountedAtMs\" FROM {Table} WHERE \"Key\" = {sql.Add("key", key)}", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (true, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1))
            : (false, null, 0);
    }

    private async Task<int> ExecuteAsync(string text, string key, long now, long lifetime, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        sql.Add("key", key);
        sql.Add("now", now);
        sql.Add("until", now + lifetime);
        sql.Add("lapsed", now - lifetime);
        await using var command = sql.Command(connection, text, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ClearUnusedAsync(long before, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        var text = $"DELETE FROM {Table} WHERE \"Key\" IN (SELECT \"Key\" FROM {Table} WHERE \"CountedAtMs\" < {sql.Add("before", before)} AND \"RecountClaimedUntilMs\" <= {sql.Add("claimed_before", before)} ORDER BY \"CountedAtMs\" LIMIT {sql.Add("limit", ClearedAtOnce)})";
        await using var command = sql.Command(connection, text, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SearchCounts Parse(string json) =>
        JsonSerializer.Deserialize<SearchCounts>(json) ?? throw new InvalidDataException("Kept search counts are empty.");
}
