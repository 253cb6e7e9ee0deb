using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Persistence;

/// <summary>
/// Runs statements written for Npgsql itself (a batch, array parameters) on a context's own PostgreSQL connection,
/// opened for them and closed after, inside the context's execution strategy: a broken connection or a server
/// restarting is tried again on a new one, as EF's own queries and commands are (<see cref="ServiceDatabase"/>).
/// A read is safe to run again; a write whose commit was done but not acknowledged meets its own rows' keys the
/// second time and fails, never storing them twice.
/// </summary>
public static class OpenConnection
{
    public static Task<T> RunAsync<T>(DbContext db, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            async attemptCancellation =>
            {
                await db.Database.OpenConnectionAsync(attemptCancellation);
                try
                {
                    return await work((NpgsqlConnection)db.Database.GetDbConnection(), attemptCancellation);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            },
            cancellationToken);
    }
}
