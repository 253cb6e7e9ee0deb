using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Service;

/// <summary>The gateway routes employment.training.v1.TrainingSubsidies to the training-subsidies service.</summary>
[Collection(nameof(GatewayCollection))]
public sealed class TrainingThroughGatewayTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 60_000)]
    public async Task A_counter_reaches_the_training_service_through_the_gateway()
    {
        var training = new TrainingSubsidies.TrainingSubsidiesClient(platform.Invoker);

        // Answered by the service itself: its own NOT_FOUND text and its own field check.
        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = "T-none" }, TestCallers.Counter()).ResponseAsync);
        var listed = await training.ListApplicationsAsync(new ListApplicationsRequest(), TestCallers.Counter());
        var noRegion = await Assert.ThrowsAsync<RpcException>(() =>
            training.PreviewApplicationAsync(new SubmitApplicationRequest { Kind = SubsidyKind.SkillUpgrade, Person = new PersonKey { PersonId = "P-none" } }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Contains("T-none", missing.Said(), StringComparison.Ordinal);
        Assert.Empty(listed.Applications);
        Assert.Equal(StatusCode.InvalidArgument, noRegion.StatusCode);
        Assert.Contains("field: region", noRegion.Said(), StringComparison.Ordinal);
    }
}
