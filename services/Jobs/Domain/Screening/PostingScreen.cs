using Employment.Jobs.Domain.Postings;

namespace Employment.Jobs.Domain.Screening;

/// <summary>
/// R29: a posting may not restrict by sex, 户籍 or urban/rural origin, 民族, 身份, 残疾 or 婚育. The
/// screen reads the structured restriction fields and the free text (title, description, other
/// requirements, certificates, benefits) and names every condition it finds and where.
/// </summary>
public sealed class PostingScreen(ScreeningPhrases phrases)
{
    public IReadOnlyList<ScreeningFinding> Screen(PostingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var findings = new List<ScreeningFinding>();
        var r = content.Requirements;
        void Structured(bool restricts, ScreeningCondition condition, string field)
        {
            if (restricts)
            {
                findings.Add(new ScreeningFinding(condition, "posting.requirements." + field, ""));
            }
        }

        Structured(r.Sex != SexRestriction.None, ScreeningCondition.Sex, "sex");
        Structured(r.HouseholdRegion.Length > 0, ScreeningCondition.HouseholdRegistration, "household_region");
        Structured(r.Origin != OriginRestriction.None, ScreeningCondition.UrbanRuralOrigin, "origin");
        Structured(r.Ethnicity.Trim().Length > 0, ScreeningCondition.Ethnicity, "ethnicity");
        Structured(r.Identity.Trim().Length > 0, ScreeningCondition.Identity, "identity");
        Structured(r.NoDisability, ScreeningCondition.Disability, "no_disability");
        Structured(r.Marital != MaritalRestriction.None, ScreeningCondition.MaritalStatus, "marital");

        void Text(string text, string field)
        {
            foreach (var (condition, phrase) in phrases.Find(text))
            {
                findings.Add(new ScreeningFinding(condition, field, phrase));
            }
        }

        Text(content.Title, "posting.title");
        Text(content.Description, "posting.description");
        Text(r.Other, "posting.requirements.other");
        Text(string.Join(' ', r.Certificates), "posting.requirements.certificates");
        Text(string.Join(' ', r.Skills), "posting.requirements.skills");
        Text(string.Join(' ', content.Benefits), "posting.benefits");
        return findings;
    }

    /// <summary>
    /// The screen's verdict: nothing found, or found and overridden by a clerk's legal reason (returned,
    /// to be stored), or refused (FAILED_PRECONDITION naming each condition and where).
    /// </summary>
    public ScreeningVerdict Decide(PostingContent content, string? legalReason)
    {
        var findings = Screen(content);
        if (findings.Count == 0)
        {
            return ScreeningVerdict.Clear;
        }

        var reason = (legalReason ?? "").Trim();
        if (reason.Length > 0)
        {
            return new ScreeningVerdict(findings, reason);
        }

        var named = string.Join("；", findings.Select(f => $"{phrases.Labels[f.Condition]}（{f.Where}）"));
        throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
            $"岗位含有就业歧视性条件，不能发布（{PostingRuleIds.NoDiscrimination}，裁定 R29）：{named}。请删去这些条件；"
            + "如法律法规允许（如女职工禁忌从事的劳动），由经办人在 screening_override.legal_reason 中写明法律依据后发布，该决定将被记录。",
            findings[0].Field, PostingRuleIds.NoDiscrimination);
    }
}

/// <summary>What the screen found and, when a clerk overrode it, the legal reason (empty findings: nothing to record).</summary>
public sealed record ScreeningVerdict(IReadOnlyList<ScreeningFinding> Findings, string LegalReason)
{
    public static ScreeningVerdict Clear { get; } = new([], "");

    public bool Overridden => Findings.Count > 0;
}
