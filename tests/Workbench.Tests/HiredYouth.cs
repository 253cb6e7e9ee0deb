using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Grpc.Core;

namespace Workbench.Tests;

/// <summary>
/// A registered unemployed youth a firm hired on 2023-05-01 and insured from that day (pension, medical, unemployment,
/// work injury for May 2023): the 一次性吸纳就业补贴's person (焦政办〔2023〕36号（四）).
/// </summary>
public static class HiredYouth
{
    public static readonly CalendarDate Hired = new() { Year = 2023, Month = 5, Day = 1 };

    /// <param name="sequence">0–999, different for each youth of a run.</param>
    /// <param name="withContract">Whether the registry holds the labour contract too (what the owed list reads), or only the insurance (the clerk types the hire).</param>
    /// <param name="insured">Whether the insurance from <see cref="Hired"/> is recorded now, or later (<see cref="InsureAsync"/>).</param>
    public static async Task<Person> RegisterAsync(Applicants.ApplicantsClient registry, Metadata clerk, string creditCode, int sequence, string name, bool withContract, bool insured = true)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var first17 = $"41082320000310{sequence % 1000:D3}";
        var person = await registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = name, Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410823" } },
        }, clerk);
        List<PersonFact> facts =
        [
            new() { Kind = PersonFactKind.UnemploymentRegistration, Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 6, Day = 1 } }, Authority = "武陟县公共就业服务中心" },
            .. insured ? Insurance(creditCode) : [],
        ];
        if (withContract)
        {
            facts.Add(new() { Kind = PersonFactKind.EmploymentContract, Period = new DatePeriod { From = Hired }, Authority = "劳动合同备案", Contract = new EmploymentContract { EmployerCreditCode = creditCode, OpenEnded = true } });
        }

        foreach (var fact in facts)
        {
            await registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, Fact = fact }, clerk);
        }

        return person;
    }

    /// <summary>The firm's insurance of the youth for May 2023, as the 社保 record a clerk enters.</summary>
    public static async Task InsureAsync(Applicants.ApplicantsClient registry, Metadata clerk, string personId, string creditCode)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var fact in Insurance(creditCode))
        {
            await registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, clerk);
        }
    }

    private static IEnumerable<PersonFact> Insurance(string creditCode) =>
        new[] { InsuranceScheme.Pension, InsuranceScheme.Medical, InsuranceScheme.Unemployment, InsuranceScheme.WorkInjury }.Select(scheme => new PersonFact
        {
            Kind = PersonFactKind.SocialInsurance,
            Period = new DatePeriod { From = Hired, Until = new CalendarDate { Year = 2023, Month = 5, Day = 31 } },
            Authority = "焦作市社会保险中心",
            Insurance = new InsuranceContribution { Scheme = scheme, Months = 1, EmployerCreditCode = creditCode },
        });
}
