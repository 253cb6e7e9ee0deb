using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Google.Protobuf.WellKnownTypes;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Applicants.Tests;

/// <summary>The registry's behaviour over gRPC, on each database it supports.</summary>
public abstract class RegistryTests<THost>(THost host)
    where THost : RegistryHost
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private async Task<Person> RegisterAsync(DateOnly birthDate, string name = "测试人员") =>
        await host.Client.RegisterPersonAsync(People.Register(People.IdNumber(birthDate), name), RegistryHost.Clerk());

    [Fact(Timeout = 30_000)]
    public async Task A_registered_person_is_found_by_id_and_by_identity_number_with_birth_date_derived()
    {
        var id = People.IdNumber(new DateOnly(1995, 3, 8));
        var person = await host.Client.RegisterPersonAsync(People.Register(id, "张三"), RegistryHost.Clerk());
        Assert.StartsWith("P", person.PersonId);
        Assert.Equal(1, person.Record.Version);
        Assert.Equal(new CalendarDate { Year = 1995, Month = 3, Day = 8 }, person.BirthDate);

        var byId = await host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } });
        var byNumber = await host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } });
        Assert.Equal(person, byId);
        Assert.Equal(person, byNumber);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_person_is_found_by_name_and_birth_date_without_the_identity_number()
    {
        var name = "赵" + Guid.NewGuid().ToString("N")[..6];
        var target = await RegisterAsync(new DateOnly(1996, 10, 20), name);
        await RegisterAsync(new DateOnly(1997, 10, 20), name);
        var found = await host.Client.FindPeopleAsync(new FindPeopleRequest
        {
            Name = name,
            BirthDate = new CalendarDate { Year = 1996, Month = 10, Day = 20 },
        });
        Assert.Equal(target.PersonId, Assert.Single(found.People).PersonId);
        Assert.Equal(2, (await host.Client.FindPeopleAsync(new FindPeopleRequest { Name = name })).People.Count);

        var nothing = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.FindPeopleAsync(new FindPeopleRequest()));
        Assert.Equal(StatusCode.InvalidArgument, nothing.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task GB_11643_a_wrong_check_digit_is_invalid_argument_naming_the_field_and_the_expected_character()
    {
        var id = People.IdNumber(new DateOnly(1990, 1, 1));
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Client.RegisterPersonAsync(People.Register(People.WithWrongCheckDigit(id)), RegistryHost.Clerk()));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("person.id_number", error.Said());
        Assert.Contains($"应为 {id[17]}", error.Said());
    }

    [Fact(Timeout = 30_000)]
    public async Task Registering_the_same_identity_number_twice_is_already_exists_naming_the_existing_person()
    {
        var id = People.IdNumber(new DateOnly(1988, 5, 5));
        var first = await host.Client.RegisterPersonAsync(People.Register(id), RegistryHost.Clerk());
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(People.Register(id), RegistryHost.Clerk()));
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Contains(first.PersonId, error.Said());
        Assert.DoesNotContain(id, error.Said());
    }

    [Fact(Timeout = 30_000)]
    public async Task An_idempotent_retry_returns_the_first_answer_and_a_reused_key_for_another_request_is_refused()
    {
        var request = People.Register(People.IdNumber(new DateOnly(1992, 7, 1)));
        var first = await host.Client.RegisterPersonAsync(request, RegistryHost.Clerk());
        var retry = await host.Client.RegisterPersonAsync(request, RegistryHost.Clerk());
        Assert.Equal(first, retry);

        var other = People.Register(People.IdNumber(new DateOnly(1993, 7, 1)));
        other.IdempotencyKey = request.IdempotencyKey;
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(other, RegistryHost.Clerk()));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("idempotency_key", error.Said());
    }

    [Fact(Timeout = 30_000)]
    public async Task An_update_bumps_the_version_and_a_stale_update_is_aborted_saying_so()
    {
        var person = await RegisterAsync(new DateOnly(1990, 2, 2));
        var updated = await host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            ExpectedVersion = 1,
            Person = new Person { Phone = "13911112222" },
            UpdateMask = new FieldMask { Paths = { "phone" } },
            ReasonZh = "本人申请变更手机号",
        }, RegistryHost.Clerk());
        Assert.Equal(2, updated.Record.Version);
        Assert.Equal("13911112222", updated.Phone);

        var stale = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            ExpectedVersion = 1,
            Person = new Person { Name = "李四" },
            UpdateMask = new FieldMask { Paths = { "name" } },
        }, RegistryHost.Clerk()));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Contains("当前版本 2", stale.Said());
    }

    [Fact(Timeout = 30_000)]
    public async Task Concurrent_updates_from_the_same_version_let_one_win_and_abort_the_rest()
    {
        var person = await RegisterAsync(new DateOnly(1991, 4, 4));
        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                await host.Client.UpdatePersonAsync(new UpdatePersonRequest
                {
                    IdempotencyKey = Guid.NewGuid().ToString(),
                    PersonId = person.PersonId,
                    ExpectedVersion = 1,
                    Person = new Person { Phone = $"1380000000{i}" },
                    UpdateMask = new FieldMask { Paths = { "phone" } },
                }, RegistryHost.Clerk());
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);
        Assert.Equal(1, outcomes.Count(o => o == StatusCode.OK));
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Equal(StatusCode.Aborted, o));
        var final = await host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } });
        Assert.Equal(2, final.Record.Version);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_correction_keeps_the_old_value_in_the_audit_trail_and_the_profile_shows_only_the_new_one()
    {
        var person = await RegisterAsync(new DateOnly(2000, 6, 1));
        var fact = await host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.Education,
                Authority = "学信网",
                Education = new Education { Level = EducationLevel.Bachelor, Institution = "河南理工大学", GraduationDate = new CalendarDate { Year = 2022, Month = 6, Day = 30 } },
            },
        }, RegistryHost.Clerk("clerk-a"));
        var corrected = await host.Client.CorrectPersonFactAsync(new CorrectPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            FactId = fact.FactId,
            ExpectedVersion = fact.Record.Version,
            Corrected = new PersonFact
            {
                Kind = PersonFactKind.Education,
                Authority = "学信网",
                Education = new Education { Level = EducationLevel.Bachelor, Institution = "河南理工大学", GraduationDate = new CalendarDate { Year = 2023, Month = 6, Day = 30 } },
            },
            ReasonZh = "毕业证书核验后更正毕业日期",
        }, RegistryHost.Clerk("clerk-b"));

        var profile = await host.Client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = person.PersonId }, Purpose = "test.audit" });
        var education = Assert.Single(profile.Facts);
        Assert.Equal(corrected.FactId, education.FactId);
        Assert.Equal(2023, education.Education.GraduationDate.Year);

        var audit = await host.Client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = person.PersonId });
        var correction = audit.Entries.Single(e => e.Action == AuditAction.FactCorrected);
        Assert.Equal("clerk-b", correction.Actor);
        Assert.Contains("2022", correction.BeforeJson);
        Assert.Contains("2023", correction.AfterJson);
        Assert.Equal("毕业证书核验后更正毕业日期", correction.ReasonZh);
        Assert.Equal(fact.FactId, correction.FactId);
        Assert.Equal([AuditAction.Registered, AuditAction.FactAdded, AuditAction.FactCorrected], audit.Entries.Select(e => e.Action));

        var again = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.CorrectPersonFactAsync(new CorrectPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            FactId = fact.FactId,
            ExpectedVersion = fact.Record.Version,
            Withdraw = true,
            ReasonZh = "重复",
        }, RegistryHost.Clerk()));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task R10_category_evaluation_explains_itself_with_citations()
    {
        var eventDate = new DateOnly(2023, 8, 15);
        var person = await RegisterAsync(eventDate.AddYears(-20));
        await host.Client.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.UnemploymentRegistration,
                Period = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 3 } },
                Authority = "焦作市解放区公共就业服务中心",
            },
        }, RegistryHost.Clerk());

        var result = await host.Client.EvaluateCategoriesAsync(new EvaluateCategoriesRequest
        {
            Person = new PersonKey { PersonId = person.PersonId },
            On = new CalendarDate { Year = 2023, Month = 8, Day = 15 },
            Region = new RegionCode { Code = "410800" },
            CategoryIds = { "unemployed_youth", "registered_unemployed_6m", "veteran" },
        });
        Assert.True(result.Results.Single(r => r.CategoryId == "unemployed_youth").Member);
        Assert.True(result.Results.Single(r => r.CategoryId == "registered_unemployed_6m").Member);
        var veteran = result.Results.Single(r => r.CategoryId == "veteran");
        Assert.False(veteran.Member);
        Assert.All(result.Results, r => Assert.NotEmpty(r.Explanation.Checks.SelectMany(c => c.Citations)));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_profile_for_another_service_masks_the_identity_number_and_the_read_is_logged_with_its_purpose()
    {
        var id = People.IdNumber(new DateOnly(1985, 12, 1));
        var person = await host.Client.RegisterPersonAsync(People.Register(id), RegistryHost.Clerk());
        var profile = await host.Client.GetProfileAsync(
            new GetProfileRequest { Person = new PersonKey { PersonId = person.PersonId }, Purpose = "loans.eligibility" },
            TestCallers.Service("startup-loans"));
        Assert.Equal($"{id[..6]}********{id[14..]}", profile.Person.IdNumber);
        Assert.Equal(1985, profile.Person.BirthDate.Year);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        var access = await db.ProfileAccess.SingleAsync(a => a.SubjectId == person.PersonId);
        Assert.Equal("startup-loans", access.CallerService);
        Assert.Equal("loans.eligibility", access.Purpose);

        var noPurpose = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = person.PersonId } }));
        Assert.Equal(StatusCode.InvalidArgument, noPurpose.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task GB_32100_employers_register_with_a_valid_credit_code_and_a_wrong_one_is_refused()
    {
        var code = CreditCodes.Valid();
        var employer = await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "焦作市示例机械有限公司", Region = new RegionCode { Code = "410802" } },
        }, RegistryHost.Clerk());
        var fact = await host.Client.AddEmployerFactAsync(new AddEmployerFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = employer.EmployerId,
            Fact = new EmployerFact { Source = "市场监管部门划型", Size = new SizeClassification { Size = EnterpriseSize.Small } },
        }, RegistryHost.Clerk());
        var profile = await host.Client.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = new EmployerKey { CreditCode = code }, Purpose = "test" });
        Assert.Equal(fact.FactId, Assert.Single(profile.Facts).FactId);
        Assert.Equal(2, profile.ProfileVersion);

        var wrong = code[..17] + (code[17] == '1' ? '2' : '1');
        var error = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = wrong, Name = "错误代码单位" },
        }, RegistryHost.Clerk()));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("employer.credit_code", error.Said());
    }

    [Fact(Timeout = 30_000)]
    public async Task Identity_numbers_never_appear_whole_in_the_log()
    {
        var id = People.IdNumber(new DateOnly(1979, 9, 9));
        var person = await host.Client.RegisterPersonAsync(People.Register(id), RegistryHost.Clerk());
        await host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = id } });
        await host.Client.FindPeopleAsync(new FindPeopleRequest { IdNumber = id });
        await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(People.Register(id), RegistryHost.Clerk()));
        await Assert.ThrowsAsync<RpcException>(async () => await host.Client.RegisterPersonAsync(People.Register(People.WithWrongCheckDigit(id)), RegistryHost.Clerk()));
        Assert.NotEmpty(host.Log);
        Assert.DoesNotContain(host.Log, line => line.Contains(id, StringComparison.OrdinalIgnoreCase) || line.Contains(id[..17]));
        Assert.NotNull(person);
    }
}

public sealed class SqliteRegistryTests(SqliteRegistry host) : RegistryTests<SqliteRegistry>(host), IClassFixture<SqliteRegistry>;

public sealed class PostgresRegistryTests(PostgresRegistry host) : RegistryTests<PostgresRegistry>(host), IClassFixture<PostgresRegistry>;
