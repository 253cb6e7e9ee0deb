using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>
/// Key enterprises (重点企业, 焦政办〔2023〕36号（六）: "确定重点企业名单，配备就业服务专员，提供岗位收集…") over
/// real gRPC on PostgreSQL, the employer read from the real registry through the shared profile finder:
/// the listing, the service officer, dated vacancy collections, a vacancy filed as a posting, and the
/// list by county with its open vacancies.
/// </summary>
public sealed class KeyEnterpriseServiceTests(AssistanceHost host) : IClassFixture<AssistanceHost>
{
    private static readonly Metadata Clerk = TestCallers.Counter("410800", "clerk-key-01");
    private static readonly Metadata JiyuanClerk = TestCallers.Counter("419001", "clerk-jy-01");

    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private Task<KeyEnterprise> RecordAsync(string creditCode, string county = "410823", string officer = "刘专员", Metadata? clerk = null, string? key = null) =>
        host.Services.RecordKeyEnterpriseAsync(new RecordKeyEnterpriseRequest
        {
            IdempotencyKey = key ?? Guid.NewGuid().ToString(),
            CreditCode = creditCode,
            County = new RegionCode { Code = county },
            Sector = "制造业",
            Officer = officer,
            OfficerContact = "0391-7000000",
        }, clerk ?? Clerk).ResponseAsync;

