using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// StreamRegionFacts, the bulk read of 直补快办 (焦政办〔2024〕15号（二十）): services only; the employers
/// registered within the region, then the people whose labour contract with one of them (or placement by one
/// of them, R26) starts in the period, its flexible workers (R25) and those who left its counties for work
/// (R26), profiles as services get them (numbers masked), every one logged with caller and purpose; or one claimant of
/// the region alone, for a counter's window.
/// </summary>
public sealed class RegionFactsTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    private static readonly CalendarDate Hired = new() { Year = 2023, Month = 5, Day = 1 };

    [Fact(Timeout = 60_000)]
    public async Task Jz2024_15_20_a_region_read_gives_its_employers_and_the_people_they_contracted_in_the_period_each_read_logged()
    {
        var inside = await EmployerAsync("410802");
        var outside = await EmployerAsync("419001");
        var hired = await PersonWithContractAsync(inside.CreditCode, Hired);
        var hiredBefore = await PersonWithContractAsync(inside.CreditCode, new CalendarDate { Year = 2022, Month = 12, Day = 31 });
        var hiredInJiyuan = await PersonWithContractAsync(outside.CreditCode, Hired);

        var (employers, people) = await ReadAsync(TestCallers.Service("hiring-subsidies"));

        Assert.Contains(employers, e => e.Employer.EmployerId == inside.EmployerId);
        Assert.DoesNotContain(employers, e => e.Employer.EmployerId == outside.EmployerId);
        var person = Assert.Single(people, p => p.Person.PersonId == hired.PersonId);
        Assert.DoesNotContain(people, p => p.Person.PersonId == hiredBefore.PersonId || p.Person.PersonId == hiredInJiyuan.PersonId);
        Assert.Contains("********", person.Person.IdNumber, StringComparison.Ordinal);
        Assert.Contains(person.Facts, f => f.Kind == PersonFactKind.EmploymentContract);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        var logged = await db.ProfileAccess.Where(a => a.SubjectId == hired.PersonId || a.SubjectId == inside.EmployerId).ToListAsync();
        Assert.Equal(2, logged.Count);
        Assert.All(logged, a => Assert.Equal(("hiring-subsidies", "hiring.owed_subsidies"), (a.CallerService, a.Purpose)));
    }

    [Fact(Timeout = 60_000)]
    public async Task R14_R23_a_region_read_gives_the_founders_of_its_incubated_businesses_whatever_their_business_start()
    {
        var incubated = await EmployerAsync("410802");
        var notIncubated = await EmployerAsync("410802");
        await host.Client.AddEmployerFactAsync(new AddEmployerFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = incubated.EmployerId,
            Fact = new EmployerFact
            {
                Source = "焦作市创业孵化园",
                IncubatorEntry = new IncubatorEntry
                {
                    BaseName = "焦作市创业孵化园",
                    Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 3, Day = 15 } },
                    Costs = { new IncubatorMonthCost { Month = new YearMonth { Year = 2023, Month = 3 }, Cost = new Money { Fen = 200_000 } } },
                },
            },
        }, RegistryHost.Clerk());
        // Both businesses started in 2021, before the period read.
        var founder = await FounderAsync(incubated.CreditCode);
        var otherFounder = await FounderAsync(notIncubated.CreditCode);

        var (_, people) = await ReadAsync(TestCallers.Service("hiring-subsidies"));

        var read = Assert.Single(people, p => p.Person.PersonId == founder.PersonId);
        Assert.Contains(read.Facts, f => f.Kind == PersonFactKind.BusinessOwner && f.Business.BusinessCreditCode == incubated.CreditCode);
        Assert.DoesNotContain(people, p => p.Person.PersonId == otherFounder.PersonId);
    }

    [Fact(Timeout = 60_000)]
    public async Task R26_R25_a_region_read_gives_the_people_its_agencies_placed_its_flexible_workers_and_those_who_left_its_counties_for_work()
    {
        var agency = await EmployerAsync("410802");
        var employerInJiyuan = await EmployerAsync("419001");
        var placed = await PersonWithFactAsync(new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Hired },
            Authority = "劳动合同备案",
            Contract = new EmploymentContract { EmployerCreditCode = employerInJiyuan.CreditCode, OpenEnded = true, ReferralAgencyCreditCode = agency.CreditCode, ReferralFreeOfCharge = true },
        });
        var flexible = await PersonWithFactAsync(Flexible("410821", new CalendarDate { Year = 2022, Month = 7, Day = 1 }, new CalendarDate { Year = 2023, Month = 2, Day = 28 }));
        var flexibleInJiyuan = await PersonWithFactAsync(Flexible("419001", Hired, null));
        var flexibleBefore = await PersonWithFactAsync(Flexible("410821", new CalendarDate { Year = 2022, Month = 1, Day = 1 }, new CalendarDate { Year = 2022, Month = 12, Day = 31 }));
        var away = await PersonWithFactAsync(WorkAway("410823", "440300", Hired));
        var awayFromJiyuan = await PersonWithFactAsync(WorkAway("419001", "440300", Hired));

        var (_, people) = await ReadAsync(TestCallers.Service("hiring-subsidies"));

        var ids = people.Select(p => p.Person.PersonId).ToHashSet();
        Assert.Contains(placed.PersonId, ids);
        Assert.Contains(flexible.PersonId, ids);
        Assert.Contains(away.PersonId, ids);
        Assert.DoesNotContain(flexibleInJiyuan.PersonId, ids);
        Assert.DoesNotContain(flexibleBefore.PersonId, ids);
        Assert.DoesNotContain(awayFromJiyuan.PersonId, ids);
        var contract = people.Single(p => p.Person.PersonId == placed.PersonId).Facts.Single(f => f.Kind == PersonFactKind.EmploymentContract).Contract;
        Assert.Equal((agency.CreditCode, true), (contract.ReferralAgencyCreditCode, contract.ReferralFreeOfCharge));
        var trip = people.Single(p => p.Person.PersonId == away.PersonId).Facts.Single(f => f.Kind == PersonFactKind.WorkAway).WorkAway;
        Assert.Equal(("410823", "440300"), (trip.HomeCounty.Code, trip.WorkPlace.Code));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_fact_with_no_source_a_work_away_within_the_home_county_and_a_placement_with_no_agency_are_refused_naming_the_field()
    {
        var noSource = WorkAway("410823", "440300", Hired);
        noSource.Authority = " ";
        var sourceless = await RefusedAsync(noSource);
        var notAway = await RefusedAsync(WorkAway("410823", "410823", Hired));
        var noDetail = await RefusedAsync(new PersonFact { Kind = PersonFactKind.WorkAway, Period = new DatePeriod { From = Hired }, Authority = "劳务输出台账" });
        var freeWithoutAgency = await RefusedAsync(new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Hired },
            Authority = "劳动合同备案",
            Contract = new EmploymentContract { EmployerCreditCode = CreditCodes.Valid(), OpenEnded = true, ReferralFreeOfCharge = true },
        });
        var employerInsuredRegion = Flexible("410821", Hired, null);
        employerInsuredRegion.Insurance.FlexibleWorker = false;
        var insuredByEmployer = await RefusedAsync(employerInsuredRegion);

        Assert.Contains("fact.authority", sourceless, StringComparison.Ordinal);
        Assert.Contains("registry.fact.source_required", sourceless, StringComparison.Ordinal);
        Assert.Contains("fact.work_away.work_place", notAway, StringComparison.Ordinal);
        Assert.Contains("fact.work_away", noDetail, StringComparison.Ordinal);
        Assert.Contains("fact.contract.referral_agency_credit_code", freeWithoutAgency, StringComparison.Ordinal);
        Assert.Contains("fact.insurance.insured_region", insuredByEmployer, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_region_read_pages_by_person_each_person_once_in_id_order_whatever_the_page_size()
    {
        var employer = await EmployerAsync("410802");
        var people = new List<Person>();
        for (var i = 0; i < 4; i++)
        {
            var person = await PersonWithContractAsync(employer.CreditCode, Hired);
            // More contracts of the period for some people, so a page of facts ends inside a person's facts.
            for (var extra = 0; extra < i; extra++)
            {
                await host.Client.AddPersonFactAsync(new AddPersonFactRequest
                {
                    IdempotencyKey = Guid.NewGuid().ToString(),
                    PersonId = person.PersonId,
                    Fact = new PersonFact
                    {
                        Kind = PersonFactKind.EmploymentContract,
                        Period = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 6 + extra, Day = 1 } },
                        Authority = "劳动合同备案",
                        Contract = new EmploymentContract { EmployerCreditCode = employer.CreditCode, OpenEnded = true },
                    },
                }, RegistryHost.Clerk());
            }

            people.Add(person);
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        var region = Employment.Policy.Model.Region.Parse("410800");
        var codes = new HashSet<string>(StringComparer.Ordinal) { employer.CreditCode.ToUpperInvariant() };
        var whole = await db.PeopleContractedAsync(region, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), codes, new HashSet<string>(), CancellationToken.None).ToListAsync();
        Assert.All(people, p => Assert.Contains(p.PersonId, whole));
        Assert.Equal(whole.Order(StringComparer.Ordinal), whole);
        Assert.Equal(whole.Distinct().Count(), whole.Count);
        foreach (var size in new[] { 1, 2, 3, 5 })
        {
            var paged = await db.PeopleContractedAsync(region, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), codes, new HashSet<string>(), CancellationToken.None, size).ToListAsync();
            Assert.Equal(whole, paged);
        }
    }

    private static PersonFact Flexible(string region, CalendarDate from, CalendarDate? until) => new()
    {
        Kind = PersonFactKind.SocialInsurance,
        Period = new DatePeriod { From = from, Until = until },
        Authority = "社保经办机构",
        Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, FlexibleWorker = true, Months = 8, MonthlyAmount = new Money { Fen = 60_000 }, InsuredRegion = new RegionCode { Code = region } },
    };

    private static PersonFact WorkAway(string home, string place, CalendarDate from) => new()
    {
        Kind = PersonFactKind.WorkAway,
        Period = new DatePeriod { From = from },
        Authority = "劳务输出台账",
        WorkAway = new WorkAway { HomeCounty = new RegionCode { Code = home }, WorkPlace = new RegionCode { Code = place } },
    };

    private async Task<string> RefusedAsync(PersonFact fact)
    {
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1995, 4, 2))), RegistryHost.Clerk());
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Client.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, Fact = fact }, RegistryHost.Clerk()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        return refused.Said();
    }

    private async Task<Person> PersonWithFactAsync(PersonFact fact)
    {
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1995, 4, 2))), RegistryHost.Clerk());
        await host.Client.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, Fact = fact }, RegistryHost.Clerk());
        return person;
    }

    private async Task<Person> FounderAsync(string creditCode)
    {
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1990, 5, 3))), RegistryHost.Clerk());
        await host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.BusinessOwner,
                Period = new DatePeriod { From = new CalendarDate { Year = 2021, Month = 6, Day = 1 } },
                Authority = "市场监管部门",
                Business = new BusinessStart { BusinessCreditCode = creditCode, FirstBusiness = true },
            },
        }, RegistryHost.Clerk());
        return person;
    }

    [Fact(Timeout = 60_000)]
    public async Task A_counter_may_not_read_a_region_in_bulk_and_a_read_names_its_purpose_and_period()
    {
        var counter = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(RegistryHost.Clerk()));
        var noPurpose = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(TestCallers.Service("hiring-subsidies"), purpose: ""));
        var noEnd = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(TestCallers.Service("hiring-subsidies"), withUntil: false));

        Assert.Equal(StatusCode.PermissionDenied, counter.StatusCode);
        Assert.Equal((StatusCode.InvalidArgument, true), (noPurpose.StatusCode, noPurpose.Said().Contains("purpose", StringComparison.Ordinal)));
        Assert.Equal((StatusCode.InvalidArgument, true), (noEnd.StatusCode, noEnd.Said().Contains("contract_started.until", StringComparison.Ordinal)));
    }

    [Fact(Timeout = 60_000)]
    public async Task One_claimant_is_read_alone_an_employer_with_the_people_judged_for_it_or_a_person_with_the_employers_their_facts_name()
    {
        var service = TestCallers.Service("hiring-subsidies");
        var firm = await EmployerAsync("410802");
        var other = await EmployerAsync("410802");
        var inJiyuan = await EmployerAsync("419001");
        var hired = await PersonWithContractAsync(firm.CreditCode, Hired);
        await PersonWithContractAsync(other.CreditCode, Hired);
        await PersonWithFactAsync(Flexible("410821", Hired, null));
        // Placed by the firm as a licensed agency with the other employer: found by the code the contract names.
        var placed = await PersonWithFactAsync(new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Hired },
            Authority = "劳动合同备案",
            Contract = new EmploymentContract { EmployerCreditCode = other.CreditCode, OpenEnded = true, ReferralAgencyCreditCode = firm.CreditCode, ReferralFreeOfCharge = true },
        });

        var (firmEmployers, firmPeople) = await ReadAsync(service, employerId: firm.EmployerId);
        var (personEmployers, personPeople) = await ReadAsync(service, personId: hired.PersonId);
        var (jiyuanEmployers, jiyuanPeople) = await ReadAsync(service, employerId: inJiyuan.EmployerId);
        var both = await Assert.ThrowsAsync<RpcException>(() => ReadAsync(service, employerId: firm.EmployerId, personId: hired.PersonId));

        Assert.Equal([firm.EmployerId], firmEmployers.Select(e => e.Employer.EmployerId));
        Assert.Equal(new[] { hired.PersonId, placed.PersonId }.Order(StringComparer.Ordinal), firmPeople.Select(p => p.Person.PersonId));
        Assert.Equal([firm.EmployerId], personEmployers.Select(e => e.Employer.EmployerId));
        Assert.Equal([hired.PersonId], personPeople.Select(p => p.Person.PersonId));
        Assert.Equal((0, 0), (jiyuanEmployers.Count, jiyuanPeople.Count));
        Assert.Equal((StatusCode.InvalidArgument, true), (both.StatusCode, both.Said().Contains("person_id", StringComparison.Ordinal)));
    }

    private async Task<(List<EmployerProfile> Employers, List<PersonProfile> People)> ReadAsync(Metadata caller, string purpose = "hiring.owed_subsidies", bool withUntil = true, string employerId = "", string personId = "")
    {
        using var call = host.Client.StreamRegionFacts(new StreamRegionFactsRequest
        {
            Region = new RegionCode { Code = "410800" },
            ContractStarted = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 1 }, Until = withUntil ? new CalendarDate { Year = 2023, Month = 12, Day = 31 } : null },
            Purpose = purpose,
            PageSize = 2,
            EmployerId = employerId,
            PersonId = personId,
        }, caller);
        var employers = new List<EmployerProfile>();
        var people = new List<PersonProfile>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            employers.AddRange(page.Employers);
            people.AddRange(page.People);
        }

        return (employers, people);
    }

    private async Task<Employer> EmployerAsync(string region) =>
        await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = CreditCodes.Valid(region), Name = "区域读取测试有限公司", Region = new RegionCode { Code = region }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter(region == "419001" ? "419001" : "410800"));

    private async Task<Person> PersonWithContractAsync(string creditCode, CalendarDate start)
    {
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(2000, 3, 10))), RegistryHost.Clerk());
        await host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.EmploymentContract,
                Period = new DatePeriod { From = start },
                Authority = "劳动合同备案",
                Contract = new EmploymentContract { EmployerCreditCode = creditCode, OpenEnded = true },
            },
        }, RegistryHost.Clerk());
        return person;
    }
}
