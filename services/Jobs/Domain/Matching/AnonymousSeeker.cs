using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// Someone matching without an account (the public MatchJobs): what they describe of themselves —
/// occupations, skills, education, place, pay, regions — used for this one match and never stored
/// (rule <see cref="Rule"/>). Nothing of the registry is read, so they are in no priority group and
/// see no 公益性岗位 (R26: certified 就业困难人员 only, which only the counter can establish).
/// </summary>
/// <param name="NonPersonalised">The variant not aimed at personal characteristics: the regions' newest postings, no score (第十七条).</param>
public sealed record AnonymousSeeker(StatedPreferences Preferences, EducationLevel Education, bool NonPersonalised)
{
    public const string Rule = "jobs.matching.anonymous_nothing_stored";

    public const string NoticeZh =
        "以下岗位按匹配分排列，每项理由注明得分。您填写的信息只用于本次匹配，不保存、不用于其他用途；公益性岗位面向经认定的就业困难人员，请到人社窗口办理，此处不展示（规则 " + Rule + "）。";

    /// <summary>
    /// The description checked: regions are required (where to look; Jiaozuo's postings never answer a
    /// Jiyuan search by accident), and a personalised match needs an occupation or a skill to match on.
    /// </summary>
    public AnonymousSeeker Checked(long maxMonthlyPayFloorFen)
    {
        var preferences = (Preferences ?? throw DomainRuleException.Invalid("preferences", "请提供求职意向（preferences）。")).Checked(maxMonthlyPayFloorFen);
        if (preferences.Counties.Count == 0)
        {
            throw DomainRuleException.Invalid("preferences.regions", "请选择意向工作地区（市或县区，如焦作市 410800、解放区 410802、济源示范区 419001）。");
        }

        if (!NonPersonalised && !preferences.AsksForOccupation && preferences.Skills.Count == 0)
        {
            throw DomainRuleException.Invalid("preferences",
                "请至少填写一个意向职业（occupation_words 或 occupation_codes）或技能（keywords）；不想填写个人信息时，可选择不使用个人特征的推荐（non_personalised）。");
        }

        if (!Enum.IsDefined(Education))
        {
            throw DomainRuleException.Invalid("preferences.education", "学历无效。");
        }

        return this with { Preferences = preferences };
    }

    /// <summary>The traits matching uses: the description only; no certificate, no priority group, not certified.</summary>
    public SeekerTraits Traits()
    {
        var p = Preferences;
        var wanted = p.Wanted(OccupationSynonyms.Shipped);
        return new SeekerTraits(
            "",
            p.Counties.Count > 0 ? p.Counties[0] : "",
            WantedOccupation.CodesOf(wanted),
            p.Counties,
            p.PayFloorFen is { } floor ? MonthlyPay.Fen(floor, p.PayFloorPeriod) : null,
            p.PayFloorFen ?? 0,
            p.PayFloorPeriod,
            p.Kinds,
            p.Skills,
            [],
            Education,
            p.Place,
            [],
            false)
        { Wanted = wanted };
    }
}
