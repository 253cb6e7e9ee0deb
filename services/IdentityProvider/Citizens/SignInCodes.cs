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
}

/// <summary>
/// One-time codes of the real-name sign-in, kept hashed in the provider's database: one live code per person
/// (a new one replaces the last), at most one sent per <see cref="CitizenSignInOptions.CodeResendInterval"/>,
/// spent by its first right entry or by <see cref="CitizenSignInOptions.MaxCodeAttempts"/> wrong ones.
/// </summary>
public sealed class SignInCodes(IdentityProviderDbContext db, IdentityProviderOptions options, TimeProvider time)
{
    /// <summary>A new code for the person, or null when one was sent less than the resend interval ago.</summary>
    public async Task<(string Attempt, string Code)?> IssueAsync(string personId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earlier = await db.CitizenSignInCodes.Where(c => c.PersonId == personId).ToListAsync(cancellationToken);
        if (earlier.Any(c => now - c.SentAt < options.Citizens.CodeResendInterval))
        {
            return null;
        }

        db.CitizenSignInCodes.RemoveRange(earlier);
        var attempt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        db.CitizenSignInCodes.Add(new CitizenSignInCode
        {
            Id = attempt, PersonId = personId, CodeHash = Hash(attempt, code), SentAt = now, ExpiresAt = now + options.Citizens.CodeLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (attempt, code);
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
