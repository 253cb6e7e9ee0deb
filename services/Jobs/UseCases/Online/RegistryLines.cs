using Employment.Common.V1;
using Employment.Jobs.Domain.Matching;
using Employment.Policy.Categories;
using DomainCertificate = Employment.Jobs.Domain.Matching.Certificate;
using DomainEducation = Employment.Jobs.Domain.Matching.EducationLevel;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// What the registry knows that a resume shows, read-only, each line with who vouches for it. An
/// employer is shown the qualifications only (学历, 证书): registered unemployment and the groups a
/// person belongs to (就业困难人员, 残疾人, 脱贫人口 …) are for the person and their office, never a
/// ground an employer could screen on (R29).
/// </summary>
public static class RegistryLines
{
    /// <summary>Every line the person sees of themselves, facts in force on <paramref name="today"/>.</summary>
    public static IReadOnlyList<V1.RegistryLine> ForPerson(PersonProfile profile, DateOnly today) =>
        [.. Qualifications(profile, today), .. Unemployment(profile, today), .. Groups(profile, today)];

    /// <summary>The lines an employer may see (the qualifications).</summary>
    public static IReadOnlyList<V1.RegistryLine> ForEmployer(PersonProfile profile, DateOnly today) => [.. Qualifications(profile, today)];

    private static IEnumerable<V1.RegistryLine> Qualifications(PersonProfile profile, DateOnly today)
    {
        foreach (var fact in PersonFacts.Current(profile, PersonFactKind.Education).Where(f => f.Education is not null))
        {
            var e = fact.Education;
            var parts = new List<string> { QualificationText.Education((DomainEducation)(int)e.Level) };
            if (e.Institution.Length > 0)
            {
                parts.Add(e.Institution);
            }

            if (e.GraduationDate is { Year: > 0 } graduated)
            {
                parts.Add($"{graduated.Year:D4}-{graduated.Month:D2}-{graduated.Day:D2} 毕业");
            }

            yield return Line("学历", string.Join(" · ", parts), fact);
        }

        foreach (var fact in PersonFacts.Current(profile, PersonFactKind.Certificate).Where(f => f.Certificate is not null && PersonFacts.InForceOn(f, today)))
        {
            var c = fact.Certificate;
            yield return Line("证书", QualificationText.Certificate(new DomainCertificate(c.OccupationCode, (int)c.Level, c.OccupationName)), fact);
        }
    }

    private static IEnumerable<V1.RegistryLine> Unemployment(PersonProfile profile, DateOnly today) =>
        PersonFacts.Current(profile, PersonFactKind.UnemploymentRegistration)
            .Where(f => PersonFacts.InForceOn(f, today))
            .Select(f => Line("失业登记", PersonFacts.From(f) is { } from ? $"{from:yyyy-MM-dd} 起登记失业" : "已登记失业", f));

    private static IEnumerable<V1.RegistryLine> Groups(PersonProfile profile, DateOnly today)
    {
        (PersonFactKind Kind, string NameZh)[] groups =
        [
            (PersonFactKind.EmploymentDifficulty, "就业困难人员"),
            (PersonFactKind.PovertyAlleviated, "脱贫人口"),
            (PersonFactKind.Veteran, "退役军人"),
            (PersonFactKind.Disability, "残疾人"),
            (PersonFactKind.ZeroEmploymentHousehold, "零就业家庭成员"),
        ];
        foreach (var (kind, name) in groups)
        {
            foreach (var fact in PersonFacts.Current(profile, kind).Where(f => PersonFacts.InForceOn(f, today)))
            {
                yield return Line("人员类别", name, fact);
            }
        }
    }

    private static V1.RegistryLine Line(string kindZh, string textZh, PersonFact fact) =>
        new() { KindZh = kindZh, TextZh = textZh, SourceZh = fact.Authority.Length > 0 ? fact.Authority : "登记系统" };
}
