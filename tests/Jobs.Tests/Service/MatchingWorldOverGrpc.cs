using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// What the matching service tests file and register over gRPC: postings at a Jiaozuo counter (with
/// place, skills and coded certificates), registry people with dated facts, seekers. Jiaozuo 解放区
/// 410802 around (35.24, 113.24); 修武县 410821 about 20 km east.
/// </summary>
internal static class MatchingWorldOverGrpc
{
    public static readonly V1.GeoPoint Jiefang = new() { Latitude = 35.24, Longitude = 113.24 };
    public static readonly V1.GeoPoint Xiuwu = new() { Latitude = 35.23, Longitude = 113.46 };

    public static Metadata Counter => TestCallers.Counter("410800", "clerk-match");

    /// <summary>A lawful posting of <paramref name="occupation"/> in <paramref name="county"/> with what matching reads.</summary>
    public static V1.JobPosting Posting(string title, string occupation, string county = "410802", V1.GeoPoint? at = null,
        V1.EmploymentType kind = V1.EmploymentType.FullTime, EducationLevel minEducation = EducationLevel.Unspecified,
        string[]? skills = null, V1.RequiredCertificate[]? certificates = null)
    {
        var posting = JobsHost.Lawful(title);
        posting.OccupationCode = occupation;
        posting.Description = title + "，五险一金。";
        posting.EmploymentType = kind;
        posting.WorkPlace.County = new RegionCode { Code = county };
        posting.WorkPlace.Address = title + "测试路1号";
        posting.WorkPlace.Location = at ?? Jiefang;
        posting.Requirements = new V1.Requirements { MinEducation = minEducation, Skills = { skills ?? [] }, RequiredCertificates = { certificates ?? [] } };
        return posting;
    }

    public static V1.JobPosting Gig(string title, string occupation, long dayPayFen, string[]? skills = null)
    {
        var posting = Posting(title, occupation, kind: V1.EmploymentType.Gig, skills: skills);
        posting.Pay = new V1.Pay { Min = new Money { Fen = dayPayFen }, Max = new Money { Fen = dayPayFen }, Period = V1.PayPeriod.Day };
        posting.Venue = new V1.GigVenue { Kind = V1.VenueKind.GigMarket, Name = "解放区零工市场" };
        return posting;
    }

    public static V1.RequiredCertificate Certificate(string code, string name, SkillLevel level) =>
        new() { OccupationCode = code, OccupationName = name, Level = level };

    public static PersonFact Status(PersonFactKind kind) => new()
    {
        Kind = kind,
        Authority = "焦作市人社局",
        Period = new DatePeriod { From = new CalendarDate { Year = 2025, Month = 1, Day = 1 } },
    };

    public static PersonFact CertificateFact(string code, string name, SkillLevel level) => new()
    {
        Kind = PersonFactKind.Certificate,
        Authority = "焦作市职业技能鉴定中心",
        Period = new DatePeriod { From = new CalendarDate { Year = 2024, Month = 6, Day = 1 } },
        Certificate = new Certificate { OccupationCode = code, OccupationName = name, Level = level, CertificateNumber = "Z" + code },
    };

    public static PersonFact EducationFact(EducationLevel level) => new()
    {
        Kind = PersonFactKind.Education,
        Authority = "学信网",
        Period = new DatePeriod { From = new CalendarDate { Year = 2010, Month = 7, Day = 1 } },
        Education = new Education { Level = level, GraduationDate = new CalendarDate { Year = 2010, Month = 7, Day = 1 } },
    };

    public static Task<V1.Seeker> RegisterSeekerAsync(this JobsHost host, string personId, V1.JobPreferences preferences, string assistanceCase = "") =>
        host.Jobs.RegisterSeekerAsync(new V1.RegisterSeekerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new PersonKey { PersonId = personId },
            Preferences = preferences,
            AssistanceCaseId = assistanceCase,
        }, Counter).ResponseAsync;

    public static Task<V1.MatchJobsResponse> MatchesAsync(this JobsHost host, string seekerId) =>
        host.Jobs.FindMatchesForSeekerAsync(new V1.FindMatchesForSeekerRequest { SeekerId = seekerId }, Counter).ResponseAsync;

    public static async Task<V1.JobPosting> FileAsync(this JobsHost host, V1.JobPosting posting) =>
        await host.CreateAsync(posting, clerk: "clerk-match");

    public static IReadOnlyList<string> Titles(V1.MatchJobsResponse response) => response.Matches.Select(m => m.Posting.Title).ToList();
}
