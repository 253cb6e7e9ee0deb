using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Loans.Domain.Ledger;

/// <summary>Why a day earns no subsidy.</summary>
public enum ExclusionReason
{
    /// <summary>Before the issue date: outside the loan's life, not counted in a claim.</summary>
    BeforeIssue,

    /// <summary>On or after the settlement date: outside the loan's life, not counted in a claim.</summary>
    AfterSettlement,

    /// <summary>展期 (R6, R8): counted as an excluded day.</summary>
    Extension,

    /// <summary>逾期 (R6): counted as an excluded day.</summary>
    Overdue,
}

/// <summary>
/// A registered loan as the ledger needs it (maps onto employment.loans.v1.Loan).
/// <see cref="SubsidySharePercent"/> is the share fixed by the rule in force on the issue date (R4),
/// resolved once at registration (<see cref="ShareAtIssue"/>); <see cref="SettledOn"/> is the
/// settlement date when the loan was closed otherwise than by repayments that reach the principal.
/// </summary>
public sealed record LedgerLoan(
    string LoanId,
    LoanTerms Terms,
    decimal SubsidySharePercent,
    IReadOnlyList<Repayment> Repayments,
    LoanExtension? Extension,
    IReadOnlyList<DatePeriod> OverduePeriods,
    DateOnly? SettledOn = null)
{
    /// <summary>The subsidy share (percent) of the rule in force on the issue date, e.g. key loans.individual.subsidy_share_percent.</summary>
    public static decimal ShareAtIssue(PolicyCatalog catalog, string shareKey, Region region, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Resolve(shareKey, region, issueDate).Value.Decimal;
    }
}

/// <summary>
/// One day of one loan in the interest-subsidy ledger (R6). <see cref="DailySubsidyFen"/> is exact:
/// subsidised principal × rate% × share% ÷ (100 × 100 × day-count basis), not rounded; zero on an
/// excluded day. Outside the loan's life the principal and basis are 0.
/// </summary>
public sealed record LedgerDay(
    DateOnly Date,
    long SubsidisedPrincipalFen,
    decimal ContractRatePercent,
    decimal SubsidySharePercent,
    int DayCountBasis,
    ExclusionReason? Excluded)
{
    public decimal DailySubsidyFen => Excluded is null && DayCountBasis > 0 ? Numerator / (10000m * DayCountBasis) : 0m;

    /// <summary>principal × rate × share, exact; summed per basis and divided once by the claim.</summary>
    internal decimal Numerator => Excluded is null ? SubsidisedPrincipalFen * ContractRatePercent * SubsidySharePercent : 0m;
}

/// <summary>
/// The daily interest-subsidy ledger (ruling R6).
/// <list type="bullet">
/// <item>Days: interest runs from the issue date (inclusive) to the settlement date (exclusive), 算头不算尾.
/// A repayment made on day D reduces the outstanding principal from D on.</item>
/// <item>Settlement: <see cref="LedgerLoan.SettledOn"/> when given, otherwise the day the repayments
/// reach the whole principal.</item>
/// <item>Subsidised principal on a day: on a fully subsidised loan, the outstanding principal. On a
/// mixed loan, repayments reduce the subsidised and unsubsidised parts PROPORTIONALLY: the subsidised
/// outstanding = outstanding × subsidised principal ÷ principal, rounded half up to the fen, always
/// computed from the total outstanding (so rounding never accumulates; it is the whole subsidised
/// principal before any repayment and 0 when the loan is repaid). The documents do not say how a
/// repayment is split; proportional keeps the subsidised share of the debt constant over the loan's
/// life, favouring neither the borrower nor the treasury.</item>
/// <item>Day-count basis: the contract's when it states one, else loans.interest.day_count_basis; the
/// rate and share are the loan's. Each day's catalog values (basis, subsidised_during_extension,
/// subsidised_during_overdue) are resolved for the loan's region on that day (R1: "the day of each
/// interest day"); the flags are read only for days inside an extension or overdue period.</item>
/// <item>A day inside the extension period is excluded (Extension) unless subsidised_during_extension
/// is true; otherwise a day inside an overdue period is excluded (Overdue) unless
/// subsidised_during_overdue is true. Extension takes precedence when a day is in both.</item>
/// </list>
/// </summary>
public static class InterestSubsidyLedger
{
    public const string DayCountBasisKey = "loans.interest.day_count_basis";
    public const string SubsidisedDuringExtensionKey = "loans.interest.subsidised_during_extension";
    public const string SubsidisedDuringOverdueKey = "loans.interest.subsidised_during_overdue";

