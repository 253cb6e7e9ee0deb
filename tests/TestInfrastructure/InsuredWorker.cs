using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Training.V1;
using Grpc.Core;

namespace Employment.TestInfrastructure;

/// <summary>
/// A worker of Wuzhi county (焦作市武陟县) who qualifies for the 技能提升补贴, as screens' tests need one: 24 months of
/// unemployment insurance to 2024-05-31 and an open-ended contract from 2022-06-01, registered by a Jiaozuo clerk; and
/// the application a clerk takes for their 2024-06-01 welder's certificate (四级).
/// </summary>
public static class InsuredWorker
{
    public const string County = "410823";

    /// <summary>A valid identity number of the county, different for each <paramref name="sequence"/> (0–999) and <paramref name="year"/>.</summary>
    public static string IdNumber(int sequence, int year = 1990)
    {
        var first17 = $"{County}{year:D4}{(sequence % 12) + 1:D2}15{sequence % 1000:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>Registers the worker with their two facts (<paramref name="insuredMonths"/> of insurance to 2024-05-31); answers the registry's person id.</summary>
    public static async Task<string> RegisterAsync(Applicants.V1.Applicants.ApplicantsClient registry, Metadata clerk, string idNumber, string name, int insuredMonths = 24)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var person = await registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = idNumber, Name = name, Phone = "13800000000", ResidenceRegion = new RegionCode { Code = County } },
        }, clerk);
        await AddFactAsync(registry, clerk, person.PersonId, new PersonFact
        {
            Kind = PersonFactKind.UnemploymentInsurance,
            Period = new DatePeriod { From = FirstOf(new DateOnly(2024, 6, 1).AddMonths(-insuredMonths)), Until = Day(2024, 5, 31) },
            Authority = "焦作市社会保险中心",
            Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Unemployment, Months = insuredMonths },
        });
        await AddFactAsync(registry, clerk, person.PersonId, new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Day(2022, 6, 1) },
            Authority = "武陟县人社局",
            Contract = new EmploymentContract { OpenEnded = true },
        });
        return person.PersonId;
    }

    /// <summary>The skill-upgrade application a clerk takes for the worker's certificate.</summary>
    public static SubmitApplicationRequest SkillUpgrade(string idNumber) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new PersonKey { IdNumber = idNumber },
        Kind = SubsidyKind.SkillUpgrade,
        Certificate = new Certificate
        {
            CertificateNumber = "S" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
            OccupationCode = "6-18-01-01",
            OccupationName = "焊工",
            Level = SkillLevel.L4,
            IssueDate = Day(2024, 6, 1),
            IssuingBody = "焦作市职业技能鉴定中心",
        },
        PaymentAccount = "6217000000001234567",
        Region = new RegionCode { Code = County },
    };

    private static Task AddFactAsync(Applicants.V1.Applicants.ApplicantsClient registry, Metadata clerk, string personId, PersonFact fact) =>
        registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, clerk).ResponseAsync;

    private static CalendarDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private static CalendarDate FirstOf(DateOnly day) => Day(day.Year, day.Month, day.Day);
}