    private Task<KeyEnterprise> CollectAsync(KeyEnterprise e, DateOnly on, params Vacancy[] vacancies) =>
        host.Services.RecordVacancyCollectionAsync(new RecordVacancyCollectionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EnterpriseId = e.EnterpriseId,
            ExpectedVersion = e.Record.Version,
            CollectedOn = JobsHost.Date(on),
            Vacancies = { vacancies },
            Note = "企业走访收集",
        }, Clerk).ResponseAsync;

    private static Vacancy Short(string code, string title, int count) => new() { OccupationCode = code, Title = title, Count = count };

    private static PostVacancyRequest Post(KeyEnterprise e, int index, JobPosting posting) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        EnterpriseId = e.EnterpriseId,
        ExpectedVersion = e.Record.Version,
        CollectionId = e.Collections[^1].CollectionId,
        VacancyIndex = index,
        Posting = posting,
    };

    /// <summary>A lawful posting in 武陟县 with the employer and occupation left for the vacancy to fill in.</summary>
    private static JobPosting FromVacancy()
    {
        var posting = JobsHost.Lawful(title: "");
        posting.Employer = null;
        posting.OccupationCode = "";
        posting.Openings = 0;
        posting.WorkPlace.County = new RegionCode { Code = "410823" };
        posting.WorkPlace.Address = "武陟县产业集聚区纬二路8号";
        posting.Description = "按图纸加工零件，操作数控车床，两班倒，提供住宿。";
        return posting;
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl6_a_key_enterprise_is_a_registered_employer_named_by_the_registry_with_a_service_officer_and_the_clause_cited()
    {
        var code = await host.RegisterEmployerAsync("武陟县示例精密机械有限公司");
        var key = Guid.NewGuid().ToString();
        var listed = await RecordAsync(code, key: key);

        Assert.Equal("武陟县示例精密机械有限公司", listed.Name); // the registry's name: the request carries none
        Assert.Equal(code, listed.CreditCode);
        Assert.NotEmpty(listed.EmployerId);
        Assert.Equal("刘专员", listed.Officer);
        Assert.Equal(JobsHost.Date(Today), listed.ListedOn);
        Assert.Contains("焦政办〔2023〕36号", listed.CitationZh, StringComparison.Ordinal);
        Assert.Contains("（六）", listed.CitationZh, StringComparison.Ordinal);
        Assert.Equal("", listed.NoteZh);
        Assert.Contains("jobs.key_enterprise.service_officer", listed.RuleIds);
        Assert.Equal(0, listed.OpenVacancies);

        // A retry with the key is the first answer; the same employer listed again is refused.
        var retry = await RecordAsync(code, key: key);
        Assert.Equal(listed.EnterpriseId, retry.EnterpriseId);
        var twice = await Assert.ThrowsAsync<RpcException>(() => RecordAsync(code));
        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Contains("jobs.key_enterprise.registered_employer", twice.Said(), StringComparison.Ordinal);

        // Another officer takes over at the version read; a stale version is ABORTED.
        var handed = await host.Services.AssignKeyEnterpriseOfficerAsync(new AssignKeyEnterpriseOfficerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), EnterpriseId = listed.EnterpriseId, ExpectedVersion = listed.Record.Version, Officer = "陈专员", OfficerContact = "0391-7000001",
        }, Clerk);
        Assert.Equal("陈专员", handed.Officer);
        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Services.AssignKeyEnterpriseOfficerAsync(new AssignKeyEnterpriseOfficerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), EnterpriseId = listed.EnterpriseId, ExpectedVersion = listed.Record.Version, Officer = "王专员",
        }, Clerk).ResponseAsync);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl6_bad_listings_are_refused_naming_the_field_and_rule()
    {
        var code = await host.RegisterEmployerAsync("武陟县示例纺织有限公司");

        var noOfficer = await Assert.ThrowsAsync<RpcException>(() => RecordAsync(code, officer: " "));
        Assert.Equal(StatusCode.InvalidArgument, noOfficer.StatusCode);
        Assert.Contains("officer", noOfficer.Said(), StringComparison.Ordinal);
        Assert.Contains("jobs.key_enterprise.service_officer", noOfficer.Said(), StringComparison.Ordinal);

        // The check character: the last character changed makes the code invalid.
        var wrongCheck = code[..^1] + (code[^1] == '0' ? '1' : '0');
        var badCode = await Assert.ThrowsAsync<RpcException>(() => RecordAsync(wrongCheck));
        Assert.Equal(StatusCode.InvalidArgument, badCode.StatusCode);
        Assert.Contains("credit_code", badCode.Said(), StringComparison.Ordinal);
        Assert.Contains("jobs.key_enterprise.registered_employer", badCode.Said(), StringComparison.Ordinal);

        // A valid code the registry does not know.
        var unknown = await Assert.ThrowsAsync<RpcException>(() => RecordAsync(JobsHost.NewCreditCode()));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);

        // A county outside the counter's region.
        var outside = await Assert.ThrowsAsync<RpcException>(() => RecordAsync(code, county: "419001"));
        Assert.Equal(StatusCode.PermissionDenied, outside.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl6_vacancy_collections_are_dated_and_the_newest_states_the_open_vacancies()
    {
        var listed = await RecordAsync(await host.RegisterEmployerAsync("武陟县示例汽车零部件有限公司"));

        var first = await CollectAsync(listed, Today, Short("6-18-01-01", "数控车工", 8), Short("6-31-01-03", "电工", 4));
        Assert.Equal(12, first.OpenVacancies);
        var collection = Assert.Single(first.Collections);
        Assert.Equal("clerk-key-01", collection.RecordedBy);
        Assert.Equal(2, collection.Vacancies.Count);

        // A newer collection supersedes: only its vacancies are open.
        var second = await CollectAsync(first, Today, Short("6-18-01-01", "数控车工", 5));
        Assert.Equal(5, second.OpenVacancies);
        Assert.Equal(2, second.Collections.Count);

        // Before the listing day, in the future, no lines, a count of 0, a malformed code: named.
        var early = await Assert.ThrowsAsync<RpcException>(() => CollectAsync(second, Today.AddDays(-1), Short("6-18-01-01", "数控车工", 1)));
        Assert.Equal(StatusCode.InvalidArgument, early.StatusCode);
        Assert.Contains("collected_on", early.Said(), StringComparison.Ordinal);
        Assert.Contains("jobs.key_enterprise.vacancy_collection", early.Said(), StringComparison.Ordinal);
        var future = await Assert.ThrowsAsync<RpcException>(() => CollectAsync(second, Today.AddDays(1), Short("6-18-01-01", "数控车工", 1)));
        Assert.Contains("collected_on", future.Said(), StringComparison.Ordinal);
        var none = await Assert.ThrowsAsync<RpcException>(() => CollectAsync(second, Today));
        Assert.Contains("vacancies", none.Said(), StringComparison.Ordinal);
        var zero = await Assert.ThrowsAsync<RpcException>(() => CollectAsync(second, Today, Short("6-18-01-01", "数控车工", 3), Short("6-31-01-03", "电工", 0)));
        Assert.Contains("vacancies[1].count", zero.Said(), StringComparison.Ordinal);
        var malformed = await Assert.ThrowsAsync<RpcException>(() => CollectAsync(second, Today, Short("车工", "数控车工", 3)));
        Assert.Contains("vacancies[0].occupation_code", malformed.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl6_a_collected_vacancy_becomes_one_posting_of_the_enterprise_in_one_write()
    {
        var code = await host.RegisterEmployerAsync("武陟县示例电气设备有限公司");
        var listed = await RecordAsync(code);
        var collected = await CollectAsync(listed, Today, Short("6-18-01-01", "数控车工", 6), Short("6-31-01-03", "电工", 2));

        var request = Post(collected, 0, FromVacancy());
        var answer = await host.Services.PostVacancyAsync(request, Clerk);

        // Employer, occupation, title and openings taken from the enterprise and the vacancy.
        Assert.Equal(code, answer.Posting.Employer.CreditCode);
        Assert.Equal("武陟县示例电气设备有限公司", answer.Posting.Employer.Name);
        Assert.Equal("6-18-01-01", answer.Posting.OccupationCode);
        Assert.Equal("数控车工", answer.Posting.Title);
        Assert.Equal(6, answer.Posting.Openings);
        Assert.Equal(answer.Posting.PostingId, answer.Enterprise.Collections[^1].Vacancies[0].PostingId);
        Assert.Equal(6, answer.Enterprise.PostedVacancies);
        Assert.Equal(8, answer.Enterprise.OpenVacancies);

        // The posting is filed as any other: the counter reads it, and the public search finds it.
        var read = await host.Jobs.GetPostingAsync(new GetPostingRequest { PostingId = answer.Posting.PostingId }, Clerk);
        Assert.Equal("数控车工", read.Title);
        var found = await host.Jobs.SearchPostingsAsync(new SearchPostingsRequest { Query = "数控车工", Region = new RegionCode { Code = "410823" } });
        Assert.Contains(found.Hits, p => p.PostingId == answer.Posting.PostingId);

        // A retry with the key is the first answer; the same vacancy posted again is refused.
        var retry = await host.Services.PostVacancyAsync(request, Clerk);
        Assert.Equal(answer.Posting.PostingId, retry.Posting.PostingId);
        var again = Post(answer.Enterprise, 0, FromVacancy());
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Services.PostVacancyAsync(again, Clerk).ResponseAsync);
        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Contains("jobs.key_enterprise.vacancy_posting", twice.Said(), StringComparison.Ordinal);

        // Another occupation or employer than the vacancy's is refused, and nothing is written.
        var wrongJob = FromVacancy();
        wrongJob.OccupationCode = "2-06-03-00";
        var mismatch = await Assert.ThrowsAsync<RpcException>(() => host.Services.PostVacancyAsync(Post(answer.Enterprise, 1, wrongJob), Clerk).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, mismatch.StatusCode);
        Assert.Contains("posting.occupation_code", mismatch.Said(), StringComparison.Ordinal);
        var otherEmployer = FromVacancy();
        otherEmployer.Employer = new PostingEmployer { CreditCode = JobsHost.NewCreditCode(), Name = "别的公司", Kind = EntityKind.Enterprise };
        var foreign = await Assert.ThrowsAsync<RpcException>(() => host.Services.PostVacancyAsync(Post(answer.Enterprise, 1, otherEmployer), Clerk).ResponseAsync);
        Assert.Contains("posting.employer.credit_code", foreign.Said(), StringComparison.Ordinal);
        var unchanged = await host.Services.GetKeyEnterpriseAsync(new GetKeyEnterpriseRequest { EnterpriseId = listed.EnterpriseId }, Clerk);
        Assert.Equal(answer.Enterprise.Record.Version, unchanged.Record.Version);
        Assert.Equal("", unchanged.Collections[^1].Vacancies[1].PostingId);

        // A superseded collection's vacancies are not posted.
        var newer = await CollectAsync(unchanged, Today, Short("6-31-01-03", "电工", 3));
        var old = Post(newer, 1, FromVacancy());
        old.CollectionId = newer.Collections[0].CollectionId;
        var superseded = await Assert.ThrowsAsync<RpcException>(() => host.Services.PostVacancyAsync(old, Clerk).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, superseded.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl6_the_list_by_county_counts_open_vacancies_and_jiaozuos_clause_never_reaches_jiyuan()
    {
        var a = await RecordAsync(await host.RegisterEmployerAsync("修武县示例食品有限公司", "410821"), county: "410821");
        var b = await RecordAsync(await host.RegisterEmployerAsync("修武县示例建材有限公司", "410821"), county: "410821");
        var c = await RecordAsync(await host.RegisterEmployerAsync("博爱县示例物流有限公司", "410822"), county: "410822");
        await CollectAsync(a, Today, Short("6-26-01-01", "食品包装工", 10));
        await CollectAsync(b, Today, Short("6-31-01-03", "电工", 3), Short("4-02-04-01", "叉车司机", 2));
        await CollectAsync(c, Today, Short("4-02-04-01", "叉车司机", 7));

        var list = await host.Services.ListKeyEnterprisesAsync(new ListKeyEnterprisesRequest { Region = new RegionCode { Code = "410800" } }, Clerk);
        var xiuwu = Assert.Single(list.Counties, x => x.County.Code == "410821");
        Assert.Equal(2, xiuwu.Enterprises);
        Assert.Equal(15, xiuwu.OpenVacancies);
        var boai = Assert.Single(list.Counties, x => x.County.Code == "410822");
        Assert.Equal(7, boai.OpenVacancies);
        var ordered = list.Enterprises.Select(e => e.County.Code).ToList();
        Assert.Equal(ordered.Order(StringComparer.Ordinal), ordered); // by county
        Assert.Equal(10, Assert.Single(list.Enterprises, e => e.EnterpriseId == a.EnterpriseId).OpenVacancies);

        var county = await host.Services.ListKeyEnterprisesAsync(new ListKeyEnterprisesRequest { Region = new RegionCode { Code = "410822" }, Page = new PageRequest { PageSize = 1 } }, Clerk);
        Assert.Equal(c.EnterpriseId, Assert.Single(county.Enterprises).EnterpriseId);

        // Jiyuan's counter sees none of Jiaozuo's, and its own enterprise has no clause cited: the
        // catalog's flag is Jiaozuo's (36号), and Jiyuan's documents in the seeds set none.
        var hidden = await Assert.ThrowsAsync<RpcException>(() => host.Services.GetKeyEnterpriseAsync(new GetKeyEnterpriseRequest { EnterpriseId = a.EnterpriseId }, JiyuanClerk).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        var foreignList = await Assert.ThrowsAsync<RpcException>(() => host.Services.ListKeyEnterprisesAsync(new ListKeyEnterprisesRequest { Region = new RegionCode { Code = "410800" } }, JiyuanClerk).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, foreignList.StatusCode);
        var jiyuan = await RecordAsync(await host.RegisterEmployerAsync("济源示例钢铁配套有限公司", "419001"), county: "419001", clerk: JiyuanClerk);
        Assert.Equal("", jiyuan.CitationZh);
        Assert.Contains("jobs.key_enterprise.list_kept", jiyuan.NoteZh, StringComparison.Ordinal);
    }

    private Task<KeyEnterprise> DelistAsync(KeyEnterprise e, DateOnly on, string reason, string? key = null, Metadata? clerk = null, long? version = null) =>
        host.Services.DelistKeyEnterpriseAsync(new DelistKeyEnterpriseRequest
        {
            IdempotencyKey = key ?? Guid.NewGuid().ToString(),
            EnterpriseId = e.EnterpriseId,
            ExpectedVersion = version ?? e.Record.Version,
            DelistedOn = JobsHost.Date(on),
            Reason = reason,
        }, clerk ?? Clerk).ResponseAsync;

    [Fact(Timeout = 120_000)]
    public async Task Jz_2023_36_cl6_delisting_takes_an_enterprise_off_the_list_with_reason_and_date_and_its_filed_postings_stay()
    {
        var listed = await RecordAsync(await host.RegisterEmployerAsync("沁阳市示例造纸有限公司", "410882"), county: "410882");
        var stays = await RecordAsync(await host.RegisterEmployerAsync("沁阳市示例铝业有限公司", "410882"), county: "410882");
        var collected = await CollectAsync(listed, Today, Short("6-18-01-01", "数控车工", 4), Short("6-31-01-03", "电工", 2));
        var posted = await host.Services.PostVacancyAsync(Post(collected, 0, FromVacancy()), Clerk);

        // Bad delistings are named: no reason, a day before the listing, a stale version, another region's clerk.
        var noReason = await Assert.ThrowsAsync<RpcException>(() => DelistAsync(posted.Enterprise, Today, " "));
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        Assert.Contains("reason", noReason.Said(), StringComparison.Ordinal);
        Assert.Contains("jobs.key_enterprise.delisting", noReason.Said(), StringComparison.Ordinal);
        var early = await Assert.ThrowsAsync<RpcException>(() => DelistAsync(posted.Enterprise, Today.AddDays(-1), "企业迁出本市"));
        Assert.Equal(StatusCode.InvalidArgument, early.StatusCode);
        Assert.Contains("delisted_on", early.Said(), StringComparison.Ordinal);
        var stale = await Assert.ThrowsAsync<RpcException>(() => DelistAsync(posted.Enterprise, Today, "企业迁出本市", version: listed.Record.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var foreign = await Assert.ThrowsAsync<RpcException>(() => DelistAsync(posted.Enterprise, Today, "企业迁出本市", clerk: JiyuanClerk));
        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);

        var key = Guid.NewGuid().ToString();
        var delisted = await DelistAsync(posted.Enterprise, Today, "企业迁出本市", key);
        Assert.Equal(JobsHost.Date(Today), delisted.Delisting.DelistedOn);
        Assert.Equal("企业迁出本市", delisted.Delisting.Reason);
        Assert.Equal("clerk-key-01", delisted.Delisting.DelistedBy);
        Assert.Equal(0, delisted.OpenVacancies); // the vacancy not yet posted is closed
        Assert.Equal(posted.Posting.PostingId, delisted.Collections[^1].Vacancies[0].PostingId);
        Assert.Equal(delisted, await DelistAsync(posted.Enterprise, Today, "企业迁出本市", key)); // a retry is the first answer

        // Off the list: the county's list and counts hold only the listed one; the record is still read by id.
        var county = await host.Services.ListKeyEnterprisesAsync(new ListKeyEnterprisesRequest { Region = new RegionCode { Code = "410882" } }, Clerk);
        Assert.Equal([stays.EnterpriseId], county.Enterprises.Select(e => e.EnterpriseId));
        Assert.Equal(1, Assert.Single(county.Counties).Enterprises);
        var read = await host.Services.GetKeyEnterpriseAsync(new GetKeyEnterpriseRequest { EnterpriseId = listed.EnterpriseId }, Clerk);
        Assert.Equal(delisted.Delisting, read.Delisting);

        // No more service: no officer, collection, posting or second delisting, each naming the rule.
        foreach (var refused in new Func<Task>[]
        {
            () => host.Services.PostVacancyAsync(Post(delisted, 1, FromVacancy()), Clerk).ResponseAsync,
            () => CollectAsync(delisted, Today, Short("6-31-01-03", "电工", 1)),
            () => host.Services.AssignKeyEnterpriseOfficerAsync(new AssignKeyEnterpriseOfficerRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(), EnterpriseId = delisted.EnterpriseId, ExpectedVersion = delisted.Record.Version, Officer = "王专员",
            }, Clerk).ResponseAsync,
            () => DelistAsync(delisted, Today, "重复移出"),
        })
        {
            var error = await Assert.ThrowsAsync<RpcException>(refused);
            Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
            Assert.Contains("jobs.key_enterprise.delisting", error.Said(), StringComparison.Ordinal);
        }

        // The posting already filed is the employer's job: it stays open and public.
        var open = await host.Jobs.GetPostingAsync(new GetPostingRequest { PostingId = posted.Posting.PostingId }, Clerk);
        Assert.Equal(PostingStatus.Open, open.Status);
    }
}
