using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>
/// Employment assistance (就业援助, 焦政办〔2023〕36号（十三）) over real gRPC on PostgreSQL, the person read
/// from the real registry through the shared profile reader: a case's life, and a zero-employment
/// household listed until at least one of its members is employed.
/// </summary>
public sealed class AssistanceServiceTests(AssistanceHost host) : IClassFixture<AssistanceHost>
{
    private static readonly Metadata Clerk = TestCallers.Counter("410800", "clerk-assist-01");

    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static CalendarDate Date(DateOnly day) => JobsHost.Date(day);

    private Task<AssistanceCase> OpenAsync(string personId, string plan = "优先推荐爱心岗位，每两周电话回访", string officer = "张援助员") =>
        host.Services.OpenAssistanceCaseAsync(new OpenAssistanceCaseRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new PersonKey { PersonId = personId },
            County = new RegionCode { Code = "410823" },
            Plan = plan,
            Officer = officer,
        }, Clerk).ResponseAsync;

    private Task<AssistanceCase> CloseEmployedAsync(AssistanceCase c) =>
        host.Services.CloseAssistanceCaseAsync(new CloseAssistanceCaseRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            CaseId = c.CaseId,
            ExpectedVersion = c.Record.Version,
            Outcome = AssistanceOutcome.Employed,
            Date = Date(Today),
            Note = "爱心岗位：物业前台值班",
        }, Clerk).ResponseAsync;

    private async Task<ListZeroEmploymentHouseholdsResponse> HouseholdsAsync() =>
        await host.Services.ListZeroEmploymentHouseholdsAsync(new ListZeroEmploymentHouseholdsRequest { Region = new RegionCode { Code = "410823" } }, Clerk);

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl13_an_assistance_case_has_a_plan_an_officer_contacts_referrals_and_an_outcome()
    {
        var personId = await host.RegisterAsync("李援助");
        var opened = await OpenAsync(personId);
        Assert.Equal(AssistanceStatus.Open, opened.Status);
        Assert.Equal("李*助", opened.NameMasked); // the platform's masking: first and last character kept
        Assert.Equal("", opened.HouseholdReference);

        var contacted = await host.Services.RecordAssistanceContactAsync(new RecordAssistanceContactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), CaseId = opened.CaseId, ExpectedVersion = 1,
            Contact = new Employment.Jobs.V1.AssistanceContact { Date = Date(Today), Channel = ContactChannel.Visit, Note = "上门走访，了解求职意向：保洁、值班" },
        }, Clerk);
        var referred = await host.Services.ReferAssistanceCaseAsync(new ReferAssistanceCaseRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), CaseId = opened.CaseId, ExpectedVersion = contacted.Record.Version,
            Referral = new Employment.Jobs.V1.AssistanceReferral { Date = Date(Today), Kind = ReferralKind.Posting, What = "爱心岗位：物业前台值班" },
        }, Clerk);
        var closed = await CloseEmployedAsync(referred);

        Assert.Equal(AssistanceStatus.Closed, closed.Status);
        Assert.Equal(AssistanceOutcome.Employed, closed.Outcome);
        Assert.Single(closed.Contacts);
        Assert.Equal("clerk-assist-01", closed.Contacts[0].Officer);
        Assert.Single(closed.Referrals);
        Assert.Equal(4, closed.Record.Version);

        // Closed: nothing more is recorded on it, and the person may be taken in again.
        var late = await Assert.ThrowsAsync<RpcException>(() => host.Services.RecordAssistanceContactAsync(new RecordAssistanceContactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), CaseId = opened.CaseId, ExpectedVersion = closed.Record.Version,
            Contact = new Employment.Jobs.V1.AssistanceContact { Date = Date(Today), Channel = ContactChannel.Phone, Note = "回访" },
        }, Clerk).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Contains("jobs.assistance.dated_while_open", late.Said(), StringComparison.Ordinal);
        var again = await OpenAsync(personId);
        Assert.NotEqual(opened.CaseId, again.CaseId);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl13_a_case_without_a_plan_or_an_officer_is_refused_and_a_person_has_one_open_case()
    {
        var personId = await host.RegisterAsync("王援助");
        var noPlan = await Assert.ThrowsAsync<RpcException>(() => OpenAsync(personId, plan: ""));
        Assert.Equal(StatusCode.InvalidArgument, noPlan.StatusCode);
        Assert.Contains("jobs.assistance.plan_and_officer", noPlan.Said(), StringComparison.Ordinal);
        var noOfficer = await Assert.ThrowsAsync<RpcException>(() => OpenAsync(personId, officer: " "));
        Assert.Contains("officer", noOfficer.Said(), StringComparison.Ordinal);

        await OpenAsync(personId);
        var second = await Assert.ThrowsAsync<RpcException>(() => OpenAsync(personId));
        Assert.Equal(StatusCode.AlreadyExists, second.StatusCode);

        var unknown = await Assert.ThrowsAsync<RpcException>(() => OpenAsync("P-nobody"));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl13_a_zero_employment_household_is_listed_until_one_member_is_employed()
    {
        var reference = "武陟零就业认定-" + Guid.NewGuid().ToString("N")[..8];
        var father = await host.RegisterAsync("赵父");
        var daughter = await host.RegisterAsync("赵女");
        await host.RecogniseZeroEmploymentHouseholdAsync(father, reference);
        await host.RecogniseZeroEmploymentHouseholdAsync(daughter, reference);
        var fatherCase = await OpenAsync(father);
        await OpenAsync(daughter);
        Assert.Equal(reference, fatherCase.HouseholdReference);

        var listed = await HouseholdsAsync();
        var household = Assert.Single(listed.Households, h => h.HouseholdReference == reference);
        Assert.Equal(2, household.Members.Count);
        Assert.Equal(0, household.Employed);
        Assert.Equal(1, listed.MinEmployed);
        Assert.StartsWith("焦政办〔2023〕36号 （十三）", listed.CitationZh, StringComparison.Ordinal);
        Assert.Equal("jobs.assistance.zero_employment_household", listed.RuleId);

        // The registry records the daughter's labour contract: the household has someone employed.
        await host.AddFactAsync(daughter, new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Date(Today) },
            Authority = "武陟县人社局",
            Contract = new EmploymentContract { TermMonths = 12 },
        });
        Assert.DoesNotContain((await HouseholdsAsync()).Households, h => h.HouseholdReference == reference);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl13_a_household_leaves_the_list_when_a_members_case_closes_employed()
    {
        var reference = "武陟零就业认定-" + Guid.NewGuid().ToString("N")[..8];
        var mother = await host.RegisterAsync("钱母");
        await host.RecogniseZeroEmploymentHouseholdAsync(mother, reference);
        var c = await OpenAsync(mother);
        Assert.Contains((await HouseholdsAsync()).Households, h => h.HouseholdReference == reference);

        await CloseEmployedAsync(c);

        Assert.DoesNotContain((await HouseholdsAsync()).Households, h => h.HouseholdReference == reference);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2024_15_cl7_graduates_records_need_a_recent_graduate_and_count_the_take_up_rate()
    {
        async Task<string> GraduateAsync(string name)
        {
            var personId = await host.RegisterAsync(name);
            await host.AddFactAsync(personId, new PersonFact
            {
                Kind = PersonFactKind.Education,
                Period = new DatePeriod { From = Date(Today.AddYears(-1)) },
                Authority = "河南理工大学",
                Education = new Education { Level = EducationLevel.Bachelor, Institution = "河南理工大学", GraduationDate = Date(Today.AddYears(-1)) },
            });
            return personId;
        }

        Task<AssistanceCase> RecordAsync(string personId) => host.Services.OpenAssistanceCaseAsync(new OpenAssistanceCaseRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new PersonKey { PersonId = personId },
            County = new RegionCode { Code = "410825" },
            Plan = "一人一档一策：推荐见习岗位，参加校园招聘月",
            Officer = "刘援助员",
            Programme = AssistanceProgramme.UnemployedGraduate,
        }, Clerk).ResponseAsync;

        var notGraduate = await Assert.ThrowsAsync<RpcException>(async () => await RecordAsync(await host.RegisterAsync("周未毕")));
        Assert.Equal(StatusCode.FailedPrecondition, notGraduate.StatusCode);
        Assert.Contains("jobs.assistance.graduate_record", notGraduate.Said(), StringComparison.Ordinal);

        var first = await RecordAsync(await GraduateAsync("吴毕业"));
        await RecordAsync(await GraduateAsync("郑毕业"));
        Assert.Equal(AssistanceProgramme.UnemployedGraduate, first.Programme);
        await CloseEmployedAsync(first);

        var counts = await host.Services.CountGraduateRecordsAsync(new CountGraduateRecordsRequest { Region = new RegionCode { Code = "410825" }, Year = Today.Year }, Clerk);
        Assert.Equal(2, counts.Records);
        Assert.Equal(1, counts.Employed);
        Assert.Equal(1, counts.Open);
        Assert.Equal(50.0, counts.TakeUpPercent);
        Assert.Equal("jobs.assistance.graduate_record", counts.RuleId);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_counter_of_Jiyuan_neither_sees_Jiaozuo_cases_nor_lists_its_households()
    {
        var personId = await host.RegisterAsync("孙援助");
        var c = await OpenAsync(personId);
        var jiyuan = TestCallers.Counter("419001", "clerk-jy-assist");
        var hidden = await Assert.ThrowsAsync<RpcException>(() => host.Services.GetAssistanceCaseAsync(new GetAssistanceCaseRequest { CaseId = c.CaseId }, jiyuan).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        var denied = await Assert.ThrowsAsync<RpcException>(() => host.Services.ListZeroEmploymentHouseholdsAsync(new ListZeroEmploymentHouseholdsRequest { Region = new RegionCode { Code = "410823" } }, jiyuan).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }
}
