using System.Security.Cryptography;
using System.Text;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;

namespace Employment.ServiceDefaults.Security;

/// <summary>A new 查询码: the code told once to the applicant, and what the record keeps instead of it.</summary>
/// <param name="Code">Shown once, in the counter's submit answer; never stored, never logged.</param>
/// <param name="Stored">The salted, stretched hash the application row keeps (<see cref="ProgressCodes.Format"/>).</param>
public sealed record IssuedProgressCode(string Code, string Stored);

/// <summary>
/// The second factor of 办理进度, shared by every service that takes applications: the
/// counter's submit answer carries a short code once; the applicant follows the application with its
/// reference and that code. Only a salted PBKDF2 hash is stored (a leaked table does not hand out
/// codes at once), comparisons are constant-time, and an unknown reference and a wrong code are the
/// SAME refusal (<see cref="Refusal"/>) after the same work, so references cannot be probed. The
/// gateway rate-limits the lookups per address (<c>Gateway:ProgressRateLimit</c>); the service itself
/// limits wrong codes per reference (<see cref="ProgressGuesses"/>), so a caller that reaches a
/// service port directly, or from many addresses, still cannot guess one application's code.
/// </summary>
public static class ProgressCodes
{
    /// <summary>The method name every service's public lookup uses, which the gateway's stricter limit recognises.</summary>
    public const string MethodName = "GetApplicationProgress";

    /// <summary>Characters a person reads off paper without confusing them: no 0/O, 1/I/L.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>8 characters of 31: about 2^39.6 codes; with the gateway's limit, guessing is hopeless.</summary>
    public const int Length = 8;

    /// <summary>The form of <see cref="IssuedProgressCode.Stored"/>: scheme, iterations, salt, hash.</summary>
    public const string Format = "pbkdf2-sha256";

    /// <summary>Enough stretching to slow an offline guess, little enough for a rate-limited public lookup.</summary>
    private const int Iterations = 20_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Worked against when the reference is unknown, so both refusals cost the same.</summary>
    private static readonly string Decoy = Hash(new string(Alphabet[0], Length), new byte[SaltBytes], Iterations);

    /// <summary>The longest reference a lookup takes (ids are a letter and 32 hex digits).</summary>
    public const int ReferenceMaxLength = 64;

    /// <summary>
    /// The reference a person typed, trimmed: a missing or malformed one is INVALID_ARGUMENT naming
    /// <c>reference</c> (that says nothing about which references exist). The code is never judged
    /// here: a missing code is the same NOT_FOUND as a wrong one.
    /// </summary>
    public static string Reference(string? typed) => PlainText.Check(typed, "reference", ReferenceMaxLength, "申请编号");

    /// <summary>A fresh random code and its stored form.</summary>
    public static IssuedProgressCode Issue()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        return new IssuedProgressCode(code, Hash(code, RandomNumberGenerator.GetBytes(SaltBytes), Iterations));
    }

    /// <summary>
    /// The stored form of a chosen code: only for the fixed codes of Development demo data, printed by
    /// the launcher. A real application's code comes from <see cref="Issue"/>.
    /// </summary>
    public static string StoredFormOf(string code) =>
        Hash(Normalise(code), RandomNumberGenerator.GetBytes(SaltBytes), Iterations);

    /// <summary>
    /// The code as people type it: spaces and dashes dropped, letters upper-cased. Anything longer than
    /// a code is cut so a huge value costs no more than a code.
    /// </summary>
    public static string Normalise(string? typed)
    {
        var builder = new StringBuilder(Length);
        foreach (var c in typed ?? "")
        {
            if (c is ' ' or '-' or '\u3000')
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
            if (builder.Length > Length)
            {
                break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="typed"/> is the code <paramref name="stored"/> was made from. A null
    /// <paramref name="stored"/> (unknown reference, or a row from before codes existed) does the same
    /// work against a decoy and answers false.
    /// </summary>
    public static bool Matches(string? stored, string? typed)
    {
        var code = Normalise(typed);
        var parts = (stored ?? Decoy).Split('$');
        if (parts.Length != 4 || parts[0] != Format || !int.TryParse(parts[1], out var iterations) || iterations is < 1 or > 1_000_000)
        {
            parts = Decoy.Split('$');
            iterations = Iterations;
            stored = null;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && stored is not null;
    }

    /// <summary>
    /// The one refusal of a lookup: NOT_FOUND, the same words for an unknown reference and a wrong or
    /// missing code, naming both fields so a person checks both.
    /// </summary>
    public static DomainRuleException Refusal() =>
        new(DomainRuleKind.NotFound,
            "未找到该申请，或查询码不正确。请核对申请编号和窗口告知的查询码。 (No application with this reference and code: field reference, code.)",
            field: "reference");

    /// <summary>The stored row's code hash must match; otherwise <see cref="Refusal"/>.</summary>
    public static void Require(string? stored, string? typed)
    {
        if (!Matches(stored, typed))
        {
            throw Refusal();
        }
    }

    private static string Hash(string code, byte[] salt, int iterations)
    {
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Format}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }
}

/// <summary>
/// Wrong 查询码 per reference, counted in the service that holds the applications (one per host): a
/// caller that reaches a service port directly, or the gateway from many addresses, still gets only
/// <see cref="WrongCodesPerReference"/> tries at one application's code per <see cref="WrongCodeWindow"/>.
/// Unknown references are counted alike, so the limit says nothing about which references exist.
/// </summary>
public sealed class ProgressGuesses : IDisposable
{
    /// <summary>
    /// Wrong codes one reference may be tried with per window: a person who mistypes a few times is
    /// not held, a guesser gets ten tries in 2^39.6. A security bound, not a policy figure.
    /// </summary>
    public const int WrongCodesPerReference = 10;

    /// <summary>The window of <see cref="WrongCodesPerReference"/>.</summary>
    public static readonly TimeSpan WrongCodeWindow = TimeSpan.FromMinutes(15);

    private readonly System.Threading.RateLimiting.PartitionedRateLimiter<string> _wrong =
        System.Threading.RateLimiting.PartitionedRateLimiter.Create<string, string>(reference =>
            System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(reference, _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
            {
                PermitLimit = WrongCodesPerReference,
                Window = WrongCodeWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    /// <summary>
    /// <see cref="ProgressCodes.Require"/>, unless the reference has had <see cref="WrongCodesPerReference"/>
    /// wrong codes in the window: then RESOURCE_EXHAUSTED until it turns, whatever code comes next.
    /// </summary>
    public void Require(string reference, string? stored, string? typed)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (_wrong.GetStatistics(reference)?.CurrentAvailablePermits == 0)
        {
            throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.ResourceExhausted,
                $"该申请编号的查询码错误次数过多，请 {WrongCodeWindow.TotalMinutes:0} 分钟后再查询，或到受理窗口查询办理进度。 (Too many wrong codes for this reference.)"));
        }

        if (!ProgressCodes.Matches(stored, typed))
        {
            using var _ = _wrong.AttemptAcquire(reference);
            throw ProgressCodes.Refusal();
        }
    }

    public void Dispose() => _wrong.Dispose();
}
