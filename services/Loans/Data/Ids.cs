using Employment.ServiceDefaults.Data;

namespace Employment.Loans.Data;

/// <summary>Record ids: a letter for the kind and a time-ordered GUID (so ids sort by creation).</summary>
public static class Ids
{
    public const string EligibilityQuery = "Q";
    public const string Application = "A";
    public const string StateChange = "S";
    public const string Loan = "L";
    public const string Repayment = "R";
    public const string Extension = "X";
    public const string Overdue = "O";
    public const string Claim = "C";
    public const string Consent = "G";

    public static string New(string prefix) => RecordIds.New(prefix);
}
