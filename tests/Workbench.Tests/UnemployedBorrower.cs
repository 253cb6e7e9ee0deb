using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;

namespace Workbench.Tests;

/// <summary>A person living in 解放区, registered unemployed since 2022-06-01: one who meets a 个人创业担保贷款's personal conditions (R4).</summary>
internal static class UnemployedBorrower
{
    public static async Task<Person> RegisterAsync(Applicants.ApplicantsClient registry, Metadata clerk, string idNumber, string name)
    {
        var person = await registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = idNumber, Name = name, Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410802" } },
        }, clerk);
        await registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.UnemploymentRegistration,
                Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 6, Day = 1 } },
                Authority = "焦作市解放区公共就业服务中心",
            },
        }, clerk);
        return person;
    }
}
