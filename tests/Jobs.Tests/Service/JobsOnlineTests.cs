using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Jobs.Tests.Service.MatchingWorldOverGrpc;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// Jobs online over real gRPC on PostgreSQL with the real registry: a signed-in seeker's resume (the
/// registry's part read-only with its source, their own part written by them, who may see it), an
/// application made once with the resume as it stood, an employer agent's inbox (its own postings only,
/// masked until the seeker's choice allows more, each opening recorded for the seeker), and the employer's
/// answers (invite, decline with a reason screened as posting text is, R29) as the seeker follows them.
/// </summary>
public sealed class JobsOnlineTests(JobsHost host) : IClassFixture<JobsHost>
{
    private static readonly PersonFact Unemployed = new()
    {
        Kind = PersonFactKind.UnemploymentRegistration,
        Authority = "解放区公共就业服务中心",
        Period = new DatePeriod { From = new CalendarDate { Year = 2026, Month = 3, Day = 2 } },
    };

    private static V1.StatedResume Driver() => new()
    {
        WantedOccupations = { "司机" },
        Regions = { new RegionCode { Code = "410802" } },
        MinSalary = new Money { Fen = 500_000 },
        MinSalaryPeriod = V1.PayPeriod.Month,
        AvailabilityNote = "可以倒班",
        Introduction = "驾龄八年，熟悉焦作城区道路。",
        Experience =
        {
            new V1.WorkExperience
            {
                EmployerName = "焦作示例物流有限公司", JobTitle = "货车司机",
                From = new CalendarDate { Year = 2018, Month = 4, Day = 1 }, Until = new CalendarDate { Year = 2025, Month = 12, Day = 31 },
                Duties = "城际零担运输",
            },
        },
    };

