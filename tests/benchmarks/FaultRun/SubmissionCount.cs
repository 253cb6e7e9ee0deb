using Npgsql;

namespace FaultRun;

/// <summary>
/// Counts, in the loans service's own PostgreSQL database, what the submissions left: every
/// application an OK answer named (exactly once each), all applications and all SubmitApplication
/// idempotency records (one per application: no record without its key), and keys with two records.
/// </summary>
public static class SubmissionCount
{
    /// <summary>
    /// The loans service's own role's connection (run-production.sh's secrets/services/startup-loans): the service owns its
    /// tables, and the operator's role may not read them (least privilege), so the checks read as the service does.
    /// </summary>
    public static string LoansConnection(string run) =>
        File.ReadAllText(Path.Combine(run, "secrets", "services", "startup-loans", "PostgresServer")).Trim();

    public static async Task<IReadOnlyList<string>> CheckAsync(string serverConnection, SubmissionLedger ledger)
    {
        var lines = new List<string>();
        var answered = ledger.AnsweredKeys;
        var builder = new NpgsqlConnectionStringBuilder(serverConnection) { Database = "loans" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("""SELECT "Id", count(*) FROM applications WHERE "Id" = ANY(@ids) GROUP BY "Id" """, connection))
        {
            command.Parameters.AddWithValue("ids", answered.Values.Distinct(StringComparer.Ordinal).ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                found[reader.GetString(0)] = (int)reader.GetInt64(1);
            }
        }

        var applications = await ScalarAsync(connection, "SELECT count(*) FROM applications");
        var keyRecords = await ScalarAsync(connection, """SELECT count(*) FROM idempotency WHERE "Operation" LIKE 'SubmitApplication %'""");
        var doubledKeys = await ScalarAsync(connection, """SELECT count(*) FROM (SELECT "Key" FROM idempotency WHERE "Operation" LIKE 'SubmitApplication %' GROUP BY "Key" HAVING count(*) > 1) d""");
        var exactlyOnce = answered.Values.Count(id => found.GetValueOrDefault(id) == 1);
        var missing = answered.Values.Count(id => !found.ContainsKey(id));

        lines.Add($"  keys sent {ledger.KeysSent}; answered OK {answered.Count} (OK answers in all, retries included: {ledger.OkAnswers}; keys answered more than once: {ledger.KeysAnsweredMoreThanOnce}); refused by the service: {ledger.RefusedKeys}");
        lines.Add($"  OK answers whose application is in PostgreSQL exactly once: {exactlyOnce} of {answered.Count}; missing: {missing}");
        lines.Add($"  keys whose OK answers named different applications: {ledger.KeysWithDifferentAnswers}; keys with more than one record: {doubledKeys}");
        lines.Add($"  applications in PostgreSQL: {applications}; SubmitApplication key records: {keyRecords}; beyond the OK-answered keys: {applications - answered.Count} (written, answer lost: a call in flight at a kill whose caller gave up)");
        foreach (var reason in ledger.RefusalReasons)
        {
            lines.Add($"  a refusal: {reason}");
        }

        return lines;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
