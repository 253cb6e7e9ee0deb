using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Applicants.Tests;

/// <summary>
/// The employer and founder facts the hiring subsidies read: 以单位形式参保 and 有雇工 of
/// individual businesses (R17), the trainee-host recognition with its period and document (R22), the
/// organisation type of the 参照实施 clauses (R16, R17), and the founder's business start with 首次创业
/// (R14). Recorded idempotently at the counter, read back in the profile services get (access-logged),
/// each broken rule INVALID_ARGUMENT naming the field; credit codes in person facts carry valid check
/// characters (GB 32100). Over gRPC, on PostgreSQL.
/// </summary>
public sealed class EmployerHiringFactsTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    private static CalendarDate Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private async Task<Employer> ShopAsync() => await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new Employer { CreditCode = CreditCodes.Valid(), Name = "解放区示例小吃店", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.IndividualBusiness },
    }, RegistryHost.Clerk());

    private Task<EmployerFact> AddAsync(string employerId, EmployerFact fact, string? key = null) =>
        host.Client.AddEmployerFactAsync(new AddEmployerFactRequest { IdempotencyKey = key ?? Guid.NewGuid().ToString(), EmployerId = employerId, Fact = fact }, RegistryHost.Clerk()).ResponseAsync;

    private async Task<RpcException> RefusedAsync(string employerId, EmployerFact fact) =>
        await Assert.ThrowsAsync<RpcException>(() => AddAsync(employerId, fact));

    [Fact(Timeout = 60_000)]
    public async Task R17_R22_R16_the_four_employer_facts_are_recorded_once_per_key_and_read_back_in_the_services_profile()
    {
        var shop = await ShopAsync();
        var unit = new EmployerFact { Source = "社保经办机构", InsuredAsUnit = new InsuredAsUnit { Period = new DatePeriod { From = Date(2022, 3, 1) }, InsuranceRegistrationNumber = "4108020001" } };
        var key = Guid.NewGuid().ToString();

        var first = await AddAsync(shop.EmployerId, unit, key);
        var retried = await AddAsync(shop.EmployerId, unit, key);
        await AddAsync(shop.EmployerId, new EmployerFact { Source = "社保经办机构", HasEmployees = new HasEmployees { Period = new DatePeriod { From = Date(2022, 3, 1) }, Employees = 2 } });
        await AddAsync(shop.EmployerId, new EmployerFact
        {
            Source = "焦作市人社局",
            TraineeHost = new TraineeHostRecognition { Period = new DatePeriod { From = Date(2022, 1, 1), Until = Date(2024, 12, 31) }, RecognisingDocument = "焦人社〔2022〕5号" },
        });
        await AddAsync(shop.EmployerId, new EmployerFact
        {
            Source = "社保经办机构",
            OrganisationType = new OrganisationClassification { Kind = OrganisationKind.IndividualBusinessInsuredAsUnit, Period = new DatePeriod { From = Date(2022, 3, 1) } },
        });
        var profile = await host.Client.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = new EmployerKey { EmployerId = shop.EmployerId }, Purpose = "hiring.claim" });

        Assert.Equal(first.FactId, retried.FactId);
        Assert.Equal(4, profile.Facts.Count);
        Assert.Equal("4108020001", profile.Facts.Single(f => f.DetailCase == EmployerFact.DetailOneofCase.InsuredAsUnit).InsuredAsUnit.InsuranceRegistrationNumber);
        Assert.Equal(2, profile.Facts.Single(f => f.DetailCase == EmployerFact.DetailOneofCase.HasEmployees).HasEmployees.Employees);
        var recognition = profile.Facts.Single(f => f.DetailCase == EmployerFact.DetailOneofCase.TraineeHost).TraineeHost;
        Assert.Equal("焦人社〔2022〕5号", recognition.RecognisingDocument);
        Assert.Equal(Date(2024, 12, 31), recognition.Period.Until);
        Assert.Equal(OrganisationKind.IndividualBusinessInsuredAsUnit, profile.Facts.Single(f => f.DetailCase == EmployerFact.DetailOneofCase.OrganisationType).OrganisationType.Kind);
    }

    [Fact(Timeout = 60_000)]
    public async Task Employer_facts_bad_input_names_the_field()
    {
        var shop = await ShopAsync();

        var noStart = await RefusedAsync(shop.EmployerId, new EmployerFact { Source = "社保经办机构", InsuredAsUnit = new InsuredAsUnit() });
        var noEmployees = await RefusedAsync(shop.EmployerId, new EmployerFact { Source = "社保经办机构", HasEmployees = new HasEmployees { Period = new DatePeriod { From = Date(2022, 3, 1) } } });
        var noDocument = await RefusedAsync(shop.EmployerId, new EmployerFact { Source = "人社局", TraineeHost = new TraineeHostRecognition { Period = new DatePeriod { From = Date(2022, 1, 1) } } });
        var reversed = await RefusedAsync(shop.EmployerId, new EmployerFact
        {
            Source = "人社局",
            TraineeHost = new TraineeHostRecognition { Period = new DatePeriod { From = Date(2022, 1, 1), Until = Date(2021, 12, 31) }, RecognisingDocument = "焦人社〔2022〕5号" },
        });
        var noKind = await RefusedAsync(shop.EmployerId, new EmployerFact { Source = "民政部门", OrganisationType = new OrganisationClassification() });
        var unknownKind = await RefusedAsync(shop.EmployerId, new EmployerFact { Source = "民政部门", OrganisationType = new OrganisationClassification { Kind = (OrganisationKind)99 } });

        Assert.All(new[] { noStart, noEmployees, noDocument, reversed, noKind, unknownKind }, e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
        Assert.Contains("fact.insured_as_unit.period.from", noStart.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.has_employees.employees", noEmployees.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.trainee_host.recognising_document", noDocument.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.trainee_host.period", reversed.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.organisation_type.kind", noKind.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.organisation_type.kind", unknownKind.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R14_a_founders_business_start_records_the_business_and_first_business_and_GB_32100_check_characters_are_validated()
    {
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1990, 5, 1))), RegistryHost.Clerk());
        var business = CreditCodes.Valid();
        var wrong = business[..17] + (business[17] == '1' ? '2' : '1');
        PersonFact Start(string code) => new()
        {
            Kind = PersonFactKind.BusinessOwner,
            Period = new DatePeriod { From = Date(2022, 9, 1) },
            Authority = "市场监管部门",
            Business = new BusinessStart { BusinessCreditCode = code, FirstBusiness = true },
        };
        Task<PersonFact> AddAsync(PersonFact fact) =>
            host.Client.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, Fact = fact }, RegistryHost.Clerk()).ResponseAsync;

        var recorded = await AddAsync(Start(business));
        var badBusiness = await Assert.ThrowsAsync<RpcException>(() => AddAsync(Start(wrong)));
        var noStart = Start(business);
        noStart.Period = null;
        var undated = await Assert.ThrowsAsync<RpcException>(() => AddAsync(noStart));
        var wrongKind = Start(business);
        wrongKind.Kind = PersonFactKind.Veteran;
        var misplaced = await Assert.ThrowsAsync<RpcException>(() => AddAsync(wrongKind));
        var badContract = await Assert.ThrowsAsync<RpcException>(() => AddAsync(new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Date(2023, 8, 1) },
            Contract = new EmploymentContract { EmployerCreditCode = wrong, OpenEnded = true },
        }));
        var badInsurer = await Assert.ThrowsAsync<RpcException>(() => AddAsync(new PersonFact
        {
            Kind = PersonFactKind.SocialInsurance,
            Period = new DatePeriod { From = Date(2023, 8, 1) },
            Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, Months = 1, EmployerCreditCode = wrong },
        }));
        var flexible = await AddAsync(new PersonFact
        {
            Kind = PersonFactKind.SocialInsurance,
            Authority = "社保经办机构",
            Period = new DatePeriod { From = Date(2023, 8, 1) },
            Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, Months = 1, FlexibleWorker = true },
        });
        var profile = await host.Client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = person.PersonId }, Purpose = "hiring.claim" });

        Assert.Equal(business, recorded.Business.BusinessCreditCode);
        Assert.True(profile.Facts.Single(f => f.Kind == PersonFactKind.BusinessOwner).Business.FirstBusiness);
        Assert.NotEmpty(flexible.FactId);
        Assert.Contains("fact.business.business_credit_code", badBusiness.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.period.from", undated.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.business", misplaced.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.contract.employer_credit_code", badContract.Said(), StringComparison.Ordinal);
        Assert.Contains("fact.insurance.employer_credit_code", badInsurer.Said(), StringComparison.Ordinal);
        Assert.All(new[] { badBusiness, undated, misplaced, badContract, badInsurer }, e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
        Assert.False(UnifiedSocialCreditCode.TryParse(wrong, out _, out _));
    }
}
