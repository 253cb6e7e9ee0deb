using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.ApprenticeshipRequests;
using static Training.Tests.Service.VocationalTrainingRequests;

namespace Training.Tests.Service;

/// <summary>
/// The public self-check for the 职业培训补贴 of a finished course and the 企业新型学徒制培训补贴 (CheckTraining, POST
/// /v1/training:check): anonymous, stated facts only, nothing stored, judged by the counter's own rules so the answer
/// and its checks are the counter preview's for the same facts.
/// </summary>
public sealed class TrainingSelfCheckTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued2024 = new(2024, 6, 1);

    private Task<TrainingSelfCheck> CheckAsync(TrainingSelfCheckRequest request) => host.Training.CheckTrainingAsync(request, TestCallers.Public()).ResponseAsync;

    /// <summary>The course of <see cref="VocationalTrainingRequests.ForCourse"/> (2024-04-01 to 2024-05-20, level 4), stated by a person registered unemployed since 2024-01-01.</summary>
    private static TrainingSelfCheckRequest Course(StatedPerson? person = null, string region = "410823")
    {
        var course = ForCourse("", Issued2024).Course;
        course.CourseId = "";
        course.InstitutionName = "";
        course.InstitutionCreditCode = "";
        return new TrainingSelfCheckRequest
        {
            Course = new StatedCourse
            {
                Course = course,
                CertificateIssueDate = TrainingHost.Date(Issued2024),
                Region = new RegionCode { Code = region },
                Person = person ?? new StatedPerson { UnemploymentRegisteredSince = TrainingHost.Date(new DateOnly(2024, 1, 1)) },
            },
        };
    }

    private static TrainingSelfCheckRequest Apprentice(int trainingYear, SkillLevel level = SkillLevel.L3, params int[] subsidised)
    {
        var year = ForApprentice("", trainingYear, level).Apprenticeship;
        year.EnterpriseCreditCode = "";
        year.EnterpriseName = "";
        var request = new TrainingSelfCheckRequest { Apprenticeship = new StatedApprenticeship { Year = year, Region = new RegionCode { Code = "410823" } } };
        request.Apprenticeship.SubsidisedTrainingYears.Add(subsidised);
        return request;
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz_conf_80_R3_a_registered_unemployed_persons_finished_course_gets_the_counters_amount_and_checks()
    {
        var counter = await host.Training.PreviewApplicationAsync(ForCourse(await host.RegisterUnemployedTraineeAsync(Issued2024), Issued2024), TestCallers.Counter());

        var self = await CheckAsync(Course());

        Assert.True(self.Course.Eligible, self.Course.Explanation.SummaryZh);
        Assert.Equal(TrainingHost.SampleAmountPerCourseFen, self.Course.Amount.Fen);
        Assert.Equal(counter.Amount, self.Course.Amount);
        Assert.Equal(counter.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), self.Course.Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
        Assert.Contains(self.Course.BringZh, b => b.Contains("证书", StringComparison.Ordinal));
        Assert.Null(self.Apprenticeship);
        Assert.Contains("以窗口审核为准", self.NoticeZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz_conf_80_a_person_employed_when_the_course_began_and_never_registered_is_in_no_group()
    {
        var self = await CheckAsync(Course(new StatedPerson { EmployedBefore = true }));

        Assert.False(self.Course.Eligible);
        Assert.Contains(self.Course.Explanation.Checks, c => c.RuleId == "training.vocational_training.group" && !c.Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_15号十二_a_skill_upgrade_subsidy_already_received_for_the_same_training_refuses_the_course()
    {
        var request = Course();
        request.Course.PriorSkillUpgrades.Add(new PriorSubsidyStatement { OccupationCode = request.Course.Course.OccupationCode, Level = SkillLevel.L4, Date = TrainingHost.Date(Issued2024) });

        var self = await CheckAsync(request);

        Assert.False(self.Course.Eligible);
        Assert.Contains(self.Course.Explanation.Checks, c => !c.Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R26_a_senior_apprentices_first_year_gets_the_counters_amount_and_a_year_already_subsidised_is_told_no()
    {
        var counter = await host.Training.PreviewApplicationAsync(ForApprentice(await host.RegisterInsuredWorkerAsync(new DateOnly(2023, 9, 1)), 1, SkillLevel.L3), TestCallers.Counter());

        var first = await CheckAsync(Apprentice(1));
        var again = await CheckAsync(Apprentice(1, SkillLevel.L3, 1));
        var beyond = await CheckAsync(Apprentice(TrainingHost.SampleApprenticeshipYears + 1));

        Assert.True(first.Apprenticeship.Eligible);
        Assert.Equal(600_000, first.Apprenticeship.Amount.Fen);
        Assert.Equal(counter.Amount, first.Apprenticeship.Amount);
        Assert.Null(first.Course);
        Assert.False(again.Apprenticeship.Eligible);
        Assert.Contains(again.Apprenticeship.Explanation.Checks, c => c.RuleId == "training.new_apprenticeship.one_per_apprentice_year" && !c.Passed);
        Assert.False(beyond.Apprenticeship.Eligible);
        Assert.Contains(beyond.Apprenticeship.Explanation.Checks, c => c.RuleId == "training.new_apprenticeship.max_training_years" && !c.Passed);
    }

    [Fact(Timeout = 60_000)]
    public async Task R26_a_level_other_than_intermediate_or_senior_has_no_amount()
    {
        var self = await CheckAsync(Apprentice(1, SkillLevel.L5));

        Assert.False(self.Apprenticeship.Eligible);
        Assert.Contains(self.Apprenticeship.Explanation.Checks, c => c.RuleId == "training.new_apprenticeship.level_has_amount" && !c.Passed);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("nothing", "course")]
    [InlineData("region", "course.region")]
    [InlineData("course_end", "course.period.until")]
    [InlineData("graduation", "course.person.education.graduation_date")]
    [InlineData("apprentice_year", "apprenticeship.training_year")]
    [InlineData("apprentice_subsidised", "apprenticeship.subsidised_training_years")]
    public async Task Bad_input_is_INVALID_ARGUMENT_naming_the_field(string bad, string field)
    {
        var request = bad.StartsWith("apprentice", StringComparison.Ordinal) ? Apprentice(1) : Course();
        switch (bad)
        {
            case "nothing": request = new TrainingSelfCheckRequest(); break;
            case "region": request.Course.Region = new RegionCode { Code = "41" }; break;
            case "course_end": request.Course.Course.Period.Until = TrainingHost.Date(new DateOnly(2024, 3, 1)); break;
            case "graduation": request.Course.Person.Education = new Education { Level = EducationLevel.Bachelor }; break;
            case "apprentice_year": request.Apprenticeship.Year.TrainingYear = -1; break;
            default: request.Apprenticeship.SubsidisedTrainingYears.Add(0); break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
    }
}