    /// <summary>One <see cref="LedgerDay"/> for every date from <paramref name="from"/> to <paramref name="until"/>, both inclusive.</summary>
    public static IReadOnlyList<LedgerDay> Days(LedgerLoan loan, DateOnly from, DateOnly until, PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(loan);
        ArgumentNullException.ThrowIfNull(catalog);
        if (until < from)
        {
            throw new ArgumentException($"The ledger period ends ({until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        var terms = loan.Terms;
        terms.Validate();
        if (loan.SubsidySharePercent is < 0 or > 100)
        {
            throw new ArgumentException($"Loan {loan.LoanId}: the subsidy share must be between 0 and 100, not {loan.SubsidySharePercent}.");
        }

        var repayments = loan.Repayments.OrderBy(r => r.PaidOn).ToArray();
        var settledOn = SettlementDate(loan, repayments);
        var days = new List<LedgerDay>(until.DayNumber - from.DayNumber + 1);
        var repaid = 0L;
        var next = 0;
        for (var date = from; date <= until; date = date.AddDays(1))
        {
            while (next < repayments.Length && repayments[next].PaidOn <= date)
            {
                repaid += repayments[next++].PrincipalFen;
            }

            if (date < terms.IssueDate)
            {
                days.Add(new LedgerDay(date, 0, terms.ContractRatePercent, loan.SubsidySharePercent, 0, ExclusionReason.BeforeIssue));
                continue;
            }

            if (settledOn is { } settled && date >= settled)
            {
                days.Add(new LedgerDay(date, 0, terms.ContractRatePercent, loan.SubsidySharePercent, 0, ExclusionReason.AfterSettlement));
                continue;
            }

            var principal = SubsidisedOutstanding(terms, terms.PrincipalFen - repaid);
            var basis = terms.DayCountBasis ?? catalog.Resolve(DayCountBasisKey, terms.Region, date).Value.Integer;
            days.Add(new LedgerDay(date, principal, terms.ContractRatePercent, loan.SubsidySharePercent, basis, Exclusion(loan, date, catalog)));
        }

        return days;
    }

    /// <summary>
    /// The subsidised part of an outstanding principal: proportional to the subsidised share of the
    /// principal, rounded half up to the fen.
    /// </summary>
    public static long SubsidisedOutstanding(LoanTerms terms, long outstandingFen)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.SubsidisedPrincipalFen == terms.PrincipalFen)
        {
            return outstandingFen;
        }

        return Fen.RoundHalfUp((decimal)outstandingFen * terms.SubsidisedPrincipalFen / terms.PrincipalFen);
    }

    private static DateOnly? SettlementDate(LedgerLoan loan, Repayment[] repayments)
    {
        DateOnly? repaidOn = null;
        var repaid = 0L;
        foreach (var r in repayments)
        {
            if (r.PrincipalFen < 0 || r.InterestFen < 0)
            {
                throw new ArgumentException($"Loan {loan.LoanId}: a repayment on {r.PaidOn:yyyy-MM-dd} has a negative amount.");
            }

            if (r.PaidOn < loan.Terms.IssueDate)
            {
                throw new ArgumentException($"Loan {loan.LoanId}: a repayment on {r.PaidOn:yyyy-MM-dd} is before the issue date {loan.Terms.IssueDate:yyyy-MM-dd}.");
            }

            repaid += r.PrincipalFen;
            if (repaid > loan.Terms.PrincipalFen)
            {
                throw new ArgumentException($"Loan {loan.LoanId}: repayments up to {r.PaidOn:yyyy-MM-dd} exceed the principal ({repaid} > {loan.Terms.PrincipalFen} fen).");
            }

            if (repaid == loan.Terms.PrincipalFen && repaidOn is null)
            {
                repaidOn = r.PaidOn;
            }
        }

        if (loan.SettledOn is { } settled && settled < loan.Terms.IssueDate)
        {
            throw new ArgumentException($"Loan {loan.LoanId}: settled on {settled:yyyy-MM-dd}, before the issue date.");
        }

        return loan.SettledOn ?? repaidOn;
    }

    private static ExclusionReason? Exclusion(LedgerLoan loan, DateOnly date, PolicyCatalog catalog)
    {
        var region = loan.Terms.Region;
        if (loan.Extension is { } extension && extension.Period.Contains(date)
            && !catalog.Resolve(SubsidisedDuringExtensionKey, region, date).Value.Boolean)
        {
            return ExclusionReason.Extension;
        }

        if (loan.OverduePeriods.Any(p => p.Contains(date))
            && !catalog.Resolve(SubsidisedDuringOverdueKey, region, date).Value.Boolean)
        {
            return ExclusionReason.Overdue;
        }

        return null;
    }
}
