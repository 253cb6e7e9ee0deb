using Employment.Common.V1;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Web.Kit.Forms;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// The answers the registry's current facts give to a self-check's questions about a person (a group the service marks
/// as one the registry may hold, of the shared contract's <c>StatedPerson</c>): 出生日期, the highest 学历 with its
/// graduation day and whether it is a technical school's, a 失业登记 still running, and the groups certified and not
/// ended on the day. What the registry does not hold stays unanswered.
/// </summary>
public static class RegistryAnswers
{
    /// <summary>Each answer by its path inside the person's group, as the form types it, with the question it fills in words.</summary>
    public static IReadOnlyList<(string Path, string Value, string LabelZh)> Of(PersonProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var answers = new List<(string, string, string)>();
        if (PersonFacts.BirthDate(profile.Person) is { } born)
        {
            answers.Add(("birth_date", Typed(born), "出生日期"));
        }

        var highest = PersonFacts.Current(profile, PersonFactKind.Education)
            .Select(f => f.Education)
            .Where(e => e is { Level: not EducationLevel.Unspecified })
            .MaxBy(e => e.Level);
        if (highest is not null)
        {
            answers.Add(("education.level", ValueName(highest.Level), "学历"));
            answers.Add(("education.technical_school", highest.TechnicalSchool ? "true" : "false", "是否技工院校"));
            if (ProtoMapping.DayOrNull(highest.GraduationDate) is { } graduated)
            {
                answers.Add(("education.graduation_date", Typed(graduated), "毕业日期"));
            }
        }

        IEnumerable<PersonFact> InForce(PersonFactKind kind) => PersonFacts.Current(profile, kind).Where(f => PersonFacts.InForceOn(f, today));
        if (InForce(PersonFactKind.UnemploymentRegistration).Select(PersonFacts.From).FirstOrDefault(d => d is not null) is { } registered)
        {
            answers.Add(("unemployment_registered_since", Typed(registered), "失业登记日期"));
        }

        foreach (var (kind, path, label) in new[]
        {
            (PersonFactKind.EmploymentDifficulty, "employment_difficulty", "就业困难人员认定"),
            (PersonFactKind.Veteran, "veteran", "退役军人"),
            (PersonFactKind.ReturningMigrantWorker, "returning_migrant_worker", "返乡创业农民工"),
        })
        {
            if (InForce(kind).Any())
            {
                answers.Add((path, "true", label));
            }
        }

        return answers;
    }

    /// <summary>
    /// The form's questions the registry answers: in each group the form marks as one the registry may hold, the
    /// answers of <see cref="Of"/> the group asks, by their full path, and the questions filled in words.
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> NamedZh) For(FormDescription form, PersonProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new List<string>();
        var paths = form.Fields.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var known = Of(profile, today);
        foreach (var group in form.Fields.Where(f => f is { Type: FormFieldType.Group, RegistryMayHold: true, Repeated: false }))
        {
            foreach (var (path, value, label) in known.Where(a => paths.Contains($"{group.Path}.{a.Path}")))
            {
                values[$"{group.Path}.{path}"] = value;
                if (!named.Contains(label))
                {
                    named.Add(label);
                }
            }
        }

        return (values, named);
    }

    private static string ValueName(EducationLevel level) =>
        Common.V1.PersonReflection.Descriptor.EnumTypes.First(e => e.Name == nameof(EducationLevel)).FindValueByNumber((int)level).Name;

    private static string Typed(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
