using Employment.ServiceDefaults.Protocol;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// Bytes that are not protobuf of the method's request type, sent through the gateway to a method of
/// every service, end with INTERNAL and a plain message saying the message cannot be decoded (as
/// grpc-go answers), never UNKNOWN "Exception was thrown by handler.", which reads like a fault of the
/// service. The handler never runs.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class UndecodableMessageThroughGatewayTests(PlatformUnderTest platform)
{
    // A field number 0 with a wire type of 7: no protobuf decoder accepts it.
    internal static readonly byte[] NotProtobuf = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

    [Theory(Timeout = 30_000)]
    [InlineData("/employment.applicants.v1.Applicants/GetPerson")]
    [InlineData("/employment.loans.v1.StartupLoans/ListLoans")]
    [InlineData("/employment.policy.v1.PolicyCatalog/ListMeasures")]
    [InlineData("/employment.training.v1.TrainingSubsidies/ListApplications")]
    [InlineData("/employment.hiring.v1.HiringSubsidies/ListClaims")]
    public async Task A_body_that_is_not_protobuf_ends_with_INTERNAL_saying_it_cannot_be_decoded(string method)
    {
        var answer = await RawCalls.AnswerOfAsync(platform.Channel, method, TestCallers.Counter(), NotProtobuf);

        Assert.Equal(StatusCode.Internal, answer.StatusCode);
        Assert.Equal(UndecodableMessage.Detail, answer.Detail);
    }
}
