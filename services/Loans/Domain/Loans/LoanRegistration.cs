using Employment.Loans.Domain.Applications;
using Employment.Loans.Domain.Eligibility;
using Employment.Policy.Model;

namespace Employment.Loans.Domain.Loans;

/// <summary>An eligibility answer as the query log kept it: which bank asked about whom, and the products it found eligible.</summary>
public sealed record RecordedAnswer(string Id, string BankCode, string BorrowerHash, IReadOnlyList<string> EligibleProductIds);

/// <summary>
/// The rules of a bank's registration of an issued loan: it is idempotent on bank code + contract
/// number (the same terms again are the same loan; other terms are refused showing the registered
/// ones); it rests on a counter's application sent to this bank or on this bank's eligibility answer
/// for the borrower and product; and the caps, the subsidised-loan count (R6) and the share (R4) are
/// those in force on the issue date.
/// </summary>
public static class LoanRegistration
{
    /// <summary>A contract registered already: the same loan when its terms are the same, else ALREADY_EXISTS showing the registered terms.</summary>
    public static void RequireSameAs(Loan registered, Loan candidate)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(candidate);
        var a = registered.Terms;
        var b = candidate.Terms;
        var same = registered.Borrower.Hash == candidate.Borrower.Hash
            && registered.ProductId == candidate.ProductId
            && a.Region.Code == b.Region.Code
            && a.PrincipalFen == b.PrincipalFen
            && a.SubsidisedPrincipalFen == b.SubsidisedPrincipalFen
            && a.ContractRatePercent == b.ContractRatePercent
            && a.DayCountBasis == b.DayCountBasis
            && a.IssueDate == b.IssueDate
            && a.TermMonths == b.TermMonths
            && a.Method == b.Method
            && registered.ApplicationId == candidate.ApplicationId;
        if (!same)
        {
            throw DomainRuleException.Exists(
                $"合同编号 {registered.ContractNumber} 已由本行登记为贷款 {registered.Id}，要素不同：借款人 {registered.Borrower.Masked}，产品 {registered.ProductId}，"
                + $"本金 {ClerkText.Yuan(a.PrincipalFen)}（贴息部分 {ClerkText.Yuan(a.SubsidisedPrincipalFen)}），"
                + $"年利率 {a.ContractRatePercent:0.####}%，放款日 {ClerkText.Day(a.IssueDate)}，期限 {a.TermMonths} 个月。如需更正请联系人社窗口。");
        }
    }

    /// <summary>The application it rests on must have been sent to this bank, for this borrower and product, for at least the principal.</summary>
    public static void RequireBasis(LoanApplication application, Loan candidate)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(candidate);
        if (application.State != V1.ApplicationState.SentToBank || application.BankCode != candidate.BankCode)
        {
            throw DomainRuleException.NotAllowed(
                $"申请 {application.Id} 尚未推送至本行（当前：{ApplicationStates.NameZh(application.State)}），不能据此登记放款。");
        }

        if (application.BorrowerHash != candidate.Borrower.Hash || application.ProductId != candidate.ProductId || candidate.Terms.PrincipalFen > application.AmountFen)
        {
            throw DomainRuleException.NotAllowed(
                $"贷款要素与申请 {application.Id} 不符（借款人、产品须相同，本金不超过申请金额 {ClerkText.Yuan(application.AmountFen)}）。");
        }
    }

    /// <summary>The answer it rests on must be this bank's, about this borrower, with the product eligible.</summary>
    public static void RequireBasis(RecordedAnswer answer, Loan candidate)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(candidate);
        if (answer.BankCode != candidate.BankCode || answer.BorrowerHash != candidate.Borrower.Hash || !answer.EligibleProductIds.Contains(candidate.ProductId))
        {
            throw DomainRuleException.NotAllowed($"资格查询结果 {answer.Id} 不是本行对该借款人的查询，或其中该产品不符合条件。");
        }
    }

    /// <summary>Neither an application nor an answer: the loan rests on nothing.</summary>
    public static DomainRuleException NoBasis() =>
        DomainRuleException.NotAllowed("登记放款须依据人社窗口推送的申请（application_id）或本行的资格查询结果（answer_id）。");

    /// <summary>
    /// The loan against the products in force on its issue date (judged for the borrower): the product
    /// must be offered, the principal and its subsidised part within the caps, a subsidised loan within
    /// the borrower's count (R6) and under a share in force; fixes that share on the loan (R4).
    /// </summary>
    public static void ShareAtIssue(Loan candidate, IReadOnlyList<ProductOffer> offers)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(offers);
        var terms = candidate.Terms;
        var offer = offers.FirstOrDefault(o => o.ProductId == candidate.ProductId)
            ?? throw DomainRuleException.Invalid("terms.product_id",
                $"放款日 {ClerkText.Day(terms.IssueDate)} 不适用产品“{candidate.ProductId}”。可选：{string.Join("、", offers.Select(o => o.ProductId))}。");
        if (terms.PrincipalFen > offer.TotalCapFen)
        {
            throw DomainRuleException.NotAllowed($"贷款本金 {ClerkText.Yuan(terms.PrincipalFen)} 超过放款日该产品的额度上限 {ClerkText.Yuan(offer.TotalCapFen)}。");
        }

        if (terms.SubsidisedPrincipalFen > offer.SubsidisedCapFen)
        {
            throw DomainRuleException.NotAllowed($"贴息部分 {ClerkText.Yuan(terms.SubsidisedPrincipalFen)} 超过放款日该产品的贴息额度上限 {ClerkText.Yuan(offer.SubsidisedCapFen)}。");
        }

        if (terms.SubsidisedPrincipalFen == 0)
        {
            candidate.FixShareAtIssue(0m);
            return;
        }

        if (offer.RemainingSubsidisedLoans is 0)
        {
            throw DomainRuleException.NotAllowed("借款人享受财政贴息的贷款已达政策规定的次数上限，不能再登记贴息贷款（R6）。");
        }

        candidate.FixShareAtIssue(offer.SubsidySharePercent
            ?? throw DomainRuleException.NotAllowed($"放款日 {ClerkText.Day(terms.IssueDate)} 没有规定该产品贴息比例的有效政策，不能登记贴息部分。"));
    }
}
