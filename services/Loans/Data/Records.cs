using Employment.Persistence.Records;
using Employment.Persistence.Work;

namespace Employment.Loans.Data;

/// <summary>
/// Who a row is about, without the whole identity number or credit code: the key's kind, its masked
/// form (shown to people) and <see cref="BorrowerReferences.Hash"/> of the normalised number (found
/// again by it: "who queried me", "which loans has this borrower").
/// </summary>
public enum BorrowerKeyKind
{
    /// <summary>居民身份证号码.</summary>
    IdNumber = 1,

    /// <summary>统一社会信用代码.</summary>
    CreditCode = 2,
}

/// <summary>
/// One eligibility question a bank asked (查询记录): who asked, about whom, why, under which consent
/// (授权书), and what the answer offered. Written once, never changed.
/// </summary>
public sealed class EligibilityQueryRecord
{
    /// <summary>"Q" and a time-ordered GUID; the answer id the bank quotes back when registering.</summary>
    public required string Id { get; set; }

    public required string BankCode { get; set; }

    /// <summary>A <see cref="Data.BorrowerKeyKind"/>.</summary>
    public int BorrowerKeyKind { get; set; }

    public required string BorrowerMasked { get; set; }

    public required string BorrowerHash { get; set; }

    /// <summary>An <see cref="Domain.Eligibility.BorrowerKind"/>.</summary>
    public int BorrowerKind { get; set; }

    public string Region { get; set; } = "";

    public DateOnly IntendedIssueDate { get; set; }

    public long RequestedFen { get; set; }

    /// <summary>授权书编号: the borrower's consent to the query.</summary>
    public required string ConsentReference { get; set; }

    public string Purpose { get; set; } = "";

    public DateTimeOffset AskedAt { get; set; }

    /// <summary>The answer in short: the eligible product ids, comma-separated (empty: none).</summary>
    public string EligibleProductIds { get; set; } = "";
}

/// <summary>
/// 查询授权: a borrower's consent to one bank's eligibility queries, from a day to a last day, until
/// withdrawn. Given online by the person (named by their registry id) or on paper at a counter (named by
/// the identity number's or credit code's hash, and the registry id when the registry knows the person).
/// </summary>
public sealed class QueryConsentRecord : AuditedRecord
{
    /// <summary>"G" and a time-ordered GUID: what the bank names as consent_reference.</summary>
    public required string Id { get; set; }

    public required string BankCode { get; set; }

    /// <summary>The registry's person id of a person borrower ("" when the registry does not hold them).</summary>
    public string PersonId { get; set; } = "";

    /// <summary>A <see cref="Data.BorrowerKeyKind"/>; 0 for an online consent, which names the person by <see cref="PersonId"/>.</summary>
    public int BorrowerKeyKind { get; set; }

    public string BorrowerMasked { get; set; } = "";

    /// <summary>The identity number's or credit code's hash, for a paper consent ("" online).</summary>
    public string BorrowerHash { get; set; } = "";

