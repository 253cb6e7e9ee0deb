using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Loans.Domain.Loans;

/// <summary>
/// A registered startup-guarantee loan and everything the bank reported about it: the aggregate
/// whose methods are the only way its life changes (repayment and settlement, one extension under
/// R8, overdue spells opened and cured). A broken rule is a <see cref="DomainRuleException"/> in the
/// clerk's words; nothing here knows how the loan is stored or called.
/// </summary>
public sealed class Loan
{
    private readonly List<ReportedRepayment> _repayments;
    private readonly List<OverdueSpell> _overdue;

    public Loan(
        string id,
        string? applicationId,
        LoanBorrower borrower,
        string productId,
        LoanTerms terms,
        decimal subsidySharePercent,
        LoanStatus status,
        DateOnly? settledOn,
        long version,
        IEnumerable<ReportedRepayment> repayments,
        GrantedExtension? extension,
        IEnumerable<OverdueSpell> overdue)
    {
        Id = id;
        ApplicationId = applicationId;
        Borrower = borrower;
        ProductId = productId;
        Terms = terms;
        SubsidySharePercent = subsidySharePercent;
        Status = status;
        SettledOn = settledOn;
        Version = version;
        _repayments = [.. repayments.OrderBy(r => r.PaidOn)];
        Extension = extension;
        _overdue = [.. overdue.OrderBy(o => o.From)];
    }

    /// <summary>A loan the bank reports as issued: active, not yet stored (version 0), its share fixed later by <see cref="FixShareAtIssue"/>.</summary>
    public static Loan Issue(string id, string? applicationId, LoanBorrower borrower, string productId, LoanTerms terms) =>
        new(id, applicationId, borrower, productId, terms, 0m, LoanStatus.Active, null, 0, [], null, []);

    public string Id { get; }

    public string BankCode => Terms.BankCode;

    public string ContractNumber => Terms.ContractNumber;

    /// <summary>The counter's application the loan answers, when it came through one.</summary>
    public string? ApplicationId { get; }

    public LoanBorrower Borrower { get; }

    public string ProductId { get; }

    public LoanTerms Terms { get; }

    /// <summary>Share of the contract rate the treasury pays, fixed by the rule in force on the issue date (R4) and never recomputed.</summary>
    public decimal SubsidySharePercent { get; private set; }

    public LoanStatus Status { get; private set; }

    public DateOnly? SettledOn { get; private set; }

    /// <summary>The stored row's version the loan was read at (0: not yet stored).</summary>
    public long Version { get; }

    public IReadOnlyList<ReportedRepayment> Repayments => _repayments;

    public GrantedExtension? Extension { get; private set; }

    public IReadOnlyList<OverdueSpell> Overdue => _overdue;

    public long OutstandingFen => Terms.PrincipalFen - _repayments.Sum(r => r.PrincipalFen);

    public bool Settled => Status is LoanStatus.Settled or LoanStatus.SettledEarly;

    /// <summary>The maturity the borrower now owes by: the extension's new one, else the contract's.</summary>
    public DateOnly CurrentMaturity => Extension is { } x ? x.Until.AddDays(1) : Terms.MaturityDate;

    /// <summary>The version the bank read must still be the stored one (0: the bank does not say).</summary>
    public void RequireVersion(long expected)
    {
        if (expected != 0 && Version != expected)
        {
            throw DomainRuleException.Stale("贷款", Version, expected);
        }
    }

    /// <summary>A settled loan takes no further report.</summary>
    public void RequireOpen()
    {
        if (Settled)
        {
            throw DomainRuleException.NotAllowed($"贷款 {ContractNumber} 已于 {ClerkText.Day(SettledOn!.Value)} 结清，不能再登记变动。");
        }
    }

    /// <summary>
    /// A repayment: never before issue, never over the outstanding principal. The one that repays the
    /// whole outstanding principal settles the loan (early when before the maturity owed); a report
    /// that says it settles must repay all of it.
    /// </summary>
    public ReportedRepayment Repay(DateOnly paidOn, long principalFen, long interestFen, bool settles)
    {
        RequireOpen();
        if (paidOn < Terms.IssueDate)
        {
            throw DomainRuleException.Invalid("repayment.paid_on", $"还款日期 {ClerkText.Day(paidOn)} 早于放款日期 {ClerkText.Day(Terms.IssueDate)}。");
        }

        var outstanding = OutstandingFen;
        if (principalFen > outstanding)
        {
            throw DomainRuleException.NotAllowed($"还款本金 {ClerkText.Yuan(principalFen)} 超过未还本金 {ClerkText.Yuan(outstanding)}。");
        }

        if (settles && principalFen != outstanding)
        {
            throw DomainRuleException.NotAllowed($"结清贷款须归还全部未还本金 {ClerkText.Yuan(outstanding)}，本次为 {ClerkText.Yuan(principalFen)}。");
        }

        // In date order, after those of the same day (as they were reported).
        var repayment = new ReportedRepayment(null, paidOn, principalFen, interestFen);
        _repayments.Insert(_repayments.FindLastIndex(r => r.PaidOn <= paidOn) + 1, repayment);
        if (principalFen == outstanding)
        {
            Status = paidOn < CurrentMaturity ? LoanStatus.SettledEarly : LoanStatus.Settled;
            SettledOn = paidOn;
        }

        return repayment;
    }

