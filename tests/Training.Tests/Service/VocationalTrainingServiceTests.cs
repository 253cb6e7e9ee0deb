using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;
using static Training.Tests.Service.VocationalTrainingRequests;

namespace Training.Tests.Service;

/// <summary>The vocational training subsidy (职业培训补贴) per completed course over real gRPC, with the registry running.</summary>
public sealed class VocationalTrainingServiceTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued2024 = new(2024, 6, 1);

    private static async Task<RpcException> RefusedAsync(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);

    [Fact(Timeout = 60_000)]
    public async Task R3_a_completed_course_is_previewed_submitted_once_and_decided_for_the_configured_amount()
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued2024);
        var request = ForCourse(id, Issued2024);

        var preview = await host.Training.PreviewApplicationAsync(request, TestCallers.Counter());
        var first = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        var retry = await host.Training.SubmitApplicationAsync(request, TestCallers.Counter());
        var again = request.Clone();
        again.IdempotencyKey = Guid.NewGuid().ToString();
        var duplicate = await RefusedAsync(() => host.Training.SubmitApplicationAsync(again, TestCallers.Counter()).ResponseAsync);
        var approved = await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = first.ApplicationId, ExpectedVersion = 1, Approve = true, ReasonZh = "培训合格，证书属实",
        }, TestCallers.Counter());

        Assert.Equal(ApplicationStatus.Preview, preview.Status);
        Assert.Equal(TrainingHost.SampleAmountPerCourseFen, preview.Amount.Fen);
        Assert.Equal(SubsidyKind.VocationalTraining, first.Kind);
        Assert.Equal(ApplicationStatus.Submitted, first.Status);
        Assert.Equal(TrainingHost.SampleAmountPerCourseFen, first.Amount.Fen);
        Assert.Equal(request.Course, first.Course);
        Assert.Equal(request.Certificate.CertificateNumber, first.Certificate.CertificateNumber);
        Assert.Contains(first.Explanation.Checks, c => c.RuleId == "training.vocational_training.amount_per_course" && c.Passed);
        Assert.Equal(ShownOnce.WithoutCode(first), retry);
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
        Assert.Contains(first.ApplicationId, duplicate.Said(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Approved, approved.Status);
        Assert.Equal(request.Course, approved.Course);
    }

    [Fact(Timeout = 60_000)]
    public async Task R3_R27_an_unconfigured_amount_per_course_is_failed_precondition_naming_key_region_and_date()
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued2024, residence: "419001");

        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(ForCourse(id, Issued2024, region: "419001"), TestCallers.Counter("419001")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("training.vocational_training.amount_per_course", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("419001", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("2024-05-20", refused.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Course_dates_a_course_ending_before_it_starts_is_invalid_argument_naming_the_field()
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued2024);
        var request = ForCourse(id, Issued2024);
        request.Course.Period = new DatePeriod { From = TrainingHost.Date(new DateOnly(2024, 5, 20)), Until = TrainingHost.Date(new DateOnly(2024, 4, 1)) };
        var noCourse = ForCourse(id, Issued2024);
        noCourse.Course = null;

        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(request, TestCallers.Counter()).ResponseAsync);
        var missing = await RefusedAsync(() => host.Training.PreviewApplicationAsync(noCourse, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("course.period.until", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
        Assert.Contains("course", missing.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_15号十二_a_stored_vocational_subsidy_refuses_the_skill_upgrade_subsidy_for_the_same_training()
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued2024);
        var vocational = ForCourse(id, Issued2024);
        await host.Training.SubmitApplicationAsync(vocational, TestCallers.Counter());

        var sameTraining = For(id, Issued2024, number: vocational.Certificate.CertificateNumber);
        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(sameTraining, TestCallers.Counter()).ResponseAsync);
        var otherLevel = await host.Training.PreviewApplicationAsync(For(id, Issued2024, SkillLevel.L3), TestCallers.Counter());

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("training.skill_upgrade.not_with_vocational_training_subsidy", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(Outcome.Passed, otherLevel.Explanation.Outcome);
    }

    [Fact(Timeout = 60_000)]
    public async Task R24_15号十二_a_stored_skill_upgrade_subsidy_refuses_the_vocational_subsidy_for_the_same_training()
    {
        var id = await host.RegisterUnemployedTraineeAsync(Issued2024);
        var skill = For(id, Issued2024);
        await host.Training.SubmitApplicationAsync(skill, TestCallers.Counter());

        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(
            ForCourse(id, Issued2024, number: skill.Certificate.CertificateNumber), TestCallers.Counter()).ResponseAsync);
        var otherLevel = await host.Training.PreviewApplicationAsync(ForCourse(id, Issued2024, SkillLevel.L5), TestCallers.Counter());

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("training.vocational_training.not_with_skill_upgrade_subsidy", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(Outcome.Passed, otherLevel.Explanation.Outcome);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz_conf_80_a_person_in_no_group_of_the_subsidy_is_refused_and_the_preview_says_why()
    {
        // Insured and employed throughout, never registered unemployed: in none of 2024's groups.
        var id = await host.RegisterInsuredWorkerAsync(Issued2024);
        var request = ForCourse(id, Issued2024);

        var preview = await host.Training.PreviewApplicationAsync(request, TestCallers.Counter());
        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(request, TestCallers.Counter()).ResponseAsync);
        var registered = await host.Training.PreviewApplicationAsync(ForCourse(await host.RegisterUnemployedTraineeAsync(Issued2024), Issued2024), TestCallers.Counter());

        Assert.Equal(Outcome.Failed, preview.Explanation.Outcome);
        var group = Assert.Single(preview.Explanation.Checks, c => c.RuleId == "training.vocational_training.group");
        Assert.False(group.Passed);
        Assert.Contains(group.FactsUsed, f => f.Name == "training.vocational_training.group.urban_unemployed" && f.Value == "不符合");
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("training.vocational_training.group", refused.Said(), StringComparison.Ordinal);
        Assert.Contains(registered.Explanation.Checks, c => c.RuleId == "training.vocational_training.group" && c.Passed);
    }
}
