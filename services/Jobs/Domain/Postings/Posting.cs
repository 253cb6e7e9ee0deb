using Employment.Jobs.Domain.Screening;

namespace Employment.Jobs.Domain.Postings;

/// <summary>The clerk's override of the screen, as recorded (who, when, why, what was found).</summary>
public sealed record ScreeningOverride(IReadOnlyList<ScreeningFinding> Findings, string LegalReason, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>
/// A job posting and the changes the counter makes to it. Every change is checked (<see cref="PostingRules"/>)
/// and screened (<see cref="PostingScreen"/>) before it is taken; what it becomes is what search shows
/// while it is open and within its validity.
/// </summary>
public sealed class Posting
{
    private Posting(string id, PostingContent content, DateOnly postedOn)
    {
        Id = id;
        Content = content;
        PostedOn = postedOn;
    }

    public string Id { get; }

    public PostingContent Content { get; private set; }

    public PostingStatus StoredStatus { get; private set; } = PostingStatus.Open;

    public DateOnly PostedOn { get; private set; }

    public ScreeningOverride? Override { get; private set; }

    /// <summary>The rule under which it was filed free of charge, or "".</summary>
    public string FreeFilingRule { get; private set; } = "";

    /// <summary>How many filings were merged into it (1 = filed once).</summary>
    public int Filings { get; private set; } = 1;

    public string WithdrawalReason { get; private set; } = "";

    public string DuplicateKey => Postings.DuplicateKey.Of(Content);

    /// <summary>Open, withdrawn, or expired (open past its last day).</summary>
    public PostingStatus StatusOn(DateOnly today) =>
        StoredStatus == PostingStatus.Open && Content.ValidUntil < today ? PostingStatus.Expired : StoredStatus;

    /// <summary>Whether search shows it on <paramref name="today"/>.</summary>
    public bool IsSearchable(DateOnly today) => StatusOn(today) == PostingStatus.Open;

    /// <summary>A new posting (content checked, screened, and overridden only with a legal reason).</summary>
    public static Posting File(string id, PostingContent content, ScreeningVerdict verdict, bool freeFiling, string clerk, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var posting = new Posting(id, PostingRules.Check(content, today), today)
        {
            FreeFilingRule = freeFiling ? PostingRuleIds.FreeFilingIndividualBusiness : "",
        };
        posting.Record(verdict, clerk, now);
        return posting;
    }

    /// <summary>A posting as stored.</summary>
    public static Posting Restore(string id, PostingContent content, PostingStatus status, DateOnly postedOn, ScreeningOverride? screeningOverride, string freeFilingRule, int filings, string withdrawalReason) =>
        new(id, content, postedOn)
        {
            StoredStatus = status,
            Override = screeningOverride,
            FreeFilingRule = freeFilingRule,
            Filings = filings,
            WithdrawalReason = withdrawalReason,
        };

    /// <summary>The clerk's new content for an open posting; the employer cannot change.</summary>
    public void Revise(PostingContent content, ScreeningVerdict verdict, string clerk, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(verdict);
        RequireOpen(today);
        if (!string.Equals(content.Employer.CreditCode, Content.Employer.CreditCode, StringComparison.OrdinalIgnoreCase))
        {
            throw DomainRuleException.Invalid("posting.employer.credit_code", "岗位的用人单位不能更改；请撤回此岗位，为新单位另行登记。");
        }

        Content = PostingRules.Check(content, today);
        Record(verdict, clerk, now);
    }

    /// <summary>
    /// The same job filed again: one posting, not two. The openings become the new filing's, the
    /// validity runs to the later of the two last days (R29: one job listed once).
    /// </summary>
    public void Merge(PostingContent again, ScreeningVerdict verdict, string clerk, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(again);
        RequireOpen(today);
        var checkedAgain = PostingRules.Check(again, today);
        Content = Content with
        {
            Openings = checkedAgain.Openings,
            ValidUntil = checkedAgain.ValidUntil > Content.ValidUntil ? checkedAgain.ValidUntil : Content.ValidUntil,
        };
        Filings++;
        if (verdict.Overridden)
        {
            Record(verdict, clerk, now);
        }
    }

    public void Withdraw(string reason)
    {
        if (StoredStatus == PostingStatus.Withdrawn)
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow, $"岗位 {Id} 已撤回。", "posting_id");
        }

        StoredStatus = PostingStatus.Withdrawn;
        WithdrawalReason = reason;
    }

    private void Record(ScreeningVerdict verdict, string clerk, DateTimeOffset now) =>
        Override = verdict.Overridden ? new ScreeningOverride(verdict.Findings, verdict.LegalReason, clerk, now) : null;

    private void RequireOpen(DateOnly today)
    {
        var status = StatusOn(today);
        if (status != PostingStatus.Open)
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"岗位 {Id} 已{(status == PostingStatus.Withdrawn ? "撤回" : "过期")}，不能修改；请登记新岗位。", "posting_id");
        }
    }
}
