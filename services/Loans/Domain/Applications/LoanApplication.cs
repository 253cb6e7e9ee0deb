using Employment.Common.V1;
using Employment.Loans.V1;

namespace Employment.Loans.Domain.Applications;

/// <summary>One move of an application (the history the contract shows). <see cref="Id"/> is null until it is stored.</summary>
public sealed record ApplicationMove(string? Id, ApplicationState From, ApplicationState To, string Actor, DateTimeOffset At, string Reason);

/// <summary>
/// A loan application taken at the counter: the aggregate whose methods are the only way its state
/// moves (<see cref="ApplicationStates"/> gives the allowed moves). It is reviewed only if the chosen
/// product was eligible when it was judged, 已放款 is reached only by the bank's registration, and a
/// refusal or withdrawal needs a reason; every move keeps who, when and why.
/// </summary>
public sealed class LoanApplication
{
    private readonly List<ApplicationMove> _history;

    /// <param name="eligibility">The judgement made when it was taken (the borrower's checks, then the product's).</param>
    public LoanApplication(
        string id,
        string bankCode,
        string region,
        string productId,
        string borrowerHash,
        long amountFen,
        ApplicationState state,
        string? loanId,
        long version,
        bool eligible,
        Explanation eligibility,
        IEnumerable<ApplicationMove> history)
    {
        Id = id;
        BankCode = bankCode;
        Region = region;
        ProductId = productId;
        BorrowerHash = borrowerHash;
        AmountFen = amountFen;
        State = state;
        LoanId = loanId;
        Version = version;
        Eligible = eligible;
        Eligibility = eligibility;
        _history = [.. history];
    }

    /// <summary>Takes an application (已受理): judged as the bank's query would judge it, the verdict recorded with the first move.</summary>
    public static LoanApplication Accept(
        string id, string bankCode, string region, string productId, string borrowerHash, long amountFen,
        bool eligible, Explanation eligibility, string clerk, DateTimeOffset at)
    {
        var application = new LoanApplication(id, bankCode, region, productId, borrowerHash, amountFen, ApplicationState.Unspecified, null, 0, eligible, eligibility, []);
        application.Record(ApplicationState.Accepted, clerk, at, eligible ? "受理，资格初审通过" : "受理，资格初审未通过：" + eligibility.SummaryZh);
        return application;
    }

    public string Id { get; }

    public string BankCode { get; }

    public string Region { get; }

    public string ProductId { get; }

    public string BorrowerHash { get; }

    public long AmountFen { get; }

    public ApplicationState State { get; private set; }

    /// <summary>The loan issued on it, once the bank registered one.</summary>
    public string? LoanId { get; private set; }

    /// <summary>The stored row's version the application was read at (0: not yet stored).</summary>
    public long Version { get; }

    public bool Eligible { get; }

    public Explanation Eligibility { get; }

    public IReadOnlyList<ApplicationMove> History => _history;

    /// <summary>A refusal or a withdrawal needs the clerk's reason (checked before anything is read).</summary>
    public static void RequireReason(ApplicationState to, string reason)
    {
        if (ApplicationStates.NeedsReason(to) && reason.Trim().Length == 0)
        {
            throw DomainRuleException.Invalid("reason_zh", $"变更为“{ApplicationStates.NameZh(to)}”须填写原因。");
        }
    }

    /// <summary>The version the clerk read must still be the stored one.</summary>
    public void RequireVersion(long expected)
    {
        if (Version != expected)
        {
            throw DomainRuleException.Stale("贷款申请", Version, expected);
        }
    }

    /// <summary>A clerk's move: along the allowed moves only, never to 已放款, to 审核通过 only if eligible, with a reason where one is needed.</summary>
    public void MoveTo(ApplicationState to, string reason, string clerk, DateTimeOffset at)
    {
        RequireReason(to, reason);
        if (to == ApplicationState.Issued)
        {
            throw DomainRuleException.NotAllowed("“已放款”由经办银行登记贷款时自动变更，不能手工设置。");
        }

        if (!ApplicationStates.CanMove(State, to))
        {
            var next = ApplicationStates.Next(State);
            throw DomainRuleException.NotAllowed(
                $"申请处于“{ApplicationStates.NameZh(State)}”，不能变更为“{ApplicationStates.NameZh(to)}”。"
                + (next.Count == 0 ? "该申请已办结。" : $"可变更为：{string.Join("、", next.Select(ApplicationStates.NameZh))}。"));
        }

        if (to == ApplicationState.Reviewed && !Eligible)
        {
            var failed = Eligibility.Checks.Where(c => !c.Passed).Select(c => c.DescriptionZh);
            throw DomainRuleException.NotAllowed($"资格审查未通过，不能审核通过：{string.Join("；", failed)}。");
        }

        Record(to, clerk, at, reason.Trim());
    }

    /// <summary>
    /// 撤销原决定 on appeal (申诉): the office's refusal set aside, the application is 已受理 again for the office to review
    /// anew; only from 审核不通过 (the guarantee agency's and the bank's decisions are theirs, not the office's to reopen).
    /// </summary>
    public void Reopen(string reason, string clerk, DateTimeOffset at)
    {
        if (State != ApplicationState.Rejected)
        {
            throw DomainRuleException.NotAllowed($"申请处于“{ApplicationStates.NameZh(State)}”，只有审核不通过的申请可以撤销原决定重新审核。");
        }

        Record(ApplicationState.Accepted, clerk, at, reason);
    }

    /// <summary>已放款, by the bank's registration of a loan on this application (it must have been sent to that bank: <c>LoanRegistration.RequireBasis</c>).</summary>
    public void MarkIssued(string loanId, string contractNumber, string bank, DateTimeOffset at)
    {
        if (!ApplicationStates.CanMove(State, ApplicationState.Issued))
        {
            throw DomainRuleException.NotAllowed($"申请 {Id} 处于“{ApplicationStates.NameZh(State)}”，不能登记放款。");
        }

        LoanId = loanId;
        Record(ApplicationState.Issued, bank, at, $"经办银行登记放款，合同编号 {contractNumber}");
    }

    private void Record(ApplicationState to, string actor, DateTimeOffset at, string reason)
    {
        _history.Add(new ApplicationMove(null, State, to, actor, at, reason));
        State = to;
    }
}
