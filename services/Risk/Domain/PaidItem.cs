using Employment.Policy.Model;

namespace Employment.Risk.Domain;

/// <summary>Where an exported item stands. The numbers are the contract's (employment.common.v1.AuditedStatus), so it converts by value.</summary>
public enum ItemStatus
{
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
    Paid = 4,

    /// <summary>Withdrawn by its applicant before a decision.</summary>
    Withdrawn = 5,
}

/// <summary>
/// One item of a claim or application as a subsidy service exported it for audit: what the rules compare
/// across services, in plain C#.
/// </summary>
public sealed record PaidItem(
    string Service,
    string Reference,
    int ItemNo,
    string Measure,
    string MeasureZh,
    ItemStatus Status,
    string PersonId,
    string NameMasked,
    string EmployerCreditCode,
    string EmployerName,
    Region Region,
    long AmountFen,
    DateOnly? EventDate,
    IReadOnlyList<string> Months,
    string OccupationLevel,
    DateOnly ReceivedOn,
    DateOnly EnteredOn,
    string EnteredBy,
    string DecidedBy,
    string PaymentAccount,
    string ReceiptNumber,
    DateOnly? ContractEnd = null)
{
    /// <summary>service/reference/item: the item, wherever it is.</summary>
    public string Key => $"{Service}/{Reference}/{ItemNo}";

    /// <summary>Not rejected: it is, or may become, a payment.</summary>
    public bool Standing => Status is not (ItemStatus.Rejected or ItemStatus.Withdrawn);

    /// <summary>Who the money goes to: the employer that claims, or the person claiming for themself.</summary>
    public string Claimant => EmployerCreditCode.Length > 0 ? "E:" + EmployerCreditCode : "P:" + PersonId;

    /// <summary>The claimant as an auditor reads it.</summary>
    public string ClaimantZh => EmployerName.Length > 0 ? EmployerName : NameMasked;

    public string AmountZh => $"{AmountFen / 100m:0.00}元";
}
