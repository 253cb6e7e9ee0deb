using Employment.Common.V1;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;

namespace Employment.Web.Public.Pages.SelfCheck.Measures;

/// <summary>
/// The questions about a person (the one who asks, or the one hired, trained or who founded the business) that
/// the measures' group checks read; each measure asks only those it needs.
/// </summary>
public static class StatedPersonQuestions
{
    public const string BirthDate = "birth_date";
    public const string Education = "education";
    public const string GraduationDate = "graduation_date";
    public const string RegisteredSince = "registered_since";
    public const string EmploymentDifficulty = "employment_difficulty";
    public const string Veteran = "veteran";
    public const string ReturningMigrant = "returning_migrant";
    public const string EmployedBefore = "employed_before";

    private static readonly IReadOnlyList<(string Value, string NameZh, EducationLevel Level, bool Technical)> Levels =
    [
        ("secondary_vocational", "中职、中专或技工院校", EducationLevel.Secondary, true),
        ("junior_college", "大专（高职）", EducationLevel.JuniorCollege, false),
        ("bachelor", "本科", EducationLevel.Bachelor, false),
        ("postgraduate", "研究生", EducationLevel.Postgraduate, false),
    ];

    /// <summary>The questions, <paramref name="whoZh"/> naming the person ("见习人员", "本人"); <paramref name="employedLabel"/> words the employment question for the measure.</summary>
    public static IReadOnlyList<FormField> Fields(string whoZh, string employedLabel, params string[] asked)
    {
        var all = new FormField[]
        {
            new(BirthDate, $"{whoZh}出生日期", FieldKind.Date),
            new(Education, $"{whoZh}最高学历（如有）", FieldKind.Choice, "高中及以下不用选。", [.. Levels.Select(l => (l.Value, l.NameZh))]),
            new(GraduationDate, "毕业（预计毕业）日期", FieldKind.Date, "选了学历时填写。"),
            new(RegisteredSince, "失业登记日期（如已登记失业）", FieldKind.Date, "见就业创业证；仍在登记失业时填写。"),
            new(EmploymentDifficulty, $"{whoZh}已认定为就业困难人员", FieldKind.Check),
            new(Veteran, $"{whoZh}是退役军人", FieldKind.Check),
            new(ReturningMigrant, $"{whoZh}是返乡创业农民工", FieldKind.Check),
            new(EmployedBefore, employedLabel, FieldKind.Check),
        };
        return [.. all.Where(f => asked.Contains(f.Name))];
    }

    /// <summary>
    /// The answers the registry's current facts give to the person questions, as the form types them, each with the
    /// question it fills: 出生日期, 学历 (a level the measures read, with its graduation day), 失业登记 still running,
    /// and the groups certified and not ended on <paramref name="today"/>. What the registry does not hold stays unanswered.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value, string LabelZh)> FromRegistry(PersonProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var answers = new List<(string, string, string)>();
        if (PersonFacts.BirthDate(profile.Person) is { } born)
        {
            answers.Add((BirthDate, Typed(born), "出生日期"));
        }

        var highest = PersonFacts.Current(profile, PersonFactKind.Education)
            .Select(f => f.Education)
            .Where(e => e is not null && ValueOf(e) is not null)
            .MaxBy(e => e.Level);
        if (highest is not null)
        {
            answers.Add((Education, ValueOf(highest)!, "学历"));
            if (ProtoMapping.DayOrNull(highest.GraduationDate) is { } graduated)
            {
                answers.Add((GraduationDate, Typed(graduated), "毕业日期"));
            }
        }

        IEnumerable<PersonFact> InForce(PersonFactKind kind) => PersonFacts.Current(profile, kind).Where(f => PersonFacts.InForceOn(f, today));
        if (InForce(PersonFactKind.UnemploymentRegistration).Select(PersonFacts.From).FirstOrDefault(d => d is not null) is { } registered)
        {
            answers.Add((RegisteredSince, Typed(registered), "失业登记日期"));
        }

        foreach (var (kind, name, label) in new[]
        {
            (PersonFactKind.EmploymentDifficulty, EmploymentDifficulty, "就业困难人员认定"),
            (PersonFactKind.Veteran, Veteran, "退役军人"),
            (PersonFactKind.ReturningMigrantWorker, ReturningMigrant, "返乡创业农民工"),
        })
        {
            if (InForce(kind).Any())
            {
                answers.Add((name, "on", label));
            }
        }

        return answers;
    }

    // The form's value for an education the measures read (中职 only from a technical school), or null (高中及以下).
    private static string? ValueOf(Employment.Common.V1.Education education) =>
        Levels.FirstOrDefault(l => l.Level == education.Level && (!l.Technical || education.TechnicalSchool)).Value;

    private static string Typed(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The statements the form's person questions make.</summary>
    public static StatedPerson Read(FormReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var person = new StatedPerson();
        if (reader.Asks(BirthDate))
        {
            person.BirthDate = reader.Date(BirthDate);
        }

        if (reader.Asks(Education) && reader.Choice(Education, required: false) is { } chosen)
        {
            var level = Levels.First(l => l.Value == chosen);
            person.Education = new Employment.Common.V1.Education
            {
                Level = level.Level,
                TechnicalSchool = level.Technical,
                GraduationDate = reader.Date(GraduationDate, required: true),
            };
        }

        if (reader.Asks(RegisteredSince))
        {
            person.UnemploymentRegisteredSince = reader.Date(RegisteredSince);
        }

        person.EmploymentDifficulty = reader.Asks(EmploymentDifficulty) && reader.On(EmploymentDifficulty);
        person.Veteran = reader.Asks(Veteran) && reader.On(Veteran);
        person.ReturningMigrantWorker = reader.Asks(ReturningMigrant) && reader.On(ReturningMigrant);
        person.EmployedBefore = reader.Asks(EmployedBefore) && reader.On(EmployedBefore);
        return person;
    }
}
