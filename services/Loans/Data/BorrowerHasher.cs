using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Employment.Loans.Data;

/// <summary>
/// The keyed reference by which rows find a borrower: HMAC-SHA-256 over "kind:NORMALISED" with the
/// service's secret key (<c>Loans:BorrowerKey</c>, base64, at least 32 bytes). An identity number has
/// too little entropy for a plain hash (region, birth date, four characters: every demo borrower was
/// recovered from SHA-256 in under a second); without the key, a copy of the database gives nothing
/// to try numbers against.
/// </summary>
/// <remarks>
/// <para>Production refuses to start without the key. Development (the launcher) uses a fixed,
/// published development key, never valid anywhere else.</para>
/// <para>Rotation: rows keep the hash they were written with and the number itself is never stored,
/// so rows cannot be re-hashed. A new key goes in <c>Loans:BorrowerKey</c> and the old one moves to
/// <c>Loans:PreviousBorrowerKeys:0..n</c>: new rows use the new key, lookups match any of the keys
/// (<see cref="Candidates"/>), and an old key is removed once no row hashed with it is kept any more
/// (the records' retention period).</para>
/// </remarks>
public sealed class BorrowerHasher
{
    public const string KeySetting = "Loans:BorrowerKey";
    public const string PreviousKeysSection = "Loans:PreviousBorrowerKeys";
    private const int MinimumKeyBytes = 32;

    // Development only: published in the repository, as the development signing key is.
    private static readonly byte[] DevelopmentKey = SHA256.HashData(Encoding.UTF8.GetBytes("employment-platform development borrower key"));

    private readonly byte[] _key;
    private readonly byte[][] _previous;

    public BorrowerHasher(byte[] key, IEnumerable<byte[]>? previousKeys = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key.Length >= MinimumKeyBytes ? key : throw new ArgumentException($"The borrower key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        _previous = [.. previousKeys ?? []];
    }

    /// <summary>From configuration; outside Development a missing or short key stops the service at start-up.</summary>
    public static BorrowerHasher FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var previous = configuration.GetSection(PreviousKeysSection).GetChildren().Select(k => Decode(k.Value, k.Path));
        if (configuration[KeySetting] is { Length: > 0 } configured)
        {
            return new BorrowerHasher(Decode(configured, KeySetting), previous);
        }

        return environment.IsDevelopment()
            ? new BorrowerHasher(DevelopmentKey, previous)
            : throw new InvalidOperationException(
                $"{KeySetting} is not configured: the loans service needs a secret key (base64, at least {MinimumKeyBytes} bytes) to refer to borrowers. " +
                "Give it from the secret store (e.g. the environment variable Employment__Loans__BorrowerKey).");
    }

    /// <summary>The reference a new row stores.</summary>
    public string Hash(BorrowerKeyKind kind, string number) => HashWith(_key, kind, number);

    /// <summary>Every reference a row about this borrower may hold: the current key's first, then the previous keys'.</summary>
    public IReadOnlyList<string> Candidates(BorrowerKeyKind kind, string number) =>
        [Hash(kind, number), .. _previous.Select(k => HashWith(k, kind, number))];

    private static string HashWith(byte[] key, BorrowerKeyKind kind, string number) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{(int)kind}:{BorrowerReferences.Normalise(number)}")));

    private static byte[] Decode(string? value, string setting)
    {
        try
        {
            var key = Convert.FromBase64String(value ?? "");
            return key.Length >= MinimumKeyBytes ? key : throw new InvalidOperationException($"{setting} must be at least {MinimumKeyBytes} bytes (base64).");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{setting} is not valid base64.");
        }
    }
}