    private async Task<(string PersonId, V1.Resume Resume)> SeekerWithResumeAsync(string name, V1.ResumeVisibility visibility = V1.ResumeVisibility.Unspecified)
    {
        var person = await host.RegisterPersonAsync(name, "410802", EducationFact(EducationLevel.Secondary), Unemployed,
            CertificateFact("4-02-02-02", "道路货运汽车驾驶员", SkillLevel.L4), Status(PersonFactKind.EmploymentDifficulty));
        var resume = await host.Online.SaveMyResumeAsync(new V1.SaveMyResumeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Stated = Driver(), Visibility = visibility, ExpectedVersion = 0,
        }, TestCallers.Person(person));
        return (person, resume);
    }

    private async Task<(Employer Employer, V1.JobPosting Posting)> EmployerWithPostingAsync(string name)
    {
        var employer = await host.RegisterEmployerAsync(name);
        var posting = await host.CreateAsync(JobsHost.Lawful("货车司机", employer.CreditCode));
        return (employer, posting);
    }

    private static Task<V1.JobApplication> ApplyAsync(JobsHost host, string personId, string postingId) =>
        host.Online.ApplyToPostingAsync(new V1.ApplyToPostingRequest { IdempotencyKey = Guid.NewGuid().ToString(), PostingId = postingId }, TestCallers.Person(personId)).ResponseAsync;

    private static Metadata Agent(Employer employer) => TestCallers.EmployerAgent(employer.EmployerId);

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineResume_shows_the_registry_facts_with_their_source_and_keeps_what_the_person_writes()
    {
        var (person, saved) = await SeekerWithResumeAsync("司马驰");

        var read = await host.Online.GetMyResumeAsync(new V1.GetMyResumeRequest(), TestCallers.Person(person));
        Assert.Equal("司马驰", read.Name);
        Assert.Equal(1, read.Version);
        Assert.Equal(saved.SeekerId, read.SeekerId);
        Assert.Contains(read.Registry, l => l.KindZh == "学历" && l.SourceZh == "学信网");
        Assert.Contains(read.Registry, l => l.KindZh == "证书" && l.TextZh.Contains("道路货运汽车驾驶员", StringComparison.Ordinal) && l.SourceZh == "焦作市职业技能鉴定中心");
        Assert.Contains(read.Registry, l => l.KindZh == "失业登记" && l.TextZh == "2026-03-02 起登记失业" && l.SourceZh == "解放区公共就业服务中心");
        Assert.Contains(read.Registry, l => l.KindZh == "人员类别" && l.TextZh == "就业困难人员");
        Assert.Equal(["司机"], read.Stated.WantedOccupations);
        Assert.Equal("货车司机", Assert.Single(read.Stated.Experience).JobTitle);
        // The narrowest choice until the person makes another.
        Assert.Equal(V1.ResumeVisibility.Nobody, read.Visibility);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineResume_the_clerks_of_the_persons_office_read_it_whole_whatever_employers_may_see_and_no_other_office_reads_it()
    {
        var (person, saved) = await SeekerWithResumeAsync("皇甫岚");

        var read = await host.Online.GetSeekerResumeAsync(new V1.GetSeekerResumeRequest { PersonId = person }, TestCallers.Counter("410800"));
        Assert.Equal(("皇甫岚", saved.SeekerId, V1.ResumeVisibility.Nobody), (read.Name, read.SeekerId, read.Visibility));
        Assert.Equal("驾龄八年，熟悉焦作城区道路。", read.Stated.Introduction);
        Assert.Contains(read.Registry, l => l.KindZh == "失业登记");

        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Online.GetSeekerResumeAsync(new V1.GetSeekerResumeRequest { PersonId = person }, TestCallers.Counter("419001")).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        var notAClerk = await Assert.ThrowsAsync<RpcException>(() => host.Online.GetSeekerResumeAsync(new V1.GetSeekerResumeRequest { PersonId = person }, TestCallers.Person(person)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, notAClerk.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineResume_a_stale_version_is_aborted_and_bad_input_names_its_field()
    {
        var (person, saved) = await SeekerWithResumeAsync("欧阳勤");
        async Task<RpcException> SaveAsync(V1.StatedResume stated, long version) => await Assert.ThrowsAsync<RpcException>(() =>
            host.Online.SaveMyResumeAsync(new V1.SaveMyResumeRequest { IdempotencyKey = Guid.NewGuid().ToString(), Stated = stated, ExpectedVersion = version }, TestCallers.Person(person)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, (await SaveAsync(Driver(), 0)).StatusCode);
        var backwards = Driver();
        backwards.Experience[0].Until = new CalendarDate { Year = 2017, Month = 1, Day = 1 };
        var refused = await SaveAsync(backwards, saved.Version);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("早于开始日期", refused.Status.Detail, StringComparison.Ordinal);
        var control = Driver();
        control.Introduction = "驾龄\u0007八年";
        Assert.Equal(StatusCode.InvalidArgument, (await SaveAsync(control, saved.Version)).StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineApply_once_per_posting_with_a_resume_and_never_to_a_closed_one()
    {
        var (_, posting) = await EmployerWithPostingAsync("焦作示例运输有限公司");
        var (person, _) = await SeekerWithResumeAsync("上官远");

        var applied = await ApplyAsync(host, person, posting.PostingId);
        Assert.Equal(V1.JobApplicationStatus.Submitted, applied.Status);
        Assert.Equal("货车司机", applied.PostingTitle);
        Assert.True(applied.Withdrawable);
        var again = await Assert.ThrowsAsync<RpcException>(() => ApplyAsync(host, person, posting.PostingId));
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);

        var noResume = await host.RegisterPersonAsync("诸葛明", "410802");
        var refused = await Assert.ThrowsAsync<RpcException>(() => ApplyAsync(host, noResume, posting.PostingId));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("简历", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => ApplyAsync(host, person, "J-none"))).StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineInbox_an_employer_sees_its_applicants_masked_until_the_seeker_allows_and_each_opening_is_shown_to_the_seeker()
    {
        var (employer, posting) = await EmployerWithPostingAsync("焦作示例货运有限公司");
        var (person, resume) = await SeekerWithResumeAsync("端木青");
        var application = await ApplyAsync(host, person, posting.PostingId);

        var listed = Assert.Single((await host.Online.ListPostingApplicantsAsync(new V1.ListPostingApplicantsRequest { PostingId = posting.PostingId }, Agent(employer))).Applicants);
        Assert.Equal("端*青", listed.Resume.Name); // the platform's masking: first and last character kept
        Assert.False(listed.ResumeVisible);
        var masked = await host.Online.GetApplicantAsync(new V1.GetApplicantRequest { ApplicationId = application.ApplicationId }, Agent(employer));
        Assert.Equal("端*青", masked.Resume.Name);
        Assert.Equal("", masked.Phone);
        Assert.Empty(masked.Resume.Stated.Experience);
        Assert.Equal("", masked.Resume.Stated.Introduction);
        Assert.Equal(["司机"], masked.Resume.Stated.WantedOccupations);
        // An employer never reads registered unemployment or the groups a person belongs to (R29).
        Assert.DoesNotContain(masked.Resume.Registry, l => l.KindZh is "失业登记" or "人员类别");

        await host.Online.SaveMyResumeAsync(new V1.SaveMyResumeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Stated = Driver(), Visibility = V1.ResumeVisibility.AppliedEmployers, ExpectedVersion = resume.Version,
        }, TestCallers.Person(person));
        var whole = await host.Online.GetApplicantAsync(new V1.GetApplicantRequest { ApplicationId = application.ApplicationId }, Agent(employer));
        Assert.True(whole.ResumeVisible);
        Assert.Equal("端木青", whole.Resume.Name);
        Assert.Equal("13800000000", whole.Phone);
        Assert.Equal("焦作示例物流有限公司", Assert.Single(whole.Resume.Stated.Experience).EmployerName);
        Assert.DoesNotContain(whole.Resume.Registry, l => l.KindZh is "失业登记" or "人员类别");

        var reads = (await host.Online.ListMyResumeReadsAsync(new V1.ListMyResumeReadsRequest(), TestCallers.Person(person))).Reads;
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal("焦作示例货运有限公司", r.EmployerName));
        Assert.All(reads, r => Assert.Equal(application.ApplicationId, r.ApplicationId));
        // Newest first: the whole resume once the seeker allowed it, the masked summary before.
        Assert.Equal([true, false], reads.Select(r => r.Whole));
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineInbox_another_employer_sees_neither_the_posting_nor_its_applicants()
    {
        var (_, posting) = await EmployerWithPostingAsync("焦作示例快运有限公司");
        var other = await host.RegisterEmployerAsync("焦作另一示例有限公司");
        var (person, _) = await SeekerWithResumeAsync("公孙正");
        var application = await ApplyAsync(host, person, posting.PostingId);

        var list = await Assert.ThrowsAsync<RpcException>(() =>
            host.Online.ListPostingApplicantsAsync(new V1.ListPostingApplicantsRequest { PostingId = posting.PostingId }, Agent(other)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, list.StatusCode);
        var open = await Assert.ThrowsAsync<RpcException>(() =>
            host.Online.GetApplicantAsync(new V1.GetApplicantRequest { ApplicationId = application.ApplicationId }, Agent(other)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, open.StatusCode);
        Assert.DoesNotContain((await host.Online.ListMyPostingsAsync(new V1.ListMyPostingsRequest(), Agent(other))).Postings, p => p.PostingId == posting.PostingId);
        Assert.Empty((await host.Online.ListMyResumeReadsAsync(new V1.ListMyResumeReadsRequest(), TestCallers.Person(person))).Reads);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineAnswers_the_seeker_follows_an_invitation_and_a_decline_whose_reason_is_screened_R29()
    {
        var (employer, posting) = await EmployerWithPostingAsync("焦作示例搬家有限公司");
        var (invited, _) = await SeekerWithResumeAsync("慕容晨");
        var (declined, _) = await SeekerWithResumeAsync("东方白");
        var first = await ApplyAsync(host, invited, posting.PostingId);
        var second = await ApplyAsync(host, declined, posting.PostingId);

        await host.Online.InviteApplicantAsync(new V1.InviteApplicantRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = first.ApplicationId, Note = "12月2日上午9点，解放区示例路8号人事部",
        }, Agent(employer));
        var mine = Assert.Single((await host.Online.ListMyJobApplicationsAsync(new V1.ListMyJobApplicationsRequest(), TestCallers.Person(invited))).Applications);
        Assert.Equal(V1.JobApplicationStatus.Invited, mine.Status);
        Assert.Equal("12月2日上午9点，解放区示例路8号人事部", mine.EmployerNoteZh);

        var unlawful = await Assert.ThrowsAsync<RpcException>(() => host.Online.DeclineApplicantAsync(new V1.DeclineApplicantRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = second.ApplicationId, Reason = "本岗位限男性",
        }, Agent(employer)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, unlawful.StatusCode);
        Assert.Contains("R29", unlawful.Status.Detail, StringComparison.Ordinal);

        await host.Online.DeclineApplicantAsync(new V1.DeclineApplicantRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = second.ApplicationId, Reason = "需持 A2 驾驶证",
        }, Agent(employer));
        var refusedOne = Assert.Single((await host.Online.ListMyJobApplicationsAsync(new V1.ListMyJobApplicationsRequest(), TestCallers.Person(declined))).Applications);
        Assert.Equal(V1.JobApplicationStatus.Declined, refusedOne.Status);
        Assert.Equal("需持 A2 驾驶证", refusedOne.EmployerNoteZh);
        Assert.False(refusedOne.Withdrawable);
        var late = await Assert.ThrowsAsync<RpcException>(() => host.Online.WithdrawJobApplicationAsync(new V1.WithdrawJobApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = second.ApplicationId,
        }, TestCallers.Person(declined)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);

        var postings = (await host.Online.ListMyPostingsAsync(new V1.ListMyPostingsRequest(), Agent(employer))).Postings;
        var mineListed = Assert.Single(postings, p => p.PostingId == posting.PostingId);
        Assert.Equal(2, mineListed.Applicants);
        Assert.Equal(0, mineListed.Waiting);

        // Each answer reaches its seeker as a message in the hall, once, with the employer's words.
        var invitation = Assert.Single(await host.MessagesOfAsync(invited)).Message;
        Assert.Equal(("网上求职", "INVITED", "邀请面试", first.ApplicationId), (invitation.KindZh, invitation.Step, invitation.TitleZh, invitation.RecordId));
        Assert.Contains("焦作测试商贸有限公司（岗位“货车司机”", invitation.BodyZh, StringComparison.Ordinal);
        Assert.Contains("12月2日上午9点，解放区示例路8号人事部", invitation.BodyZh, StringComparison.Ordinal);
        var decline = Assert.Single(await host.MessagesOfAsync(declined)).Message;
        Assert.Equal(("DECLINED", "投递结果"), (decline.Step, decline.TitleZh));
        Assert.Contains("“需持 A2 驾驶证”", decline.BodyZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineHire_a_recorded_hire_becomes_the_persons_employment_contract_fact_declared_by_the_employer_once()
    {
        var (employer, posting) = await EmployerWithPostingAsync("焦作示例城配有限公司");
        var (person, _) = await SeekerWithResumeAsync("宇文刚");
        var application = await ApplyAsync(host, person, posting.PostingId);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        V1.RecordHireRequest Hire(DateOnly start, string key) => new()
        {
            IdempotencyKey = key, ApplicationId = application.ApplicationId, ContractStart = JobsHost.Date(start), TermMonths = 12,
        };

        var early = await Assert.ThrowsAsync<RpcException>(() => host.Online.RecordHireAsync(Hire(today.AddDays(-40), Guid.NewGuid().ToString()), Agent(employer)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, early.StatusCode);
        Assert.Contains("早于投递日期", early.Status.Detail, StringComparison.Ordinal);

        var key = Guid.NewGuid().ToString();
        var hired = await host.Online.RecordHireAsync(Hire(today, key), Agent(employer));
        var retried = await host.Online.RecordHireAsync(Hire(today, key), Agent(employer));
        Assert.Equal(V1.JobApplicationStatus.Hired, hired.Status);
        Assert.Equal(hired.Hire.RegistryFactId, retried.Hire.RegistryFactId);
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Online.RecordHireAsync(Hire(today, Guid.NewGuid().ToString()), Agent(employer)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);

        var profile = await host.Registry.GetProfileAsync(new Employment.Applicants.V1.GetProfileRequest { Person = new PersonKey { PersonId = person }, Purpose = "counter.window" }, TestCallers.Counter());
        var contract = Assert.Single(profile.Facts, f => f.Kind == PersonFactKind.EmploymentContract);
        Assert.Equal(hired.Hire.RegistryFactId, contract.FactId);
        Assert.Equal("用人单位申报（焦作示例城配有限公司，网上招聘录用）", contract.Authority);
        Assert.Equal(application.ApplicationId, contract.EvidenceReference);
        Assert.Equal(employer.CreditCode, contract.Contract.EmployerCreditCode);
        Assert.Equal(12, contract.Contract.TermMonths);
        Assert.Equal(JobsHost.Date(today.AddMonths(12).AddDays(-1)), contract.Period.Until);

        var mine = Assert.Single((await host.Online.ListMyJobApplicationsAsync(new V1.ListMyJobApplicationsRequest(), TestCallers.Person(person))).Applications);
        Assert.Equal(V1.JobApplicationStatus.Hired, mine.Status);
        Assert.Equal("已录用", mine.StatusZh);
        Assert.False(mine.Withdrawable);

        // One message for the hire, however often the employer's call was retried.
        var told = Assert.Single(await host.MessagesOfAsync(person)).Message;
        Assert.Equal(("HIRED", "已录用"), (told.Step, told.TitleZh));
        Assert.Contains($"劳动合同自 {today:yyyy-MM-dd} 起，期限 12 个月", told.BodyZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlinePosting_an_employer_files_for_itself_through_the_same_R29_screen_and_cannot_override_it()
    {
        var employer = await host.RegisterEmployerAsync("焦作示例网上发布有限公司");
        var other = await host.RegisterEmployerAsync("焦作示例被冒用有限公司");
        Task<V1.JobPosting> FileAsync(V1.JobPosting posting) => host.Online.FileMyPostingAsync(new V1.FileMyPostingRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Posting = posting,
        }, Agent(employer)).ResponseAsync;

        // Another employer's credit code in the request is not whose posting it is.
        var filed = await FileAsync(JobsHost.Lawful("网上发布会计", other.CreditCode));
        Assert.Equal(employer.CreditCode, filed.Employer.CreditCode);
        Assert.Equal("焦作示例网上发布有限公司", filed.Employer.Name);
        Assert.Equal(V1.SourceKind.Employer, filed.Source.Kind);
        Assert.Contains((await host.Online.ListMyPostingsAsync(new V1.ListMyPostingsRequest(), Agent(employer))).Postings, p => p.PostingId == filed.PostingId);
        Assert.DoesNotContain((await host.Online.ListMyPostingsAsync(new V1.ListMyPostingsRequest(), Agent(other))).Postings, p => p.PostingId == filed.PostingId);

        var unlawful = await Assert.ThrowsAsync<RpcException>(() => FileAsync(JobsHost.Lawful("网上发布出纳", description: "限男性，负责现金收付。")));
        Assert.Equal(StatusCode.FailedPrecondition, unlawful.StatusCode);
        Assert.Contains("R29", unlawful.Status.Detail, StringComparison.Ordinal);
        var traineeship = JobsHost.Lawful("网上发布见习");
        traineeship.EmploymentType = V1.EmploymentType.Traineeship;
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() => FileAsync(traineeship))).StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsOnlineWithdraw_a_withdrawn_application_leaves_the_inbox_and_another_persons_is_not_found()
    {
        var (employer, posting) = await EmployerWithPostingAsync("焦作示例冷链有限公司");
        var (person, _) = await SeekerWithResumeAsync("夏侯安");
        var (stranger, _) = await SeekerWithResumeAsync("皇甫宁");
        var application = await ApplyAsync(host, person, posting.PostingId);
        V1.WithdrawJobApplicationRequest Withdraw() => new() { IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = application.ApplicationId };

        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => host.Online.WithdrawJobApplicationAsync(Withdraw(), TestCallers.Person(stranger)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, notTheirs.StatusCode);
        var withdrawn = await host.Online.WithdrawJobApplicationAsync(Withdraw(), TestCallers.Person(person));
        Assert.Equal(V1.JobApplicationStatus.Withdrawn, withdrawn.Status);
        Assert.Empty((await host.Online.ListPostingApplicantsAsync(new V1.ListPostingApplicantsRequest { PostingId = posting.PostingId }, Agent(employer))).Applicants);
    }
}
