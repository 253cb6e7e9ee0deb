using Employment.Loans.Domain.Ledger;
using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Loans.Domain.Claims;

/// <summary>
/// A bank's stored claim for a quarter's interest subsidy (贴息资金申请, R6): the aggregate whose
/// methods are its rules. A quarter is claimed once it has ended (in Beijing), once per bank and
/// quarter, except that a rejected claim may be submitted again (recomputed); the counter approves or
/// rejects a submitted claim, a rejection with its reason.
/// </summary>
public sealed class SubsidyClaim
{
    /// <param name="localRegions">The regions of the loans' local payers (city, county, zone): whose counters decide it.</param>
    public SubsidyClaim(string id, string bankCode, int year, int quarter, ClaimState? state, long totalFen, string decisionReason, long version, IReadOnlyList<string> localRegions)
    {
        Id = id;
        BankCode = bankCode;
        Year = year;
        Quarter = quarter;
        State = state;
        TotalFen = totalFen;
        DecisionReason = decisionReason;
        Version = version;
        LocalRegions = localRegions;
    }

    public string Id { get; }

    public string BankCode { get; }

    public int Year { get; }

    public int Quarter { get; }

    /// <summary>Null only for a claim opened and not yet submitted.</summary>
    public ClaimState? State { get; private set; }

    public long TotalFen { get; private set; }

    public string DecisionReason { get; private set; }

    /// <summary>The stored row's version the claim was read at (0: not yet stored).</summary>
    public long Version { get; }

    public IReadOnlyList<string> LocalRegions { get; private set; }

    /// <summary>What the last submission computed (null when the claim was read, not submitted, here).</summary>
    public InterestSubsidyClaim? Computed { get; private set; }

    /// <summary>The quarter's days; the year and quarter must name one (INVALID_ARGUMENT otherwise).</summary>
    public static DatePeriod QuarterOf(int year, int quarter)
    {
        if (year is < 2000 or > 2200)
        {
            throw DomainRuleException.Invalid("year", "请填写申请贴息的年份。");
        }

        if (quarter is < 1 or > 4)
        {
            throw DomainRuleException.Invalid("quarter", "季度应为 1 至 4。");
        }

        return InterestSubsidyClaims.QuarterPeriod(year, quarter);
    }

    /// <summary>A quarter is claimed only after it has ended: <paramref name="today"/> is Beijing's date.</summary>
    public static void RequireQuarterEnded(int year, int quarter, DateOnly today)
    {
        var until = QuarterOf(year, quarter).Until!.Value;
        if (until >= today)
        {
            throw DomainRuleException.NotAllowed($"{year}年第{quarter}季度尚未结束（至 {ClerkText.Day(until)}），季度结束后方可申请贴息。");
        }
    }

    /// <summary>
    /// The claim a submission for the quarter goes into: a new one, or the bank's rejected one again.
    /// A claim submitted or approved for the quarter already is ALREADY_EXISTS naming it.
    /// </summary>
    public static SubsidyClaim ForQuarter(SubsidyClaim? existing, string newId, string bankCode, int year, int quarter)
    {
        if (existing is null)
        {
            return new SubsidyClaim(newId, bankCode, year, quarter, null, 0, "", 0, []);
        }

        if (existing.State != ClaimState.Rejected)
        {
            throw DomainRuleException.Exists(
                $"本行 {year}年第{quarter}季度的贴息申请已提交（{existing.Id}，{NameZh(existing.State)}，金额 {ClerkText.Yuan(existing.TotalFen)}）。");
        }

        return existing;
    }

    /// <summary>
    /// The quarter's claim from the ledger of the bank's subsidised loans (R6), with the cost split.
    /// A figure missing from the catalog or configuration is FAILED_PRECONDITION naming it (R3).
    /// </summary>
    public static InterestSubsidyClaim Compute(string bankCode, int year, int quarter, IEnumerable<LedgerLoan> loans, PolicyCatalog catalog)
    {
        QuarterOf(year, quarter);
        try
        {
            return InterestSubsidyClaims.ForQuarter(bankCode, year, quarter, loans, catalog);
        }
        catch (ConfigurationMissingException e)
        {
            throw DomainRuleException.NotAllowed($"缺少配置参数，无法计算贴息分担（R3）：{e.Message}", cause: e);
        }
        catch (NoPolicyException e)
        {
            throw DomainRuleException.NotAllowed($"没有有效政策，无法计算贴息：{e.Message}", cause: e);
        }
    }

    /// <summary>Submits what was computed for the quarter; a quarter with no subsidised loan has nothing to claim.</summary>
    public void Submit(InterestSubsidyClaim computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        if (computed.BankCode != BankCode || computed.Year != Year || computed.Quarter != Quarter)
        {
            throw new ArgumentException($"Claim {Id} is bank {BankCode}'s for {Year} Q{Quarter}, not {computed.BankCode}'s for {computed.Year} Q{computed.Quarter}.", nameof(computed));
        }

        if (computed.Lines.Count == 0)
        {
            throw DomainRuleException.NotAllowed($"本行 {Year}年第{Quarter}季度没有可申请贴息的贷款。");
        }

        State = ClaimState.Submitted;
        TotalFen = computed.TotalFen;
        DecisionReason = "";
        LocalRegions = LocalRegionsOf(computed.CostShares);
        Computed = computed;
    }

    /// <summary>A rejection needs the clerk's reason (checked before anything is read).</summary>
    public static void RequireReason(bool approve, string reason)
    {
        if (!approve && reason.Trim().Length == 0)
        {
            throw DomainRuleException.Invalid("reason_zh", "驳回贴息申请须填写原因。");
        }
    }

    /// <summary>The version the clerk read must still be the stored one.</summary>
    public void RequireVersion(long expected)
    {
        if (Version != expected)
        {
            throw DomainRuleException.Stale("贴息申请", Version, expected);
        }
    }

    /// <summary>The counter's decision: only a submitted claim is decided; a rejection needs a reason.</summary>
    public void Decide(bool approve, string reason)
    {
        RequireReason(approve, reason);
        if (State != ClaimState.Submitted)
        {
            throw DomainRuleException.NotAllowed($"贴息申请 {Id} 处于“{NameZh(State)}”，只有已提交的申请可以审批。");
        }

        State = approve ? ClaimState.Approved : ClaimState.Rejected;
        DecisionReason = reason.Trim();
    }

    /// <summary>The regions whose local budgets share the cost (city, county, zone), whose counters decide the claim.</summary>
    public static IReadOnlyList<string> LocalRegionsOf(IEnumerable<CostShare> shares) =>
        shares.Where(s => s.Payer is "city" or "county" or "zone").Select(s => s.Region.Code).ToList();

    public static string NameZh(ClaimState? state) => state switch
    {
        ClaimState.Submitted => "已提交",
        ClaimState.Approved => "已核准",
        ClaimState.Rejected => "已驳回",
        _ => "预览",
    };
}
