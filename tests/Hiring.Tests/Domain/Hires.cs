using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Hiring.Tests.Domain;

/// <summary>Builds hire items and registry profiles for the domain tests: fictional people, a Jiaozuo enterprise by default.</summary>
internal static class Hires
{
    public static readonly Region Jiaozuo = Region.Parse("410802");

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static HiringEmployer Enterprise(Region? region = null, string creditCode = "91410800MA0000001X") =>
        new(creditCode, "焦作示例制造有限公司", EmployerKind.Enterprise, region ?? Jiaozuo);

    /// <summary>Each of the three schemes 36号（四） names, paid for the given months by the claimant.</summary>
    public static InsuredMonths ThreeSchemes(int months = 1) => new(new Dictionary<InsuredScheme, int>
    {
        [InsuredScheme.Pension] = months,
        [InsuredScheme.Unemployment] = months,
        [InsuredScheme.WorkInjury] = months,
    });

    public static HireItem Item(
        HireSubsidyKind kind,
        PersonProfile person,
        DateOnly contractStart,
        int termMonths = 12,
        HiringEmployer? employer = null,
        InsuredMonths? insurance = null,
        params PriorHireClaim[] prior) =>
        new(kind, employer ?? Enterprise(), person, new HireContract(contractStart, termMonths), insurance ?? ThreeSchemes(), prior);

    public static PersonProfile Person(DateOnly birth, params PersonFact[] facts)
    {
        var profile = new PersonProfile
        {
            Person = new Person { PersonId = "p-1", IdNumber = "", BirthDate = ProtoMapping.ToProto(birth) },
        };
        profile.Facts.AddRange(facts);
        return profile;
    }

    /// <summary>失业登记 from <paramref name="from"/>, open-ended when <paramref name="until"/> is null.</summary>
    public static PersonFact Registration(DateOnly from, DateOnly? until = null) =>
        Fact(PersonFactKind.UnemploymentRegistration, from, until);

    /// <summary>A certified status (退役军人, 就业困难人员, …) in force from <paramref name="from"/> (R10).</summary>
    public static PersonFact Status(PersonFactKind kind, DateOnly from) => Fact(kind, from, null);

    public static PersonFact CollegeGraduate(DateOnly graduated, EducationLevel level = EducationLevel.Bachelor)
    {
        var fact = Fact(PersonFactKind.Education, null, null);
        fact.Authority = "学信网";
        fact.Education = new Education { Level = level, Institution = "河南理工大学", GraduationDate = ProtoMapping.ToProto(graduated) };
        return fact;
    }

    public static PersonFact Contract(DateOnly from, DateOnly until, string employerCreditCode = "91410800MA0000009Y")
    {
        var fact = Fact(PersonFactKind.EmploymentContract, from, until);
        fact.Contract = new EmploymentContract { EmployerCreditCode = employerCreditCode, TermMonths = 12 };
        return fact;
    }

    public static PersonFact Pension(DateOnly from, DateOnly until, string employerCreditCode, bool flexible = false)
    {
        var fact = Fact(PersonFactKind.SocialInsurance, from, until);
        fact.Authority = "社保系统";
        fact.Insurance = new InsuranceContribution
        {
            Scheme = Employment.Common.V1.InsuranceScheme.Pension,
            EmployerCreditCode = employerCreditCode,
            Months = 1,
            FlexibleWorker = flexible,
        };
        return fact;
    }

    private static PersonFact Fact(PersonFactKind kind, DateOnly? from, DateOnly? until)
    {
        var period = new DatePeriod();
        if (from is { } f)
        {
            period.From = ProtoMapping.ToProto(f);
        }

        if (until is { } u)
        {
            period.Until = ProtoMapping.ToProto(u);
        }

        return new PersonFact { FactId = "f-" + kind + "-" + from?.ToString("yyyyMMdd"), Kind = kind, Period = period, Authority = "焦作市人社局" };
    }
}