    /// <summary>The region of the counter that recorded a paper consent ("" online).</summary>
    public string Region { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>A <c>ConsentChannel</c> of the contract.</summary>
    public int Channel { get; set; }

    /// <summary>A paper consent's own number (授权书编号).</summary>
    public string PaperReference { get; set; } = "";

    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>A loan application taken at the counter. The contract's details live in <see cref="Payload"/>.</summary>
public sealed class ApplicationRecord : AuditedRecord, IHandled
{
    /// <summary>经办人 once the office's reviewer handed it over; empty while it is the clerk who took it.</summary>
    public string HandledBy { get; set; } = "";

    /// <summary>"A" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public int BorrowerKeyKind { get; set; }

    public required string BorrowerMasked { get; set; }

    public required string BorrowerHash { get; set; }

    public required string ProductId { get; set; }

    public string BankCode { get; set; } = "";

    public string Region { get; set; } = "";

    public long AmountFen { get; set; }

    /// <summary>An employment.loans.v1.ApplicationState number.</summary>
    public int State { get; set; }

    /// <summary>The loan issued on it, once registered.</summary>
    public string? LoanId { get; set; }

    /// <summary>The rest of the application (term, guarantors, eligibility explanation) as the contract's protobuf bytes.</summary>
    public required byte[] Payload { get; set; }

    /// <summary>The borrower's name as 办理进度 shows it (张*明); empty for an enterprise or an unregistered person.</summary>
    public string NameMasked { get; set; } = "";

    /// <summary>The registry's person id of the borrower, as the registry resolved the number when the application was taken; empty for an enterprise or an unregistered person.</summary>
    public string BorrowerPersonId { get; set; } = "";

    /// <summary>The registry's id of an enterprise borrower whose agent applied online (its 我的办事 shows it); empty otherwise.</summary>
    public string BorrowerEmployerId { get; set; } = "";

    /// <summary>How it was received (<c>employment.common.v1.Channel</c>): at a counter (1) or online (2).</summary>
    public int Channel { get; set; } = (int)Employment.Common.V1.Channel.Counter;

    /// <summary>The 查询码's salted hash (<c>ProgressCodes</c>); null for rows taken before codes existed, which no code opens.</summary>
    public string? ProgressCodeHash { get; set; }
}

/// <summary>One move of an application from one state to another (the history the contract shows).</summary>
public sealed class ApplicationStateChangeRecord
{
    /// <summary>"S" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string ApplicationId { get; set; }

    public int From { get; set; }

    public int To { get; set; }

    public string Actor { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Reason { get; set; } = "";
}

/// <summary>
/// An issued loan as the bank registered it. (BankCode, ContractNumber) is unique: 借款合同编号 is
/// unique per bank. The subsidy share is fixed at issue (R4) and never recomputed.
/// </summary>
public sealed class LoanRecord : AuditedRecord
{
    /// <summary>"L" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string BankCode { get; set; }

    public required string ContractNumber { get; set; }

    public string? ApplicationId { get; set; }

    public int BorrowerKeyKind { get; set; }

    public required string BorrowerMasked { get; set; }

    public required string BorrowerHash { get; set; }

    public int BorrowerKind { get; set; }

    /// <summary>The registry's person id of the borrower when the bank registered the loan; empty for an enterprise or an unregistered person.</summary>
    public string BorrowerPersonId { get; set; } = "";

    /// <summary>The borrower's name masked (张*明), as the registry gave it at registration; empty when the registry did not know them.</summary>
    public string NameMasked { get; set; } = "";

    public required string ProductId { get; set; }

    public string Region { get; set; } = "";

    public long PrincipalFen { get; set; }

    public long SubsidisedPrincipalFen { get; set; }

    /// <summary>Annual contract rate in percent (3.45 = 3.45%); stored as numeric(9,6) / SQLite TEXT, exactly.</summary>
    public decimal ContractRatePercent { get; set; }

    /// <summary>The contract's interest year when it states one; null = the catalog's basis.</summary>
    public int? DayCountBasis { get; set; }

    public DateOnly IssueDate { get; set; }

    public int TermMonths { get; set; }

    /// <summary>A <see cref="Domain.Ledger.RepaymentMethod"/>.</summary>
    public int RepaymentMethod { get; set; }

    /// <summary>Share of the contract rate the treasury pays, fixed by the rule in force on the issue date.</summary>
    public decimal SubsidySharePercent { get; set; }

    /// <summary>An employment.loans.v1.LoanStatus number.</summary>
    public int Status { get; set; }

    public DateOnly? SettledOn { get; set; }
}

/// <summary>A repayment the bank reported. <see cref="IdempotencyKey"/> (unique per loan when given) makes a resend harmless.</summary>
public sealed class RepaymentRecord
{
    /// <summary>"R" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string LoanId { get; set; }

    public DateOnly PaidOn { get; set; }

    public long PrincipalFen { get; set; }

    public long InterestFen { get; set; }

    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>A granted extension (展期, R8): from the original maturity date to the day before the new one.</summary>
public sealed class ExtensionRecord
{
    /// <summary>"X" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string LoanId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly Until { get; set; }

    public DateOnly RequestedOn { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>An overdue spell (逾期); <see cref="Until"/> null while it lasts.</summary>
public sealed class OverdueRecord
{
    /// <summary>"O" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string LoanId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? Until { get; set; }

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// A bank's quarterly interest-subsidy claim (贴息资金申请); one per bank and quarter. The lines and
/// cost shares live in <see cref="Payload"/> (the contract's protobuf bytes).
/// </summary>
public sealed class ClaimRecord : AuditedRecord
{
    /// <summary>"C" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string BankCode { get; set; }

    public int Year { get; set; }

    /// <summary>1-4.</summary>
    public int Quarter { get; set; }

    /// <summary>An employment.loans.v1.ClaimState number.</summary>
    public int State { get; set; }

    public long TotalFen { get; set; }

    public required byte[] Payload { get; set; }

    public string DecisionReason { get; set; } = "";
}
