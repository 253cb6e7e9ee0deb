using Employment.Common.V1;
using Employment.Policy.V1;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// A filter or key that names nothing is a clear INVALID_ARGUMENT naming the field, not a silent
/// empty answer or a NOT_FOUND that blames the catalog: an unknown policy domain, an empty parameter
/// key, a negative pay filter.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class AbsurdFiltersThroughGatewayTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 30_000)]
    public async Task An_unknown_policy_domain_and_an_empty_parameter_key_are_invalid_argument_naming_the_field()
    {
        var catalog = new PolicyCatalog.PolicyCatalogClient(platform.Invoker);
        var region = new RegionCode { Code = "410800" };

        var domain = await Assert.ThrowsAsync<RpcException>(() => catalog.ListMeasuresAsync(new ListMeasuresRequest { Region = region, Domain = (PolicyDomain)99 }).ResponseAsync);
        var key = await Assert.ThrowsAsync<RpcException>(() => catalog.GetParameterAsync(new GetParameterRequest { Region = region, Key = "" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, domain.StatusCode);
        Assert.Contains("field: domain", domain.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, key.StatusCode);
        Assert.Contains("field: key", key.Said(), StringComparison.Ordinal);
    }
}
