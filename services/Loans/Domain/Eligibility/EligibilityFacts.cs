using Employment.Policy.Model;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// What the eligibility decision is told about one request. Amounts are in fen. Facts decided
/// elsewhere (the personal subsidy conditions, by the applicant categories of R10) come in as
/// inputs with a description of how they were decided, so the explanation can quote it.
/// </summary>
public sealed record EligibilityFacts
{
    public required BorrowerKind BorrowerKind { get; init; }

    public required Region Region { get; init; }

    /// <summary>拟放款日期: selects every rule (R1) and fixes the subsidy share for the loan's life (R4).</summary>
    public required DateOnly IntendedIssueDate { get; init; }

    /// <summary>申请金额 in fen; must be positive.</summary>
    public required long RequestedAmountFen { get; init; }

    /// <summary>
    /// 贷款期限 asked, in months, when the request states one (the public self-check does); judged against the
    /// product's term limit where the catalog states one. Null: not judged here (the counter's application
    /// refuses an over-long term as bad input).
    /// </summary>
    public int? RequestedTermMonths { get; init; }

    /// <summary>Whether the borrower meets the personal conditions for a subsidised loan (decided elsewhere, by categories).</summary>
    public bool MeetsPersonalSubsidyConditions { get; init; }

    /// <summary>How <see cref="MeetsPersonalSubsidyConditions"/> was decided (e.g. the category and its clause), quoted in the explanation.</summary>
    public string PersonalSubsidyConditionsBasis { get; init; } = "";

    /// <summary>The honours route of R4, if the borrower has one.</summary>
    public HonoursRoute HonoursRoute { get; init; } = HonoursRoute.None;

    /// <summary>Subsidised loans the borrower has received so far (R6: at most the catalog's max count).</summary>
    public int SubsidisedLoansSoFar { get; init; }

    /// <summary>The borrower's startup-guarantee loans still outstanding.</summary>
    public IReadOnlyList<OutstandingGuaranteeLoan> OutstandingLoans { get; init; } = [];

    /// <summary>For enterprises: staff and this year's qualifying hires (R5 hiring ratio). Null when not given.</summary>
    public EnterpriseStaffing? Staffing { get; init; }

    /// <summary>Proposed guarantors (反担保人, R7).</summary>
    public IReadOnlyList<Guarantor> Guarantors { get; init; } = [];
}

/// <summary>A startup-guarantee loan of the borrower that is still outstanding.</summary>
public sealed record OutstandingGuaranteeLoan(string LoanId, long OutstandingPrincipalFen, bool Subsidised);

/// <summary>
/// An enterprise's staff on the query date and this year's new hires that count for R5: hires who meet
/// the loan's personal conditions, each on a labour contract of at least
/// <c>loans.small_micro.hire_contract_min_years</c> (counted by the caller).
/// </summary>
public sealed record EnterpriseStaffing(int CurrentStaff, int QualifyingNewHiresThisYear);

/// <summary>
/// A proposed guarantor and the monthly social-insurance (or housing-fund) contribution in fen.
/// <see cref="IsBorrower"/>: the guarantor's identity number is the borrower's (R7 refuses it).
/// </summary>
public sealed record Guarantor(string Id, string Name, long MonthlyContributionFen, bool IsBorrower = false);
