using Employment.Jobs.Domain.Postings;

namespace Employment.Jobs.Domain.Screening;

/// <summary>
/// R29: a posting may not restrict by sex, 户籍 or urban/rural origin, 民族, 身份, 残疾 or 婚育, and by age
/// only as the law requires. The screen reads the structured restriction fields and the free text
/// (title, description, other requirements, certificates, benefits) and names every condition it finds
/// and where. A minimum age below the legal working age is refused outright: no clerk may publish it.
/// </summary>
public sealed class PostingScreen(ScreeningPhrases phrases)
{
    public IReadOnlyList<ScreeningFinding> Screen(PostingContent content, AgeLaw law)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(law);
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
        RequireWorkingAge(r.MinAge, "posting.requirements.min_age", $"{r.MinAge}", law);
        Structured(r.MinAge > law.MinimumWorkingAge, ScreeningCondition.Age, "min_age");
        Structured(r.MaxAge > 0, ScreeningCondition.Age, "max_age");

        void Text(string text, string field)
        {
            foreach (var (condition, phrase) in phrases.Find(text))
            {
                findings.Add(new ScreeningFinding(condition, field, phrase));
            }

            // An age the text states: below the working age refused outright; above it, or any upper
            // bound, an age condition (once per field, as the phrases are).
            foreach (var age in ScreeningPhrases.FindAges(text))
            {
                RequireWorkingAge(age.Lower ?? 0, field, age.Phrase, law);
            }

            if (ScreeningPhrases.FindAges(text).FirstOrDefault(a => a.Upper is not null || a.Lower > law.MinimumWorkingAge) is { } restricting
                && !findings.Any(f => f.Condition == ScreeningCondition.Age && f.Field == field))
            {
                findings.Add(new ScreeningFinding(ScreeningCondition.Age, field, restricting.Phrase));
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
    public ScreeningVerdict Decide(PostingContent content, string? legalReason, AgeLaw law)
    {
        var findings = Screen(content, law);
        if (findings.Count == 0)
        {
            return ScreeningVerdict.Clear;
        }

        var reason = (legalReason ?? "").Trim();
        if (reason.Length > 0)
        {
            return new ScreeningVerdict(findings, reason);
        }

        // Each condition with the phrase found (so the one who typed it sees which words to change) and its clause.
        var named = string.Join("；", findings.Select(f => (f.Phrase.Length > 0 ? $"{phrases.Labels[f.Condition]}“{f.Phrase}”" : phrases.Labels[f.Condition])
            + $"（{f.Field}）（依据 {phrases.Laws[f.Condition]}）"));
        var ageNote = findings.Any(f => f.Condition == ScreeningCondition.Age)
            ? $"年龄条件仅限法律要求：最低就业年龄 {law.MinimumWorkingAge} 周岁（{law.MinimumCitation}）；更高的下限只适用于法律禁止未满 {law.MinorWorkerUntilAge} 周岁的未成年工从事的劳动（{law.MinorWorkerCitation}），年龄上限没有法律依据。"
            : "";
        throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
            $"岗位含有就业歧视性条件，不能发布（{PostingRuleIds.NoDiscrimination}，裁定 R29）：{named}。{ageNote}请删去这些条件；"
            + "如法律法规允许（如女职工禁忌从事的劳动），由人社窗口经办人写明法律依据（screening_override.legal_reason）后发布，该决定将被记录。",
            findings[0].Field, PostingRuleIds.NoDiscrimination);
    }

    // 劳动法 第十五条, 《禁止使用童工规定》第二条: nobody may place a person under the working age, so a
    // posting asking for one is refused whatever reason a clerk gives. 0 = no minimum stated.
    private static void RequireWorkingAge(int minimum, string field, string stated, AgeLaw law)
    {
        if (minimum > 0 && minimum < law.MinimumWorkingAge)
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"岗位的最低年龄（{field}：“{stated}”）低于法定最低就业年龄 {law.MinimumWorkingAge} 周岁（{PostingRuleIds.MinimumWorkingAge}，{law.MinimumCitation}）："
                + "禁止招用或为其介绍就业（《禁止使用童工规定》第二条），经办人不能以法律依据发布。请将最低年龄改为不低于法定年龄，或不写。",
                field, PostingRuleIds.MinimumWorkingAge);
        }
    }
}

/// <summary>What the screen found and, when a clerk overrode it, the legal reason (empty findings: nothing to record).</summary>
public sealed record ScreeningVerdict(IReadOnlyList<ScreeningFinding> Findings, string LegalReason)
{
    public static ScreeningVerdict Clear { get; } = new([], "");

    public bool Overridden => Findings.Count > 0;
}
