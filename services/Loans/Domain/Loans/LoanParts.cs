using Employment.Loans.Domain.Eligibility;

namespace Employment.Loans.Domain.Loans;

/// <summary>
/// Who a loan is about, as every row keeps it: masked (shown to people) and by keyed hash (found
/// again by it), never the whole number; whether the key is a credit code (an enterprise) or an
/// identity number (a person).
/// </summary>
public sealed record LoanBorrower(BorrowerKind Kind, bool ByCreditCode, string Masked, string Hash);

/// <summary>A repayment the bank reported. <see cref="Id"/> is null until it is stored.</summary>
public sealed record ReportedRepayment(string? Id, DateOnly PaidOn, long PrincipalFen, long InterestFen);

/// <summary>
/// A granted extension (展期, R8): from the original maturity date to the day before the new one.
/// <see cref="Id"/> is null until it is stored.
/// </summary>
public sealed record GrantedExtension(string? Id, DateOnly From, DateOnly Until, DateOnly RequestedOn, string Reason);

/// <summary>An overdue spell (逾期): opened with no end, later cured with its last day. <see cref="Id"/> is null until stored.</summary>
public sealed class OverdueSpell(string? id, DateOnly from, DateOnly? until)
{
    public string? Id { get; } = id;

    public DateOnly From { get; } = from;

    public DateOnly? Until { get; private set; } = until;

    /// <summary>Whether this spell was cured by the change at hand (a stored spell then needs writing back).</summary>
    public bool CuredNow { get; private set; }

    internal void Cure(DateOnly until)
    {
        Until = until;
        CuredNow = true;
    }
}