    /// <summary>
    /// 展期 (R8): requested while a policy accepts requests (the rule in force on the request date,
    /// R1), at most the catalog's count of extensions and at most its years past the contract's
    /// maturity. Its days carry no subsidy (R6, in the ledger).
    /// </summary>
    public GrantedExtension Extend(DateOnly requestedOn, DateOnly newMaturity, string reason, PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        RequireOpen();
        var region = Terms.Region;
        if (!catalog.TryResolve(LoanPolicyKeys.ExtensionRequestDeadline, region, requestedOn, out var deadline)
            || !catalog.TryResolve(LoanPolicyKeys.ExtensionMaxCount, region, requestedOn, out var maxCount)
            || !catalog.TryResolve(LoanPolicyKeys.ExtensionMaxYears, region, requestedOn, out var maxYears))
        {
            throw DomainRuleException.NotAllowed($"{ClerkText.Day(requestedOn)} 没有受理创业担保贷款展期申请的有效政策（R8：展期申请受理至政策规定的截止日）。");
        }

        if (requestedOn > deadline.Value.Date)
        {
            throw DomainRuleException.NotAllowed($"展期申请日期 {ClerkText.Day(requestedOn)} 晚于政策规定的截止日期 {deadline.Value.Display()}（{deadline.Source.Display()}）。");
        }

        if (requestedOn < Terms.IssueDate)
        {
            throw DomainRuleException.Invalid("requested_on", $"展期申请日期 {ClerkText.Day(requestedOn)} 早于放款日期。");
        }

        var used = Extension is null ? 0 : 1;
        if (used >= maxCount.Value.Integer)
        {
            throw DomainRuleException.NotAllowed($"该贷款已展期 {used} 次，政策规定最多 {maxCount.Value.Display()}（{maxCount.Source.Display()}）。");
        }

        var maturity = Terms.MaturityDate;
        var latest = maturity.AddYears(maxYears.Value.Integer);
        if (newMaturity <= maturity || newMaturity > latest)
        {
            throw DomainRuleException.Invalid("new_maturity_date",
                $"展期后到期日须晚于原到期日 {ClerkText.Day(maturity)}，且不超过 {maxYears.Value.Display()}（即不晚于 {ClerkText.Day(latest)}）。");
        }

        Extension = new GrantedExtension(null, maturity, newMaturity.AddDays(-1), requestedOn, reason);
        if (Status == LoanStatus.Active)
        {
            Status = LoanStatus.Extended;
        }

        return Extension;
    }

    /// <summary>
    /// An overdue spell: reported open (no end), then cured by reporting it again with its last day;
    /// or reported whole. One spell is open at a time and spells never overlap. The loan is overdue
    /// while a spell is open, else extended or active.
    /// </summary>
    public OverdueSpell ReportOverdue(DateOnly from, DateOnly? until)
    {
        RequireOpen();
        if (until is { } u && u < from)
        {
            throw DomainRuleException.Invalid("period", $"逾期结束日 {ClerkText.Day(u)} 早于开始日 {ClerkText.Day(from)}。");
        }

        if (from < Terms.IssueDate)
        {
            throw DomainRuleException.Invalid("period.from", $"逾期开始日 {ClerkText.Day(from)} 早于放款日期。");
        }

        OverdueSpell spell;
        var open = _overdue.FirstOrDefault(o => o.Until is null);
        if (open is not null && open.From == from)
        {
            if (until is null)
            {
                throw DomainRuleException.NotAllowed($"自 {ClerkText.Day(from)} 起的逾期已登记，尚未结束。");
            }

            open.Cure(until.Value);
            spell = open;
        }
        else if (open is not null)
        {
            throw DomainRuleException.NotAllowed($"自 {ClerkText.Day(open.From)} 起的逾期尚未结束，请先登记其结束日期。");
        }
        else
        {
            var last = until ?? DateOnly.MaxValue;
            if (_overdue.Any(o => o.From <= last && from <= o.Until!.Value))
            {
                throw DomainRuleException.NotAllowed("该逾期期间与已登记的逾期期间重叠。");
            }

            spell = new OverdueSpell(null, from, until);
            _overdue.Add(spell);
            _overdue.Sort((a, b) => a.From.CompareTo(b.From));
        }

        Status = until is null ? LoanStatus.Overdue : Extension is null ? LoanStatus.Active : LoanStatus.Extended;
        return spell;
    }

    /// <summary>The loan as the interest-subsidy ledger reads it (R6).</summary>
    public LedgerLoan ToLedger() => new(
        Id,
        Terms,
        SubsidySharePercent,
        _repayments.Select(r => new Repayment(r.PaidOn, r.PrincipalFen, r.InterestFen)).ToList(),
        Extension is { } x ? new LoanExtension(new DatePeriod(x.From, x.Until), x.RequestedOn, x.Reason) : null,
        _overdue.Select(o => new DatePeriod(o.From, o.Until)).ToList(),
        SettledOn);

    /// <summary>The loan's ledger days over a period (R6); a day under no policy is FAILED_PRECONDITION naming it.</summary>
    public IReadOnlyList<LedgerDay> LedgerDays(DateOnly from, DateOnly until, PolicyCatalog catalog)
    {
        try
        {
            return InterestSubsidyLedger.Days(ToLedger(), from, until, catalog);
        }
        catch (NoPolicyException e)
        {
            throw DomainRuleException.NotAllowed($"没有有效政策，无法计算贴息台账：{e.Message}", cause: e);
        }
    }

    /// <summary>Fixes the subsidy share at issue (R4), once, by <see cref="LoanRegistration.ShareAtIssue"/>.</summary>
    internal void FixShareAtIssue(decimal percent)
    {
        if (Version != 0)
        {
            throw new InvalidOperationException($"Loan {Id}: the subsidy share is fixed at registration only.");
        }

        SubsidySharePercent = percent;
    }
}
