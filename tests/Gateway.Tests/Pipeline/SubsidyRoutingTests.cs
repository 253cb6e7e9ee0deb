using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// The subsidy lifecycle's shared contracts through the gateway: a call names its subsidy service in the
/// <c>x-subsidy-service</c> header and reaches that service (YARP's header match), which answers for its own records with
/// its own roles; a call without the header, or naming no routed service, is INVALID_ARGUMENT saying which there are.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class SubsidyRoutingTests(PlatformUnderTest platform)
{
    private SubsidyCases.SubsidyCasesClient Cases => new(platform.Invoker);

    [Fact(Timeout = 60_000)]
    public async Task A_shared_call_reaches_the_service_its_header_names_and_that_service_answers_it_with_its_own_steps()
    {
        var agent = TestCallers.EmployerAgent("E-routing-1");
        var review = new ReviewDecisionRequest { IdempotencyKey = Guid.NewGuid().ToString(), RecordId = "R-routing-1", ExpectedVersion = 1, Confirm = true };

        // Every subsidy service keeps what an employer applies for (a claim, a 新型学徒制 year, an enterprise's loan): each
        // answers the agent's 我的办事, empty for a new employer.
        foreach (var service in new[] { "hiring-subsidies", "training-subsidies", "startup-loans" })
        {
            Assert.Empty((await Cases.ListMineAsync(new ListMineRequest(), TestCallers.Naming(service, agent))).Records);
        }

        // A step one service takes no part in is answered by that service: the loans' decisions have no 复核, training's do.
        var loans = await Assert.ThrowsAsync<RpcException>(() => Cases.ReviewDecisionAsync(review, TestCallers.Naming("startup-loans", TestCallers.Counter())).ResponseAsync);
        var training = await Assert.ThrowsAsync<RpcException>(() => Cases.ReviewDecisionAsync(review, TestCallers.Naming("training-subsidies", TestCallers.Counter())).ResponseAsync);

        Assert.Equal(StatusCode.Unimplemented, loans.StatusCode);
        Assert.Contains("创业担保贷款服务的决定不设复核", loans.Status.Detail, StringComparison.Ordinal);
        Assert.NotEqual(StatusCode.Unimplemented, training.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_shared_call_without_the_header_or_naming_no_routed_service_is_invalid_and_says_which_services_there_are()
    {
        var person = TestCallers.Person("P-routing-1");

        var unnamed = await Assert.ThrowsAsync<RpcException>(() => Cases.ListMineAsync(new ListMineRequest(), person).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Cases.ListMineAsync(new ListMineRequest(), TestCallers.Naming("no-such-subsidies", person)).ResponseAsync);
        var oversight = await Assert.ThrowsAsync<RpcException>(() => new SubsidyOversight.SubsidyOversightClient(platform.Invoker)
            .ExportForAudit(new AuditExportRequest(), TestCallers.Auditor()).ResponseStream.MoveNext());

        foreach (var refused in new[] { unnamed, unknown, oversight })
        {
            Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
            Assert.Contains("x-subsidy-service", refused.Status.Detail, StringComparison.Ordinal);
            Assert.Contains("startup-loans、training-subsidies、hiring-subsidies", refused.Status.Detail, StringComparison.Ordinal);
            Assert.Equal("SUBSIDY_SERVICE_REQUIRED", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        }

        Assert.Contains("“no-such-subsidies”", unknown.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_shared_call_that_names_another_service_than_the_one_it_reached_is_refused_by_the_service()
    {
        // Straight to the hiring service's own address (no gateway), naming training: it is not answered from hiring's records.
        using var hiring = Grpc.Net.Client.GrpcChannel.ForAddress(platform.HiringAddress);
        var refused = await Assert.ThrowsAsync<RpcException>(() => new SubsidyCases.SubsidyCasesClient(hiring)
            .ListMineAsync(new ListMineRequest(), TestCallers.Naming("training-subsidies", TestCallers.Person("P-routing-2"))).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("就业补贴服务（hiring-subsidies）", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("“training-subsidies”", refused.Status.Detail, StringComparison.Ordinal);
    }
}
