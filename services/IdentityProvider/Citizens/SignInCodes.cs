using System.Security.Cryptography;
using System.Text;
using Employment.IdentityProvider.Data;
using Employment.IdentityProvider.Domain;
using Microsoft.EntityFrameworkCore;

namespace Employment.IdentityProvider.Citizens;

/// <summary>What became of a code entered.</summary>
public enum CodeCheck
{
    Accepted,
    Wrong,
    /// <summary>Unknown, expired, already used, or spent by too many wrong entries: a new one must be asked for.</summary>
    Spent,
    /// <summary>The person's wrong entries of the last day, across codes, reached the limit: no code is checked until they age.</summary>
    DayLimit,
}

/// <summary>What became of asking for a code.</summary>
public enum CodeIssue
{
    Issued,
    /// <summary>One was sent less than the resend interval ago.</summary>
    TooSoon,
    /// <summary>The person's codes or wrong entries of the last day reached their limit.</summary>
    DayLimit,
}

/// <summary>
/// One-time codes of the real-name sign-in, kept hashed in the provider's database, each spent by its first right
/// entry or by <see cref="CitizenSignInOptions.MaxCodeAttempts"/> wrong ones. At most one is sent per
/// <see cref="CitizenSignInOptions.CodeResendInterval"/>, and a new one leaves the earlier ones valid until they
/// expire, so that someone asking for codes in a person's name cannot stop the person using the code they hold.
/// Over a day (the last 24 hours) a person is sent at most <see cref="CitizenSignInOptions.MaxCodesPerDay"/> codes and
/// may enter at most <see cref="CitizenSignInOptions.MaxWrongCodesPerDay"/> wrong ones across them: guessing is
/// bounded per person, not per code.
/// </summary>
public sealed class SignInCodes(IdentityProviderDbContext db, IdentityProviderOptions options, TimeProvider time)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>A new code for the person, or why none is sent.</summary>
    public async Task<(CodeIssue Issue, string Attempt, string Code)> IssueAsync(string personId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earlier = await db.CitizenSignInCodes.Where(c => c.PersonId == personId).ToListAsync(cancellationToken);
        if (earlier.Any(c => now - c.SentAt < options.Citizens.CodeResendInterval))
        {
            return (CodeIssue.TooSoon, "", "");
        }

        // Codes older than a day count towards nothing and are no longer kept.
        db.CitizenSignInCodes.RemoveRange(earlier.Where(c => now - c.SentAt >= Day));
        var today = earlier.Where(c => now - c.SentAt < Day).ToList();
        if (today.Count >= options.Citizens.MaxCodesPerDay || today.Sum(c => c.FailedAttempts) >= options.Citizens.MaxWrongCodesPerDay)
        {
            await db.SaveChangesAsync(cancellationToken);
            return (CodeIssue.DayLimit, "", "");
        }

        var attempt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        db.CitizenSignInCodes.Add(new CitizenSignInCode
        {
            Id = attempt, PersonId = personId, CodeHash = Hash(attempt, code), SentAt = now, ExpiresAt = now + options.Citizens.CodeLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (CodeIssue.Issued, attempt, code);
    }

    /// <summary>Checks a code entered for <paramref name="attempt"/>; on acceptance, the person it signs in.</summary>
    public async Task<(CodeCheck Check, string? PersonId, int AttemptsLeft)> CheckAsync(string attempt, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = attempt.Length == 32 ? await db.CitizenSignInCodes.SingleOrDefaultAsync(c => c.Id == attempt, cancellationToken) : null;
        if (stored is null || stored.SpentAt is not null || now >= stored.ExpiresAt)
        {
            return (CodeCheck.Spent, null, 0);
        }

        var wrongToday = await db.CitizenSignInCodes.AsNoTracking().Where(c => c.PersonId == stored.PersonId)
            .Select(c => new { c.SentAt, c.FailedAttempts }).ToListAsync(cancellationToken);
        if (wrongToday.Where(c => now - c.SentAt < Day).Sum(c => c.FailedAttempts) >= options.Citizens.MaxWrongCodesPerDay)
        {
            return (CodeCheck.DayLimit, null, 0);
        }

        var right = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(attempt, code)), Encoding.ASCII.GetBytes(stored.CodeHash));
        if (right)
        {
            stored.SpentAt = now;
        }
        else if (++stored.FailedAttempts >= options.Citizens.MaxCodeAttempts)
        {
            stored.SpentAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another entry of the same code got there first (FailedAttempts and SpentAt are concurrency tokens).
            return (CodeCheck.Spent, null, 0);
        }

        if (right)
        {
            return (CodeCheck.Accepted, stored.PersonId, 0);
        }

        return stored.SpentAt is null ? (CodeCheck.Wrong, null, options.Citizens.MaxCodeAttempts - stored.FailedAttempts) : (CodeCheck.Spent, null, 0);
    }

    private static string Hash(string attempt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(attempt + ":" + code)));
}
