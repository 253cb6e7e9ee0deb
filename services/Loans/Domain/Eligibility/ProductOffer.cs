using Employment.Common.V1;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// One product in force on the issue date, with its caps and the verdict for this request (R5: all
/// products in force are offered; the bank or clerk chooses). Amounts in fen.
/// </summary>
public sealed record ProductOffer
{
    /// <summary>Stable English id, e.g. "individual.subsidised".</summary>
    public required string ProductId { get; init; }

    public required string NameZh { get; init; }

    /// <summary>True when every check passed and none was undetermined.</summary>
    public required bool Eligible { get; init; }

    /// <summary>贷款额度上限.</summary>
    public required long TotalCapFen { get; init; }

    /// <summary>贴息额度上限 within the total cap (0 for unsubsidised products).</summary>
    public required long SubsidisedCapFen { get; init; }

    /// <summary>
    /// The part of the requested amount that would carry subsidy: min(requested, subsidised cap); for
    /// mixed loans the rest is at the borrower's interest.
    /// </summary>
    public required long RequestedSubsidisedFen { get; init; }

    /// <summary>The part of the requested amount at the borrower's own interest.</summary>
    public required long RequestedUnsubsidisedFen { get; init; }

    /// <summary>
    /// Share of the contract rate the treasury pays, from the key in force on the issue date (R4: kept
    /// for the loan's life). 0 for unsubsidised products; null when no policy gives the share on that date.
    /// </summary>
    public required decimal? SubsidySharePercent { get; init; }

    /// <summary>Term limit in months, or null when the catalog states none for the date.</summary>
    public required int? MaxTermMonths { get; init; }

    /// <summary>是否需要反担保 (R7).</summary>
    public required bool CounterGuaranteeRequired { get; init; }

    /// <summary>Σ of the accepted guarantors' capacities (R7).</summary>
    public required long GuarantorCapacityFen { get; init; }

    public required IReadOnlyList<GuarantorAssessment> Guarantors { get; init; }

    /// <summary>Whether the accepted guarantors' capacity covers the requested amount.</summary>
    public required bool GuarantorCapacityCoversAmount { get; init; }

    /// <summary>Subsidised loans the borrower may still receive (R6), for subsidised products; null otherwise.</summary>
    public required int? RemainingSubsidisedLoans { get; init; }

    public required Explanation Explanation { get; init; }
}

/// <summary>
/// A proposed guarantor as judged: capacity = multiple × monthly contribution (R7). A guarantor who is
/// the borrower never gets here: <see cref="LoanProducts.OffersFor"/> refuses the request as bad input.
/// </summary>
public sealed record GuarantorAssessment(Guarantor Guarantor, decimal? Multiple, long CapacityFen);
