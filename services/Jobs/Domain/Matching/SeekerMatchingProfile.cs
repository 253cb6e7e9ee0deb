using System.Globalization;
using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// A seeker's personal tags and the traits matching uses, built from the same data so they cannot
/// disagree: a tag the seeker deleted is neither listed nor used (第十七条). Stated tags are deleted
/// by removing them; registry tags (certificates, education, priority groups) by recording their id
/// in <paramref name="excluded"/>, since the registry's facts are not the seeker's to change here.
/// </summary>
public static class SeekerMatchingProfile
{
    public static (IReadOnlyList<SeekerTag> Tags, SeekerTraits Traits) Build(
        string seekerId, string homeCountyCode, StatedPreferences stated, RegistryQualifications registry, IReadOnlySet<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(excluded);
        var tags = new List<SeekerTag>();
        void Stated(TagKind kind, string value, string label) => tags.Add(new SeekerTag(SeekerTag.IdOf(kind, value), kind, label, TagSource.Stated));

        var synonyms = OccupationSynonyms.Shipped;
        foreach (var code in stated.Occupations)
        {
            Stated(TagKind.Occupation, code, $"求职意向职业：{synonyms.NameOf(code)}（{code}）");
        }

        foreach (var word in stated.OccupationWords)
        {
            Stated(TagKind.OccupationWord, word, $"求职意向：{word}");
        }

        foreach (var county in stated.Counties)
        {
            Stated(TagKind.County, county, $"意向工作地区：{county}");
        }

        foreach (var kind in stated.Kinds)
        {
            Stated(TagKind.Kind, ((int)kind).ToString(CultureInfo.InvariantCulture), $"意向岗位类型：{EmploymentKindNames.Zh(kind)}");
        }

        foreach (var skill in stated.Skills)
        {
            Stated(TagKind.Skill, skill, $"技能：{skill}");
        }

        if (stated.PayFloorFen is { } floor)
        {
            Stated(TagKind.PayFloor, "", $"期望薪酬下限：{MatchScorer.Yuan(floor)} 元/{MatchScorer.PeriodZh(stated.PayFloorPeriod)}");
        }

        if (stated.Place is not null)
        {
            Stated(TagKind.Place, "", "居住位置（用于计算通勤距离）");
        }

        var certificates = registry.Certificates
            .Where(c => !excluded.Contains(CertificateTagId(c)))
            .ToList();
        foreach (var certificate in certificates)
        {
            tags.Add(new SeekerTag(CertificateTagId(certificate), TagKind.Certificate, $"证书：{QualificationText.Certificate(certificate)}", TagSource.Registry));
        }

        var education = registry.Education;
        if (education != EducationLevel.None && excluded.Contains(EducationTagId(education)))
        {
            education = EducationLevel.None;
        }

        if (education != EducationLevel.None)
        {
            tags.Add(new SeekerTag(EducationTagId(education), TagKind.Education, $"学历：{QualificationText.Education(education)}", TagSource.Registry));
        }

        var priority = registry.Priority.Where(p => !excluded.Contains(PriorityTagId(p))).ToList();
        foreach (var group in priority)
        {
            tags.Add(new SeekerTag(PriorityTagId(group), TagKind.Priority, $"优先推荐爱心岗位、公益性岗位：{PriorityGroupText.Zh(group)}", TagSource.Registry));
        }

        var skills = stated.Skills.Concat(certificates.Select(c => c.NameZh).Where(n => n.Length > 0)).Distinct(StringComparer.Ordinal).ToList();
        var wanted = stated.Wanted(synonyms);
        var traits = new SeekerTraits(
            seekerId,
            homeCountyCode,
            WantedOccupation.CodesOf(wanted),
            stated.Counties,
            stated.PayFloorFen is { } f ? MonthlyPay.Fen(f, stated.PayFloorPeriod) : null,
            stated.PayFloorFen ?? 0,
            stated.PayFloorPeriod,
            stated.Kinds,
            skills,
            certificates,
            education,
            stated.Place,
            priority,
            registry.CertifiedEmploymentDifficulty)
        { Wanted = wanted };
        return (tags, traits);
    }

    public static string CertificateTagId(Certificate certificate) =>
        SeekerTag.IdOf(TagKind.Certificate, $"{certificate.OccupationCode}/{certificate.Level.ToString(CultureInfo.InvariantCulture)}");

    public static string EducationTagId(EducationLevel level) => SeekerTag.IdOf(TagKind.Education, ((int)level).ToString(CultureInfo.InvariantCulture));

    public static string PriorityTagId(PriorityGroup group) => SeekerTag.IdOf(TagKind.Priority, group.ToString());
}
