using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// The registry facts the hiring service's owed-subsidies job and claims read (15号（二十）): a
/// traineeship (见习协议, R11, R22), the employer's monthly part and 按时缴纳 of an insurance period
/// (15号（三）, R18), an employment agency's licence (R26) and an incubator entry with its cost months
/// (运营补贴, R14, R23). Recorded at the counter, read back in the services' profile, bad input
/// INVALID_ARGUMENT naming the field. Over gRPC, on PostgreSQL.
/// </summary>
public sealed class OwedSubsidyFactsTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    private static CalendarDate Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private static DatePeriod Period(CalendarDate from, CalendarDate? until = null) => new() { From = from, Until = until };

    private async Task<string> PersonAsync() =>
        (await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(2000, 5, 1))), RegistryHost.Clerk())).PersonId;

    private async Task<string> EmployerAsync() => (await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new Employer { CreditCode = CreditCodes.Valid(), Name = "解放区示例公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
    }, RegistryHost.Clerk())).EmployerId;

    private Task<PersonFact> AddAsync(string personId, PersonFact fact) =>
        host.Client.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, RegistryHost.Clerk()).ResponseAsync;

    private Task<EmployerFact> AddAsync(string employerId, EmployerFact fact) =>
        host.Client.AddEmployerFactAsync(new AddEmployerFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = employerId, Fact = fact }, RegistryHost.Clerk()).ResponseAsync;

    private static async Task<string> RefusedFieldAsync(Func<Task> add)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(add);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        return refused.Said();
    }

    private static PersonFact Traineeship(string host, CalendarDate from, CalendarDate? until, Traineeship? detail = null)
    {
        var traineeship = detail ?? new Traineeship { RealNameRegistered = true };
        traineeship.HostCreditCode = host;
        return new PersonFact { Kind = PersonFactKind.Traineeship, Period = Period(from, until), Authority = "焦作市人社局", Traineeship = traineeship };
    }

    private static PersonFact EmployerPart(string employer, long partFen, bool onTime, DatePeriod period, bool flexible = false, long totalFen = 0) => new()
    {
        Kind = PersonFactKind.SocialInsurance,
        Period = period,
        Authority = "社保系统",
        Insurance = new InsuranceContribution
        {
            Scheme = InsuranceScheme.Pension,
            EmployerCreditCode = employer,
            Months = 3,
            FlexibleWorker = flexible,
            EmployerPartMonthly = new Money { Fen = partFen },
            PaidOnTime = onTime,
            MonthlyAmount = totalFen > 0 ? new Money { Fen = totalFen } : null,
        },
    };

    [Fact(Timeout = 60_000)]
    public async Task R11_R22_a_traineeship_and_R18_an_employer_part_paid_on_time_are_recorded_and_read_back_in_the_services_profile()
    {
        var person = await PersonAsync();
        var hostCode = CreditCodes.Valid();

        await AddAsync(person, Traineeship(hostCode, Date(2024, 3, 1), Date(2024, 8, 31),
            new Traineeship { RealNameRegistered = true, HiredOn = Date(2024, 6, 15), HiredWithSocialInsurance = true }));
        await AddAsync(person, EmployerPart(hostCode, 123_456, onTime: true, Period(Date(2024, 6, 1), Date(2024, 8, 31)), totalFen: 200_000));
        var profile = await host.Client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = person }, Purpose = "hiring.claim" });

        var traineeship = profile.Facts.Single(f => f.Kind == PersonFactKind.Traineeship);
        Assert.Equal(hostCode, traineeship.Traineeship.HostCreditCode);
        Assert.Equal(Date(2024, 6, 15), traineeship.Traineeship.HiredOn);
        Assert.True(traineeship.Traineeship.HiredWithSocialInsurance);
        Assert.Equal(Date(2024, 8, 31), traineeship.Period.Until);
        var insurance = profile.Facts.Single(f => f.Kind == PersonFactKind.SocialInsurance).Insurance;
        Assert.Equal(123_456, insurance.EmployerPartMonthly.Fen);
        Assert.True(insurance.PaidOnTime);
    }

    [Fact(Timeout = 60_000)]
    public async Task R11_R22_traineeship_bad_input_names_the_field()
    {
        var person = await PersonAsync();
        var hostCode = CreditCodes.Valid();
        var wrong = hostCode[..17] + (hostCode[17] == '1' ? '2' : '1');

        var noEnd = await RefusedFieldAsync(() => AddAsync(person, Traineeship(hostCode, Date(2024, 3, 1), null)));
        var badHost = await RefusedFieldAsync(() => AddAsync(person, Traineeship(wrong, Date(2024, 3, 1), Date(2024, 8, 31))));
        var hiredOutside = await RefusedFieldAsync(() => AddAsync(person, Traineeship(hostCode, Date(2024, 3, 1), Date(2024, 8, 31), new Traineeship { HiredOn = Date(2024, 9, 1) })));
        var insuredWithoutHire = await RefusedFieldAsync(() => AddAsync(person, Traineeship(hostCode, Date(2024, 3, 1), Date(2024, 8, 31), new Traineeship { HiredWithSocialInsurance = true })));
        var noDetail = await RefusedFieldAsync(() => AddAsync(person, new PersonFact { Kind = PersonFactKind.Traineeship, Period = Period(Date(2024, 3, 1), Date(2024, 8, 31)) }));
        var misplaced = Traineeship(hostCode, Date(2024, 3, 1), Date(2024, 8, 31));
        misplaced.Kind = PersonFactKind.Veteran;
        var wrongKind = await RefusedFieldAsync(() => AddAsync(person, misplaced));

        Assert.Contains("fact.period.until", noEnd, StringComparison.Ordinal);
        Assert.Contains("fact.traineeship.host_credit_code", badHost, StringComparison.Ordinal);
        Assert.Contains("fact.traineeship.hired_on", hiredOutside, StringComparison.Ordinal);
        Assert.Contains("fact.traineeship.hired_on", insuredWithoutHire, StringComparison.Ordinal);
        Assert.Contains("fact.traineeship", noDetail, StringComparison.Ordinal);
        Assert.Contains("fact.traineeship", wrongKind, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R18_employer_part_bad_input_names_the_field_negative_above_the_total_open_period_or_a_flexible_workers_own_payment()
    {
        var person = await PersonAsync();
        var employer = CreditCodes.Valid();
        var closed = Period(Date(2024, 1, 1), Date(2024, 3, 31));

        var negative = await RefusedFieldAsync(() => AddAsync(person, EmployerPart(employer, -1, true, closed)));
        var aboveTotal = await RefusedFieldAsync(() => AddAsync(person, EmployerPart(employer, 300_000, true, closed, totalFen: 200_000)));
        var open = await RefusedFieldAsync(() => AddAsync(person, EmployerPart(employer, 100_000, true, Period(Date(2024, 1, 1)))));
        var flexible = await RefusedFieldAsync(() => AddAsync(person, EmployerPart(employer, 100_000, true, closed, flexible: true)));
        var onTimeAlone = EmployerPart(employer, 0, true, closed);
        onTimeAlone.Insurance.EmployerPartMonthly = null;
        var withoutPart = await RefusedFieldAsync(() => AddAsync(person, onTimeAlone));

        Assert.Contains("fact.insurance.employer_part_monthly", negative, StringComparison.Ordinal);
        Assert.Contains("fact.insurance.employer_part_monthly", aboveTotal, StringComparison.Ordinal);
        Assert.Contains("fact.period.until", open, StringComparison.Ordinal);
        Assert.Contains("fact.insurance.employer_part_monthly", flexible, StringComparison.Ordinal);
        Assert.Contains("fact.insurance.employer_part_monthly", withoutPart, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R26_an_agency_licence_and_R14_R23_an_incubator_entry_are_recorded_read_back_and_bad_input_names_the_field()
    {
        var agency = await EmployerAsync();
        var business = await EmployerAsync();

        await AddAsync(agency, new EmployerFact { Source = "人社局", AgencyLicence = new AgencyLicence { LicenceNumber = "豫人社许可〔2023〕18号", Period = Period(Date(2023, 1, 1), Date(2027, 12, 31)) } });
        await AddAsync(business, new EmployerFact
        {
            Source = "孵化基地",
            IncubatorEntry = new IncubatorEntry
            {
                BaseName = "焦作市创业孵化园",
                Period = Period(Date(2023, 3, 15)),
                Costs = { new IncubatorMonthCost { Month = new YearMonth { Year = 2023, Month = 3 }, Cost = new Money { Fen = 200_000 } } },
            },
        });
        var noNumber = await RefusedFieldAsync(() => AddAsync(agency, new EmployerFact { Source = "人社局", AgencyLicence = new AgencyLicence { Period = Period(Date(2023, 1, 1)) } }));
        var noLicenceStart = await RefusedFieldAsync(() => AddAsync(agency, new EmployerFact { Source = "人社局", AgencyLicence = new AgencyLicence { LicenceNumber = "X1" } }));
        IncubatorEntry Entry(params IncubatorMonthCost[] costs) => new() { BaseName = "焦作市创业孵化园", Period = Period(Date(2023, 3, 15)), Costs = { costs } };
        IncubatorMonthCost Cost(int year, int month, long fen) => new() { Month = new YearMonth { Year = year, Month = month }, Cost = new Money { Fen = fen } };
        var beforeEntry = await RefusedFieldAsync(() => AddAsync(business, new EmployerFact { Source = "孵化基地", IncubatorEntry = Entry(Cost(2023, 2, 100)) }));
        var twice = await RefusedFieldAsync(() => AddAsync(business, new EmployerFact { Source = "孵化基地", IncubatorEntry = Entry(Cost(2023, 4, 100), Cost(2023, 4, 100)) }));
        var negative = await RefusedFieldAsync(() => AddAsync(business, new EmployerFact { Source = "孵化基地", IncubatorEntry = Entry(Cost(2023, 4, -1)) }));
        var noBase = await RefusedFieldAsync(() => AddAsync(business, new EmployerFact { Source = "孵化基地", IncubatorEntry = new IncubatorEntry { Period = Period(Date(2023, 3, 15)) } }));
        var agencyProfile = await host.Client.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = new EmployerKey { EmployerId = agency }, Purpose = "hiring.claim" });
        var businessProfile = await host.Client.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = new EmployerKey { EmployerId = business }, Purpose = "hiring.claim" });

        Assert.Equal("豫人社许可〔2023〕18号", Assert.Single(agencyProfile.Facts).AgencyLicence.LicenceNumber);
        var entry = Assert.Single(businessProfile.Facts).IncubatorEntry;
        Assert.Equal(Date(2023, 3, 15), entry.Period.From);
        Assert.Equal(200_000, Assert.Single(entry.Costs).Cost.Fen);
        Assert.Contains("fact.agency_licence.licence_number", noNumber, StringComparison.Ordinal);
        Assert.Contains("fact.agency_licence.period.from", noLicenceStart, StringComparison.Ordinal);
        Assert.Contains("fact.incubator_entry.costs[0].month", beforeEntry, StringComparison.Ordinal);
        Assert.Contains("fact.incubator_entry.costs[1].month", twice, StringComparison.Ordinal);
        Assert.Contains("fact.incubator_entry.costs[0].cost", negative, StringComparison.Ordinal);
        Assert.Contains("fact.incubator_entry.base_name", noBase, StringComparison.Ordinal);
    }
}
