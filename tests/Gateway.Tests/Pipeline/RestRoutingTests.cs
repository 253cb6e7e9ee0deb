using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Employment.Gateway;
using Employment.Gateway.OpenApi;
using Employment.Policy.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// ("REST from the google.api.http rules by JsonTranscoding in the owning service, the
/// gateway routing REST paths there through YARP") and ("refuse what is
/// neither gRPC nor a REST binding"; "/openapi.json lists routes whose service is absent").
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class RestRoutingTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 30_000)]
    public async Task A_REST_path_no_binding_declares_is_404()
    {
        var response = await platform.Http.GetAsync("/v1/policy/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)StatusCode.NotFound, body.RootElement.GetProperty("code").GetInt32());
        Assert.Contains("/openapi.json", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_REST_path_under_a_verb_its_binding_does_not_declare_is_answered_in_JSON_not_empty()
    {
        var response = await platform.Http.DeleteAsync("/v1/policy/documents");
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, response.StatusCode.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("DELETE", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_gRPC_method_path_without_gRPC_is_refused_not_proxied()
    {
        var response = await platform.Http.PostAsync("/employment.applicants.v1.Applicants/GetPerson",
            new StringContent("""{"person":{"personId":"P-demo-503"}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)StatusCode.NotFound, body.RootElement.GetProperty("code").GetInt32());
    }

    [Fact(Timeout = 30_000)]
    public async Task A_gRPC_call_over_HTTP_1_1_on_the_REST_port_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/employment.applicants.v1.Applicants/GetPerson")
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.Add("authorization", "Bearer " + TestCallers.Token(new Employment.ServiceDefaults.Security.Caller(Employment.ServiceDefaults.Security.CallerRole.Counter, "clerk-001", RegionCode: "410800")));
        var response = await platform.Http.SendAsync(request);
        Assert.Equal(((int)StatusCode.Unimplemented).ToString(System.Globalization.CultureInfo.InvariantCulture),
            response.Headers.TryGetValues("grpc-status", out var status) ? status.Single() : "(none)");
    }

    [Fact(Timeout = 30_000)]
    public async Task The_answer_of_REST_is_the_owning_services_JSON_transcoding_with_64_bit_integers_as_strings()
    {
        var response = await platform.Http.GetAsync("/v1/policy/parameters/loans.individual.subsidised_cap?region.code=410800&on.year=2024&on.month=1&on.day=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fen = body.RootElement.GetProperty("inForce").EnumerateObject().SelectMany(Descendants).First(p => p.Name == "fen").Value;
        Assert.Equal(JsonValueKind.String, fen.ValueKind);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_unknown_query_parameter_is_invalid_argument_not_ignored()
    {
        var response = await platform.Http.GetAsync("/v1/policy/measures?regoin.code=410800");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)StatusCode.InvalidArgument, body.RootElement.GetProperty("code").GetInt32());
        Assert.Contains("regoin.code", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task When_the_owning_service_is_down_REST_is_503_with_code_14_and_gRPC_is_unavailable()
    {
        var grpcPort = FreePort.Get();
        var httpPort = FreePort.Get();
        var gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={grpcPort}",
                $"--Gateway:HttpPort={httpPort}",
                // Nothing listens there.
                $"--ReverseProxy:Clusters:startup-loans:Destinations:startup-loans-1:Address=http://127.0.0.1:{FreePort.Get()}",
                "--ReverseProxy:Clusters:startup-loans:HealthCheck:Active:Enabled=false",
                $"--ReverseProxy:Clusters:policy-catalog:Destinations:policy-catalog-1:Address=http://127.0.0.1:{FreePort.Get()}",
                "--ReverseProxy:Clusters:policy-catalog:HealthCheck:Active:Enabled=false",
                "--ReverseProxy:Clusters:applicants:HealthCheck:Active:Enabled=false",
                // This gateway does not route job matching (its route matches no gRPC service).
                "--ReverseProxy:Routes:job-matching:Match:Path=/not-routed/{**rest}",
                "--ReverseProxy:Clusters:job-matching:HealthCheck:Active:Enabled=false",
                .. TestCallers.HostArguments,
            ],
            b => b.Logging.ClearProviders());
        await gateway.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
            var response = await http.GetAsync("/v1/policy/documents");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            using (var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
            {
                Assert.Equal((int)StatusCode.Unavailable, body.RootElement.GetProperty("code").GetInt32());
            }

            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
            var error = await Assert.ThrowsAsync<RpcException>(() => new PolicyCatalog.PolicyCatalogClient(channel).ListDocumentsAsync(new ListDocumentsRequest()).ResponseAsync);
            Assert.Equal(StatusCode.Unavailable, error.StatusCode);

            // this gateway routes no job-matching service, so its OpenAPI document lists none of its paths.
            var openApi = gateway.Services.GetRequiredService<OpenApiDocument>().Json;
            Assert.Contains("/v1/policy/parameters/{key}", openApi, StringComparison.Ordinal);
            Assert.DoesNotContain("/v1/jobs", openApi, StringComparison.Ordinal);
        }
        finally
        {
            await gateway.StopAsync();
            await gateway.DisposeAsync();
        }
    }

    private static IEnumerable<JsonProperty> Descendants(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.Object ? [property, .. property.Value.EnumerateObject().SelectMany(Descendants)] : [property];
}
