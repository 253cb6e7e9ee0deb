using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Domain.Online;

/// <summary>
/// The labour contract an employer states when it records a hire: its first day (not before the
/// application it hired through), and a term of months or none (无固定期限).
/// </summary>
public sealed record HireTerms(DateOnly ContractStart, int TermMonths, bool OpenEnded)
{
    /// <summary>The longest term a form takes (ten years): an input bound, not a policy figure.</summary>
    public const int MaxTermMonths = 120;

    /// <summary>The contract's last day; null when open-ended.</summary>
    public DateOnly? ContractEnd => OpenEnded ? null : ContractStart.AddMonths(TermMonths).AddDays(-1);

    /// <exception cref="DomainRuleException">A missing or impossible start, or a term that is neither months nor open-ended, naming the field.</exception>
    public static HireTerms Checked(DateOnly? start, int termMonths, bool openEnded, DateOnly appliedOn, DateOnly today)
    {
        if (start is not { } first)
        {
            throw DomainRuleException.Invalid("contract_start", "请填写劳动合同的起始日期。");
        }

        if (first < appliedOn)
        {
            throw DomainRuleException.Invalid("contract_start", $"劳动合同起始日期 {first:yyyy-MM-dd} 早于投递日期 {appliedOn:yyyy-MM-dd}：通过本次投递录用的，合同应在投递之后订立。");
        }

        if (first > today.AddYears(1))
        {
            throw DomainRuleException.Invalid("contract_start", $"劳动合同起始日期 {first:yyyy-MM-dd} 在一年以后，请检查年份。");
        }

        if (openEnded)
        {
            return termMonths == 0
                ? new HireTerms(first, 0, true)
                : throw DomainRuleException.Invalid("term_months", "无固定期限劳动合同不填合同期限月数。");
        }

        return termMonths is >= 1 and <= MaxTermMonths
            ? new HireTerms(first, termMonths, false)
            : throw DomainRuleException.Invalid("term_months", $"请填写合同期限（1 至 {MaxTermMonths} 个月），或选择无固定期限。");
    }
}
