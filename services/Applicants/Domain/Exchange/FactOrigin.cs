namespace Employment.Applicants.Domain.Exchange;

/// <summary>Where a fact came from, stored with it: what decides which of two facts that disagree stands.</summary>
public enum FactOrigin
{
    /// <summary>Typed in by a clerk, or written by one of the bureau's own services (a training certificate, a hire online).</summary>
    Entered = 0,

    /// <summary>An agency's record, imported from its batch.</summary>
    Agency = 1,
}

/// <summary>
/// How far a fact's source is trusted: an agency's record, then a clerk's entry with evidence, then an employer's
/// declaration, then a person's statement (and a clerk's entry with no evidence, which is what the person said at the
/// counter). A lower rank never silently replaces a higher one; a higher one replacing a lower is a conflict for a clerk.
/// </summary>
public static class FactRank
{
    public const int AgencyRecord = 1;
    public const int ClerkWithEvidence = 2;
    public const int EmployerDeclaration = 3;
    public const int PersonStatement = 4;

    private const string EmployerDeclarationPrefix = "用人单位申报";

    /// <param name="authority">The fact's stated source (a person fact's authority, an employer fact's source).</param>
    /// <param name="evidence">Its evidence reference.</param>
    public static int Of(FactOrigin origin, string authority, string evidence) => origin switch
    {
        FactOrigin.Agency => AgencyRecord,
        _ when authority.StartsWith(EmployerDeclarationPrefix, StringComparison.Ordinal) => EmployerDeclaration,
        _ when evidence.Trim().Length > 0 => ClerkWithEvidence,
        _ => PersonStatement,
    };

    /// <summary>The rank in words, for the clerk who sees a conflict.</summary>
    public static string NameZh(int rank) => rank switch
    {
        AgencyRecord => "部门数据",
        ClerkWithEvidence => "窗口录入（有凭证）",
        EmployerDeclaration => "用人单位申报",
        _ => "个人陈述",
    };
}
