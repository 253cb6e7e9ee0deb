using System.Net;
using System.Text;
using System.Text.Json;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests;

/// <summary>Issue 13: the gateway routes employment.training.v1.TrainingSubsidies to the training-subsidies service.</summary>
[Collection(nameof(GatewayCollection))]
public sealed class TrainingThroughGatewayTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 60_000)]
    public async Task A_counter_reaches_the_training_service_through_the_gateway()
    {
        var training = new TrainingSubsidies.TrainingSubsidiesClient(platform.Channel);

        // Answered by the service itself: its own NOT_FOUND text and its own field check.
        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = "T-none" }, TestCallers.Counter()).ResponseAsync);
        var listed = await training.ListApplicationsAsync(new ListApplicationsRequest(), TestCallers.Counter());
        var noRegion = await Assert.ThrowsAsync<RpcException>(() =>
            training.PreviewApplicationAsync(new SubmitApplicationRequest { Kind = SubsidyKind.SkillUpgrade, Person = new PersonKey { PersonId = "P-none" } }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Contains("T-none", missing.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(listed.Applications);
        Assert.Equal(StatusCode.InvalidArgument, noRegion.StatusCode);
        Assert.Contains("field: region", noRegion.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_public_self_check_answers_REST_without_a_token_with_its_explanation()
    {
        const string statement = """
            {"certificate": {"occupationCode": "6-18-01-01", "level": "SKILL_LEVEL_L3", "issueDate": {"year": 2023, "month": 6, "day": 1}},
             "region": {"code": "410823"}, "insuredMonths": 12}
            """;

        var response = await platform.Http.PostAsync("/v1/training/skill-upgrade:check", new StringContent(statement, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("eligible").GetBoolean());
        Assert.Equal("200000", body.RootElement.GetProperty("amount").GetProperty("fen").GetString());
        Assert.Contains(body.RootElement.GetProperty("explanation").GetProperty("checks").EnumerateArray(),
            c => c.GetProperty("ruleId").GetString() == "training.skill_upgrade.insurance_months_min");
    }
}
