using Employment.Common.V1;

namespace Hiring.Tests.Service;

/// <summary>Registry facts as a counter records them, for the trainee and start-up claims.</summary>
internal static class Facts
{
    public static PersonFact Registration(DateOnly from, DateOnly? until = null) => new()
    {
        Kind = PersonFactKind.UnemploymentRegistration,
        Period = new DatePeriod { From = HiringHost.Date(from), Until = until is { } last ? HiringHost.Date(last) : null },
        Authority = "武陟县公共就业服务中心",
    };

    public static PersonFact CollegeGraduate(DateOnly graduated) => new()
    {
        Kind = PersonFactKind.Education,
        Authority = "学信网",
        Education = new Education { Level = EducationLevel.Bachelor, Institution = "河南理工大学", GraduationDate = HiringHost.Date(graduated) },
    };

    public static PersonFact Veteran(DateOnly from) => new()
    {
        Kind = PersonFactKind.Veteran,
        Period = new DatePeriod { From = HiringHost.Date(from) },
        Authority = "焦作市退役军人事务局",
    };
}
