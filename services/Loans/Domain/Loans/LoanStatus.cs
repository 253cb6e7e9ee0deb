namespace Employment.Loans.Domain.Loans;

/// <summary>
/// Where a loan's life stands. The numbers are the contract's (employment.loans.v1.LoanStatus) and
/// what the loans table stores, so a stored status reads back unchanged.
/// </summary>
public enum LoanStatus
{
    Active = 1,

    /// <summary>逾期: an overdue spell is open.</summary>
    Overdue = 2,

    /// <summary>展期中: an extension was granted.</summary>
    Extended = 3,

    /// <summary>已结清 on or after the maturity owed.</summary>
    Settled = 4,

    /// <summary>提前结清: settled before the maturity owed.</summary>
    SettledEarly = 5,
}
