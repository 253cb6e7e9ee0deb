using System.Globalization;
using Npgsql;

namespace FaultRun;

/// <summary>
/// The restore drill, under the run's traffic: a backup, more writes, a moment chosen, more writes, the
/// WAL archived past it, then a point-in-time restore to that moment into a fresh cluster
/// (deploy/run-production.sh restore). Read back in the copy's <c>loans</c> database: every application
/// acknowledged before the moment must be there, and none whose key was first sent after it.
/// </summary>
public static class RestoreDrill
{
    public static async Task RunAsync(ProductionScript script, string run, SubmissionLedger ledger, TimeSpan writes, int port)
    {
        Console.WriteLine();
        Console.WriteLine("restore drill: an incremental backup, writes, the recovery point, writes, the WAL archived, a restore into a fresh cluster");
        await script.RunAsync("backup", "incr");
        await Task.Delay(writes);
        var moment = RunClock.Now;
        var target = DateTimeOffset.UtcNow;
        await Task.Delay(writes);
        await script.RunAsync("archive-now");

        var folder = Path.Combine(run, "restore-drill");
        if (Directory.Exists(folder))
        {
            // A copy an earlier drill left (one stopped halfway): restoring over a running one is refused.
            await script.RunAsync("drop-restore", folder);
        }

        var recoveryPoint = target.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00";
        var started = RunClock.Now;
        await script.RunAsync("restore", recoveryPoint, folder, port.ToString(CultureInfo.InvariantCulture));
        var took = RunClock.Now - started;

        var before = ledger.AcknowledgedBefore(moment);
        var after = ledger.SentAfter(moment);
        var server = new NpgsqlConnectionStringBuilder(SubmissionCount.LoansConnection(run));
        var copy = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = server.Username,
            Password = server.Password,
            Database = "loans",
        };
        int presentBefore, presentAfter;
        try
        {
            await using var connection = new NpgsqlConnection(copy.ConnectionString);
            await connection.OpenAsync();
            presentBefore = await PresentAsync(connection, before);
            presentAfter = await PresentAsync(connection, after);
        }
        catch
        {
            // The copy is the drill's own: stopped and removed whatever the reading met.
            await script.RunAsync("drop-restore", folder);
            throw;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  recovery point {recoveryPoint} (run second {moment:F1}); restore and replay to it took {took:F1} s"));
        Console.WriteLine($"  applications acknowledged before it: {before.Count}, present in the copy: {presentBefore}, missing: {before.Count - presentBefore}");
        Console.WriteLine($"  applications whose key was first sent after it: {after.Count}, present in the copy: {presentAfter} (0 expected)");
        await script.RunAsync("drop-restore", folder);
    }

    private static async Task<int> PresentAsync(NpgsqlConnection connection, IReadOnlyList<string> ids)
    {
        await using var command = new NpgsqlCommand("""SELECT count(DISTINCT "Id") FROM applications WHERE "Id" = ANY(@ids)""", connection);
        command.Parameters.AddWithValue("ids", ids.Distinct(StringComparer.Ordinal).ToArray());
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }
}
