using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;
using static Training.Tests.Service.ApprenticeshipRequests;

namespace Training.Tests.Service;

/// <summary>企业新型学徒制培训补贴 over real gRPC, with the registry running (R26).</summary>
public sealed class ApprenticeshipServiceTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static async Task<RpcException> RefusedAsync(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);

    [Fact(Timeout = 60_000)]
    public async Task R26_each_training_year_is_submitted_once_per_apprentice_for_the_enterprise_up_to_the_configured_years()
    {
        var id = await host.RegisterInsuredWorkerAsync(new DateOnly(2023, 9, 1));
        var first = ForApprentice(id, 1, SkillLevel.L3);

        var preview = await host.Training.PreviewApplicationAsync(first, TestCallers.Counter());
        var submitted = await host.Training.SubmitApplicationAsync(first, TestCallers.Counter());
        var again = first.Clone();
        again.IdempotencyKey = Guid.NewGuid().ToString();
        var duplicate = await RefusedAsync(() => host.Training.SubmitApplicationAsync(again, TestCallers.Counter()).ResponseAsync);
        var second = await host.Training.SubmitApplicationAsync(ForApprentice(id, 2, SkillLevel.L3), TestCallers.Counter());
        var beyond = await RefusedAsync(() => host.Training.SubmitApplicationAsync(ForApprentice(id, TrainingHost.SampleApprenticeshipYears + 1, SkillLevel.L3), TestCallers.Counter()).ResponseAsync);
        var read = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = submitted.ApplicationId }, TestCallers.Counter());

        Assert.Equal(ApplicationStatus.Preview, preview.Status);
        Assert.Equal(600_000, preview.Amount.Fen);
        Assert.Equal(SubsidyKind.NewApprenticeship, submitted.Kind);
        Assert.Equal(600_000, submitted.Amount.Fen);
        Assert.Equal(first.Apprenticeship, submitted.Apprenticeship);
        Assert.Equal(ShownOnce.WithoutCode(submitted), ShownOnce.AsWritten(read));
        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
        Assert.Contains(submitted.ApplicationId, duplicate.Said(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, second.Status);
        Assert.Equal(StatusCode.FailedPrecondition, beyond.StatusCode);
        Assert.Contains("training.new_apprenticeship.max_training_years", beyond.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R26_R3_an_unconfigured_number_of_years_is_failed_precondition_naming_key_region_and_date()
    {
        var id = await host.RegisterInsuredWorkerAsync(new DateOnly(2023, 9, 1), residence: "419001");

        var refused = await RefusedAsync(() => host.Training.SubmitApplicationAsync(ForApprentice(id, region: "419001"), TestCallers.Counter("419001")).ResponseAsync);
        var noYear = ForApprentice(id);
        noYear.Apprenticeship = null;
        var missing = await RefusedAsync(() => host.Training.PreviewApplicationAsync(noYear, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("training.new_apprenticeship.max_training_years", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("419001", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("2023-09-01", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
        Assert.Contains("apprenticeship", missing.Said(), StringComparison.Ordinal);
    }
}
