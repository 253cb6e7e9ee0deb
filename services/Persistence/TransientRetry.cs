using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence;

/// <summary>
/// Runs a write that opens its own transaction as one unit the provider's execution strategy may
/// run again after a transient failure (PostgreSQL restarting: <see cref="ServiceDatabase"/> turns
/// Npgsql's retries on). A retrying strategy refuses a transaction begun outside it, so every
/// <c>BeginTransaction</c> goes through here. The unit must be safe to run twice: it looks for its
/// own earlier result first (an idempotency record, a unique business key), so a commit whose
/// acknowledgement was lost is answered as a resend, not written again. What a failed attempt left
/// in the change tracker is dropped before the next one.
/// </summary>
public static class TransientRetry
{
    public static Task<T> RunAsync<T>(DbContext db, Func<Task<T>> unit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(() =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            return unit();
        });
    }
}
