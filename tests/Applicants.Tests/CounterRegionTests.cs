using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// "The registry ignores the counter's region": a counter acts only on people whose
/// household or residence lies within its office's region and on employers of its region, through the
/// one shared check (RegionScope); a record outside it is NOT_FOUND, as if it did not exist; a counter
/// token without a region is refused. Item 3: idempotency keys are scoped to the caller.
/// </summary>
public sealed class CounterRegionTests(SqliteRegistry host) : IClassFixture<SqliteRegistry>
{
    private static readonly Metadata Jiaozuo = TestCallers.Counter("410800");
    private static readonly Metadata Jiyuan = TestCallers.Counter("419001", "clerk-jy");

    [Fact(Timeout = 30_000)]
    public async Task A_Jiyuan_person_is_not_found_by_a_Jiaozuo_counter_on_every_person_call()
    {
        var (person, idNumber) = await RegisterJiyuanPersonAsync();
        var byId = new PersonKey { PersonId = person.PersonId };

        await NotFound(host.Client.GetPersonAsync(new GetPersonRequest { Person = byId }, Jiaozuo));
        await NotFound(host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = idNumber } }, Jiaozuo));
        await NotFound(host.Client.GetProfileAsync(new GetProfileRequest { Person = byId, Purpose = "test" }, Jiaozuo));
        await NotFound(host.Client.EvaluateCategoriesAsync(new EvaluateCategoriesRequest { Person = byId, Region = new RegionCode { Code = "419001" } }, Jiaozuo));
        await NotFound(host.Client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = person.PersonId }, Jiaozuo));
        await NotFound(host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            ExpectedVersion = person.Record.Version,
            Person = new Person { ResidenceRegion = new RegionCode { Code = "410802" } },
            UpdateMask = new FieldMask { Paths = { "residence_region" } },
        }, Jiaozuo));
        await NotFound(host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = UnemploymentRegistration(),
        }, Jiaozuo));
        var fact = await host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = UnemploymentRegistration(),
        }, Jiyuan);
        await NotFound(host.Client.CorrectPersonFactAsync(new CorrectPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            FactId = fact.FactId,
            ExpectedVersion = fact.Record.Version,
            Withdraw = true,
            ReasonZh = "测试撤销",
        }, Jiaozuo));

        var found = await host.Client.FindPeopleAsync(new FindPeopleRequest { IdNumber = idNumber }, Jiaozuo);
        Assert.Empty(found.People);

        // The person's own region still sees everything, unchanged; a service reads profiles anywhere.
        var unchanged = await host.Client.GetPersonAsync(new GetPersonRequest { Person = byId }, Jiyuan);
        Assert.Equal(person.Record.Version + 1, unchanged.Record.Version);  // only Jiyuan's fact was added
        Assert.Single((await host.Client.FindPeopleAsync(new FindPeopleRequest { IdNumber = idNumber }, Jiyuan)).People);
        var profile = await host.Client.GetProfileAsync(new GetProfileRequest { Person = byId, Purpose = "loans.eligibility" }, TestCallers.Service("startup-loans"));
        Assert.Single(profile.Facts);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_Jiyuan_employer_is_not_found_by_a_Jiaozuo_counter_on_every_employer_call()
    {
        var employer = await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = CreditCodes.Valid("419001"), Name = "济源示范区示例有限公司", Region = new RegionCode { Code = "419001" } },
        }, Jiyuan);
        var byId = new EmployerKey { EmployerId = employer.EmployerId };

        await NotFound(host.Client.GetEmployerAsync(new GetEmployerRequest { Employer = byId }, Jiaozuo));
        await NotFound(host.Client.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { CreditCode = employer.CreditCode } }, Jiaozuo));
        await NotFound(host.Client.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = byId, Purpose = "test" }, Jiaozuo));
        await NotFound(host.Client.GetEmployerAuditAsync(new GetEmployerAuditRequest { EmployerId = employer.EmployerId }, Jiaozuo));
        await NotFound(host.Client.UpdateEmployerAsync(new UpdateEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = employer.EmployerId,
            ExpectedVersion = employer.Record.Version,
            Employer = new Employer { Name = "改名" },
            UpdateMask = new FieldMask { Paths = { "name" } },
        }, Jiaozuo));
        await NotFound(host.Client.AddEmployerFactAsync(new AddEmployerFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = employer.EmployerId,
            Fact = new EmployerFact { Source = "市场监管部门划型", Size = new SizeClassification { Size = EnterpriseSize.Small } },
        }, Jiaozuo));

        Assert.Equal(employer.EmployerId, (await host.Client.GetEmployerAsync(new GetEmployerRequest { Employer = byId }, Jiyuan)).EmployerId);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_counter_registers_only_within_its_region_and_a_city_counter_covers_its_districts()
    {
        var elsewhere = People.Register(People.IdNumber(new DateOnly(1991, 3, 3)));
        elsewhere.Person.ResidenceRegion = new RegionCode { Code = "419001" };
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(elsewhere, Jiaozuo));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("person.residence_region", error.Said(), StringComparison.Ordinal);

        // Registered by the 解放区 (410802) district counter; the city counter (410800) sees the person, the 中站区 (410803) one does not.
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1991, 4, 4))), TestCallers.Counter("410802", "clerk-jf"));
        var byId = new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } };
        Assert.Equal(person.PersonId, (await host.Client.GetPersonAsync(byId, Jiaozuo)).PersonId);
        await NotFound(host.Client.GetPersonAsync(byId, TestCallers.Counter("410803", "clerk-zz")));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("household_region")]
    [InlineData("residence_region")]
    public async Task A_counter_cannot_move_its_person_into_another_offices_region(string path)
    {
        var person = await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1990, 5, 5))), Jiaozuo);
        var moved = new Person();
        if (path == "household_region")
        {
            moved.HouseholdRegion = new RegionCode { Code = "419001" };
        }
        else
        {
            moved.ResidenceRegion = new RegionCode { Code = "419001" };
        }

        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            ExpectedVersion = person.Record.Version,
            Person = moved,
            UpdateMask = new FieldMask { Paths = { path } },
        }, Jiaozuo));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("person." + path, error.Said(), StringComparison.Ordinal);
        var unchanged = await host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } }, Jiaozuo);
        Assert.Equal(person.Record.Version, unchanged.Record.Version);
        await NotFound(host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } }, Jiyuan));

        // A move within the office's own region (解放区 to 中站区 by the city counter) is the counter's to make.
        var within = await host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            ExpectedVersion = person.Record.Version,
            Person = new Person { ResidenceRegion = new RegionCode { Code = "410803" } },
            UpdateMask = new FieldMask { Paths = { "residence_region" } },
        }, Jiaozuo);
        Assert.Equal("410803", within.ResidenceRegion.Code);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_counter_cannot_move_its_employer_into_another_offices_region()
    {
        var employer = await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = CreditCodes.Valid(), Name = "焦作示例搬迁有限公司", Region = new RegionCode { Code = "410802" } },
        }, Jiaozuo);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.UpdateEmployerAsync(new UpdateEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = employer.EmployerId,
            ExpectedVersion = employer.Record.Version,
            Employer = new Employer { Region = new RegionCode { Code = "419001" } },
            UpdateMask = new FieldMask { Paths = { "region" } },
        }, Jiaozuo));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("employer.region", error.Said(), StringComparison.Ordinal);
        await NotFound(host.Client.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { EmployerId = employer.EmployerId } }, Jiyuan));
        Assert.Equal("410802", (await host.Client.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { EmployerId = employer.EmployerId } }, Jiaozuo)).Region.Code);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("419001", false)] // issued in Jiyuan: Jiyuan's employer, whatever region the request claims
    [InlineData("410100", false)] // issued in Zhengzhou: its branch here has a Jiaozuo code of its own
    [InlineData("410823", true)]  // issued by a county of the city
    [InlineData("410000", true)]  // issued by the province's authority
    [InlineData("100000", true)]  // issued by a national authority
    public async Task A_counter_registers_an_employer_only_when_its_credit_code_was_issued_within_or_above_its_region(string division, bool allowed)
    {
        var register = new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = CreditCodes.Valid(division), Name = "登记地测试有限公司", Region = new RegionCode { Code = "410802" } },
        };

        if (allowed)
        {
            Assert.Equal("410802", (await host.Client.RegisterEmployerAsync(register, Jiaozuo)).Region.Code);
            return;
        }

        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterEmployerAsync(register, Jiaozuo));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("employer.credit_code", error.Said(), StringComparison.Ordinal);
        Assert.Contains("请由单位登记地的人社部门登记", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Registering_a_person_another_office_holds_reads_as_any_conflict_naming_neither_the_record_nor_that_another_office_holds_it()
    {
        var (person, idNumber) = await RegisterJiyuanPersonAsync();

        var again = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(People.Register(idNumber), Jiaozuo));
        var inJiyuan = People.Register(idNumber);
        inJiyuan.Person.ResidenceRegion = new RegionCode { Code = "419001" };
        var own = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(inJiyuan, Jiyuan));

        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
        Assert.DoesNotContain(person.PersonId, again.Said(), StringComparison.Ordinal);
        Assert.DoesNotContain("济源", again.Said(), StringComparison.Ordinal);
        Assert.Contains("与已有记录冲突", again.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("其他", again.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("登记地", again.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(person.PersonId, own.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_counter_token_without_a_region_is_refused()
    {
        var noRegion = TestCallers.For(new Employment.ServiceDefaults.Security.Caller(Employment.ServiceDefaults.Security.CallerRole.Counter, "clerk-x"));
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Client.FindPeopleAsync(new FindPeopleRequest { Name = "测试" }, noRegion));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("未绑定办理地区", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_replayed_key_and_request_from_another_counter_does_not_get_the_first_answer()
    {
        var (person, _) = await RegisterJiyuanPersonAsync();
        var update = new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            ExpectedVersion = person.Record.Version,
            Person = new Person { Phone = "13911110000" },
            UpdateMask = new FieldMask { Paths = { "phone" } },
        };
        var first = await host.Client.UpdatePersonAsync(update, Jiyuan);
        Assert.Equal(first, await host.Client.UpdatePersonAsync(update, Jiyuan));

        // The same key and request from a Jiaozuo counter: its own (refused) write, not Jiyuan's answer.
        await NotFound(host.Client.UpdatePersonAsync(update, Jiaozuo));
    }

    [Fact(Timeout = 60_000)]
    public async Task Twenty_identical_concurrent_retries_all_get_the_first_answer()
    {
        var register = People.Register(People.IdNumber(new DateOnly(1989, 9, 9)));
        var registered = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Client.RegisterPersonAsync(register, Jiaozuo).ResponseAsync));
        Assert.All(registered, p => Assert.Equal(registered[0], p));

        var update = new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = registered[0].PersonId,
            ExpectedVersion = registered[0].Record.Version,
            Person = new Person { Phone = "13922220000" },
            UpdateMask = new FieldMask { Paths = { "phone" } },
        };
        var updated = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Client.UpdatePersonAsync(update, Jiaozuo).ResponseAsync));
        Assert.All(updated, p => Assert.Equal(updated[0], p));
        Assert.Equal(registered[0].Record.Version + 1, updated[0].Record.Version);
    }

    private async Task<(Person Person, string IdNumber)> RegisterJiyuanPersonAsync()
    {
        var idNumber = People.IdNumber(new DateOnly(1990, 6, 6), "419001");
        var request = People.Register(idNumber);
        request.Person.ResidenceRegion = new RegionCode { Code = "419001" };
        return (await host.Client.RegisterPersonAsync(request, Jiyuan), idNumber);
    }

    private static PersonFact UnemploymentRegistration() => new()
    {
        Kind = PersonFactKind.UnemploymentRegistration,
        Period = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 3 } },
        Authority = "济源示范区公共就业服务中心",
    };

    private static async Task NotFound<T>(AsyncUnaryCall<T> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
