using Employment.IdentityProvider.Data;
using Employment.IdentityProvider.Domain;
using Microsoft.EntityFrameworkCore;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// The staff lockout, per 工号 and address together (<see cref="StaffSignInFailure"/>): after
/// <see cref="StaffSignInOptions.MaxFailedAttempts"/> wrong passwords or codes in a row from one address, that
/// 工号 signs in from that address no more for <see cref="StaffSignInOptions.Lockout"/>, while the clerk at
/// their own office is not stopped. Guessing from many addresses is slowed by the per-address throttle
/// (<c>Pages/SignInThrottle</c>); an admin sees the attempts and may clear them.
/// </summary>
public sealed class SignInFailures(IdentityProviderDbContext db, IdentityProviderOptions options, TimeProvider time)
{
    // An admin's list of one 工号's addresses: a technical bound on one answer (the per-address throttle bounds how many
    // rows one 工号 gathers).
    private const int Listed = 1000;

    // Two wrong entries posted at once may meet on one row: the loser reads it again, a few times at most.
    private const int Tries = 3;

    /// <summary>Until when this 工号 is locked from this address, or null.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string staffNumber, string address, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (number, from) = Key(staffNumber, address);
        var locked = await db.StaffSignInFailures.AsNoTracking()
            .Where(f => f.StaffNumber == number && f.Address == from)
            .Select(f => f.LockedUntil)
            .SingleOrDefaultAsync(cancellationToken);
        return locked > now ? locked : null;
    }

    /// <summary>Counts a wrong password or code; returns until when the 工号 is now locked from here, or null.</summary>
    public async Task<DateTimeOffset?> RecordAsync(string staffNumber, string address, CancellationToken cancellationToken)
    {
        var (number, from) = Key(staffNumber, address);
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var row = await db.StaffSignInFailures.SingleOrDefaultAsync(f => f.StaffNumber == number && f.Address == from, cancellationToken);
            if (row is null)
            {
                row = new StaffSignInFailure { StaffNumber = number, Address = from, FirstFailedAt = now };
                db.StaffSignInFailures.Add(row);
            }
            else if (row.LockedUntil <= now || (row.LockedUntil is null && now - row.LastFailedAt >= options.Staff.Lockout))
            {
                // A lockout served, or failures old enough to have been one: counting starts again.
                row.Failures = 0;
                row.FirstFailedAt = now;
                row.LockedUntil = null;
            }

            row.Failures++;
            row.LastFailedAt = now;
            if (row.Failures >= options.Staff.MaxFailedAttempts && row.LockedUntil is null)
            {
                row.LockedUntil = now + options.Staff.Lockout;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return row.LockedUntil;
            }
            catch (DbUpdateException) when (attempt < Tries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A sign-in from here succeeded: its failures are forgotten.</summary>
    public async Task ClearAsync(string staffNumber, string address, CancellationToken cancellationToken)
    {
        var (number, from) = Key(staffNumber, address);
        await db.StaffSignInFailures.Where(f => f.StaffNumber == number && f.Address == from).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>An admin unlocks the 工号 from every address.</summary>
    public Task<int> ClearEverywhereAsync(string staffNumber, CancellationToken cancellationToken) =>
        db.StaffSignInFailures.Where(f => f.StaffNumber == staffNumber).ExecuteDeleteAsync(cancellationToken);

    /// <summary>What an admin sees: the addresses this 工号 was typed wrongly from, most recent first.</summary>
    public async Task<List<StaffSignInFailure>> ListAsync(string staffNumber, CancellationToken cancellationToken)
    {
        // Ordered here: SQLite orders no DateTimeOffset.
        var rows = await db.StaffSignInFailures.AsNoTracking().Where(f => f.StaffNumber == staffNumber).Take(Listed).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(f => f.LastFailedAt)];
    }

    private static (string StaffNumber, string Address) Key(string staffNumber, string address) =>
        (Bounded(staffNumber, StaffSignInFailure.MaxStaffNumberLength), Bounded(address, StaffSignInFailure.MaxAddressLength));

    private static string Bounded(string text, int length) => text.Length <= length ? text : text[..length];
}
