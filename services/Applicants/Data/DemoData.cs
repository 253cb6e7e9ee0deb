using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Employment.ServiceDefaults.Data;

namespace Employment.Applicants.Data;

/// <summary>
/// A few fictional people and employers for trying the system locally. Loaded only in Development,
/// only into an empty registry. Identity numbers and credit codes are built with valid check
/// characters; the names and numbers belong to nobody.
/// </summary>
public static class DemoData
{
    private static readonly (string First17, string Name, string Phone, string Region)[] DemoPeople =
    [
        ("41080220010615301", "王小明（示例）", "13800000001", "410802"),
        ("41080319980302402", "李华（示例）", "13800000002", "410803"),
        ("41900119850911503", "张伟（示例）", "13800000003", "419001"),
    ];

    /// <summary>
    /// The demo employers with their legal representative (the first 17 characters of a demo person's number); the
    /// individual business of 王小明 has its 成立日期, so a start-up subsidy can be tried on it.
    /// </summary>
    private static readonly (string First8, string Name, string Region, EnterpriseSize Size, EntityKind Kind, DateOnly? Registered, string Representative)[] DemoEmployers =
    [
        ("MA00001X", "焦作市示例机械有限公司", "410802", EnterpriseSize.Small, EntityKind.Enterprise, null, "41080319980302402"),
        ("MA00002Y", "济源示例物流有限公司", "419001", EnterpriseSize.Micro, EntityKind.Enterprise, null, "41900119850911503"),
        ("MA000037", "解放区小明便利店（示例）", "410802", EnterpriseSize.Micro, EntityKind.IndividualBusiness, new DateOnly(2023, 3, 1), "41080220010615301"),
    ];

    /// <summary>王小明 is also 经办人 of the machinery company, by its letter of authorisation: so one demo person acts for two employers.</summary>
    private const string DemoAgentGrant = "G-demo-01X";

    public static async Task LoadIfEmptyAsync(ApplicantsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(cancellationToken) || await db.Employers.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = ServiceDefaults.Time.ChinaClock.System.Now;
        foreach (var (first17, name, phone, region) in DemoPeople)
        {
            var idNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
            var id = ResidentIdNumber.Parse(idNumber, DateOnly.FromDateTime(now.UtcDateTime));
            var personId = "P-demo-" + first17[^3..];
            var person = new PersonRecord
            {
                Id = personId,
                IdNumber = id.Value,
                Name = name,
                BirthDate = id.BirthDate,
                Phone = phone,
                HouseholdRegion = region,
                ResidenceRegion = region,
            };
            person.StampCreated("demo", now);
            db.People.Add(person);
            db.Facts.Add(DemoFact(personId, new PersonFact
            {
                Kind = PersonFactKind.UnemploymentRegistration,
                Period = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 9 } },
                Authority = "公共就业服务中心（示例）",
            }, now));
        }

        foreach (var (first8, name, region, size, kind, registered, representative) in DemoEmployers)
        {
            var organisation = first8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(first8);
            // 92: an individual business's registration-authority and type code.
            var first17 = (kind == EntityKind.IndividualBusiness ? "92" : "91") + region + organisation;
            var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
            var employerId = "E-demo-" + first8[^3..];
            var representativeNumber = representative + ResidentIdNumber.ComputeCheckCharacter(representative);
            var employer = new Employer { Region = new RegionCode { Code = region }, Kind = kind, LegalRepresentativeIdNumber = representativeNumber };
            if (registered is { } day)
            {
                employer.RegistrationDate = new CalendarDate { Year = day.Year, Month = day.Month, Day = day.Day };
            }

            var record = new EmployerRecord
            {
                Id = employerId,
                CreditCode = code,
                Name = name,
                Payload = employer.ToByteArray(),
            };
            record.StampCreated("demo", now);
            db.Employers.Add(record);
            db.Held(SubjectTypes.Employer, employerId, StaffRelationHistory.LegalRepresentative, representativeNumber, "demo", now);
            var sizeFact = new EmployerFact { Source = "市场监管部门划型（示例）", Size = new SizeClassification { Size = size } };
            db.Facts.Add(new FactRecord
            {
                Id = "F-demo-" + first8[^3..],
                SubjectType = SubjectTypes.Employer,
                SubjectId = employerId,
                Kind = (int)EmployerFact.DetailOneofCase.Size,
                Payload = sizeFact.ToByteArray(),
                Version = 1,
                CreatedAt = now,
                CreatedBy = "demo",
            });
        }

        db.EmployerAgents.Add(new EmployerAgentRecord
        {
            Id = DemoAgentGrant,
            EmployerId = "E-demo-01X",
            PersonId = "P-demo-301",
            ValidFrom = new DateOnly(2023, 1, 1),
            GrantedBy = (int)Applicants.V1.AgentGrantedBy.LetterOfAuthorisation,
            LetterReference = "示例授权委托书第1号",
            RecordedBy = "demo",
            RecordedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static FactRecord DemoFact(string personId, PersonFact fact, DateTimeOffset now) => new()
    {
        Id = "F-demo-" + personId[^3..],
        Codes = FactCodeRecord.For("F-demo-" + personId[^3..], SubjectTypes.Person, fact.ToByteArray()),
        SubjectType = SubjectTypes.Person,
        SubjectId = personId,
        Kind = (int)fact.Kind,
        From = new DateOnly(fact.Period.From.Year, fact.Period.From.Month, fact.Period.From.Day),
        Payload = fact.ToByteArray(),
        Version = 1,
        CreatedAt = now,
        CreatedBy = "demo",
    };
}
