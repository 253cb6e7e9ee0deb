using Employment.Common.V1;

namespace Training.Tests.Domain;

/// <summary>Registry profiles for the vocational-training groups, built as the registry returns them.</summary>
internal static class VocationalPeople
{
    public static CalendarDate Date(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static PersonProfile Profile(params PersonFact[] facts)
    {
        var profile = new PersonProfile { Person = new Person { PersonId = "P-1", Name = "测试人", IdNumber = "410823199001150011" } };
        profile.Facts.AddRange(facts);
        return profile;
    }

    /// <summary>失业登记 from <paramref name="from"/>, to <paramref name="until"/> (open when null).</summary>
    public static PersonFact Registration(DateOnly from, DateOnly? until = null) => new()
    {
        FactId = "fact-registration",
        Kind = PersonFactKind.UnemploymentRegistration,
        Period = Period(from, until),
        Authority = "武陟县公共就业服务中心",
    };

    /// <summary>A 大专 or higher graduation on <paramref name="graduated"/>.</summary>
    public static PersonFact College(DateOnly graduated) => new()
    {
        FactId = "fact-education",
        Kind = PersonFactKind.Education,
        Authority = "学信网",
        Education = new Education { Level = EducationLevel.Bachelor, Institution = "河南理工大学", GraduationDate = Date(graduated) },
    };

    /// <summary>A labour contract from <paramref name="from"/> of <paramref name="termMonths"/> months (0: open-ended).</summary>
    public static PersonFact Contract(DateOnly from, int termMonths = 12) => new()
    {
        FactId = "fact-contract",
        Kind = PersonFactKind.EmploymentContract,
        Period = Period(from, termMonths == 0 ? null : from.AddMonths(termMonths).AddDays(-1)),
        Authority = "武陟县人社局",
        Contract = new EmploymentContract { EmployerCreditCode = "91410823MA0000000X", TermMonths = termMonths, OpenEnded = termMonths == 0 },
    };

    private static DatePeriod Period(DateOnly from, DateOnly? until)
    {
        var period = new DatePeriod { From = Date(from) };
        if (until is { } u)
        {
            period.Until = Date(u);
        }

        return period;
    }
}
