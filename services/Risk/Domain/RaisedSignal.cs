using System.Security.Cryptography;
using System.Text;
using Employment.Policy.Model;

namespace Employment.Risk.Domain;

/// <summary>The kinds of signal; the numbers are the contract's (employment.risk.v1.SignalKind).</summary>
public enum SignalKind
{
    /// <summary>重复享受: one person, month or training paid under two measures the catalog marks exclusive.</summary>
    ExclusiveMeasures = 1,

    /// <summary>虚报冒领: one payment account receiving for several claimants.</summary>
    SharedPaymentAccount = 2,

    /// <summary>补录: claims entered long after the day they were received (R31), per clerk.</summary>
    BackDatedEntries = 3,

    /// <summary>优亲厚友: a claim decided by its applicant, the applicant's household, or the employer's legal representative.</summary>
    CloseRelations = 4,

    /// <summary>骗取套取: a subsidised hire that ends soon after its qualifying months, or overlaps other insurance or unemployment benefit.</summary>
    HiredForSubsidy = 5,
}

/// <summary>The numbers are the contract's (employment.risk.v1.Severity).</summary>
public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>A fact a signal rests on, as an auditor reads it.</summary>
public sealed record SignalFact(string NameZh, string Value);

/// <summary>
/// What a rule found: its kind and severity, the records it links, the facts and the catalog values (clause,
/// ruling or configured threshold) it rests on, and what to check, in Chinese.
/// </summary>
public sealed record RaisedSignal(
    SignalKind Kind,
    Severity Severity,
    Region Region,
    string SummaryZh,
    IReadOnlyList<PaidItem> Records,
    IReadOnlyList<SignalFact> Facts,
    IReadOnlyList<ParameterValue> Citations,
    string Subject)
{
    /// <summary>
    /// The same finding on the same records, whichever scan finds it: a hash of the kind, what it is about
    /// (a person, an account, a clerk) and the items it links, so a scan run again does not raise it twice.
    /// </summary>
    public string Fingerprint { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{(int)Kind}\n{Subject}\n{string.Join("\n", Records.Select(r => r.Key).Order(StringComparer.Ordinal))}")));
}
