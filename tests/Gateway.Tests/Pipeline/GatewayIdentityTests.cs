using System.Diagnostics;
using System.Net;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "Authentication and roles" and "Observability", through the gateway: refused tokens,
/// spoofed identity headers, the request log and /healthz.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class GatewayIdentityTests(PlatformUnderTest platform)
{
    private const string GetPerson = "/employment.applicants.v1.Applicants/GetPerson";

    [Theory(Timeout = 30_000)]
    [MemberData(nameof(ServiceAccessTests.RefusedTokens), MemberType = typeof(ServiceAccessTests))]
    public async Task A_token_that_does_not_verify_is_refused_at_the_gateway(string why, string token)
    {
        var status = await RawCalls.StatusOfAsync(platform.Channel, GetPerson, TestCallers.Bearer(token));
        Assert.True(status == StatusCode.Unauthenticated, $"{why}: {status}");
    }

    [Fact(Timeout = 30_000)]
    public async Task Low_a_CR_LF_in_the_request_path_cannot_forge_a_line_in_the_request_log()
    {
        await platform.Http.GetAsync("/v1/policy/documents%0D%0AGET%20/forged%20route=x%20role=admin");
        // No log line of any category carries the decoded CR/LF.
        var forged = platform.GatewayLog.Lines.Where(l => l.Contains("\nGET /forged", StringComparison.Ordinal)).ToList();
        Assert.True(forged.Count == 0, string.Join("\n---\n", forged.Select(l => l[..Math.Min(l.Length, 120)])));
        Assert.Contains(platform.GatewayLog.Lines, l => l.Contains("%0D%0AGET", StringComparison.Ordinal));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_spoofed_identity_header_changes_nothing()
    {
        var spoofed = new Metadata { { "x-employment-role", "counter" }, { "x-employment-actor", "clerk-001" }, { "x-employment-region", "410800" } };
        Assert.Equal(StatusCode.Unauthenticated, await RawCalls.StatusOfAsync(platform.Channel, GetPerson, spoofed));

        var bankPosingAsCounter = TestCallers.Bank("105");
        bankPosingAsCounter.Add("x-employment-role", "counter");
        Assert.Equal(StatusCode.PermissionDenied, await RawCalls.StatusOfAsync(platform.Channel, GetPerson, bankPosingAsCounter));
    }

    [Fact(Timeout = 240_000)]
    public async Task A_counter_call_goes_all_the_way_through_and_is_logged_without_the_identity_number()
    {
        var client = new ApplicantsApi.ApplicantsClient(platform.Invoker);
        using var trace = new CallerTrace();
        var traceId = trace.TraceId;
        var headers = TestCallers.Counter();
        const string idNumber = "410802199001011234";
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = idNumber } }, headers));
        Assert.NotEqual(StatusCode.Unauthenticated, error.StatusCode);
        Assert.NotEqual(StatusCode.PermissionDenied, error.StatusCode);

        // The caller's trace id is the request's correlation in the log (OpenTelemetry continues the traceparent).
        var line = await WaitForLineAsync(l => l.Contains($"trace={traceId}", StringComparison.Ordinal));
        Assert.Contains("route=applicants", line, StringComparison.Ordinal);
        Assert.Contains("role=counter", line, StringComparison.Ordinal);
        Assert.Contains("grpc-status=", line, StringComparison.Ordinal);
        Assert.DoesNotContain(platform.GatewayLog.Lines, l => l.Contains(idNumber, StringComparison.Ordinal));
    }

    [Fact(Timeout = 240_000)]
    public async Task Healthz_tells_anyone_yes_or_no_and_an_operator_each_service_healthy()
    {
        var (status, body) = await Eventually.ReturnsAsync(
            async () =>
            {
                var response = await platform.Http.GetAsync("/healthz");
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            },
            answer => answer.StatusCode == HttpStatusCode.OK,
            "/healthz answering 200");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("{\"status\":\"healthy\"}", body);

        using var asOperator = new HttpRequestMessage(HttpMethod.Get, "/healthz/details");
        asOperator.Headers.TryAddWithoutValidation("authorization", TestCallers.Admin().GetValue("authorization"));
        using var details = await platform.Http.SendAsync(asOperator);
        body = await details.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("\"service\":\"applicants\"", body, StringComparison.Ordinal);
        Assert.Contains("\"service\":\"startup-loans\"", body, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"job-matching-2\"", body, StringComparison.Ordinal);
        Assert.Contains("\"service\":\"identity-provider\"", body, StringComparison.Ordinal);
        Assert.Contains("\"service\":\"workbench\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("unhealthy", body, StringComparison.Ordinal);
    }

    private async Task<string> WaitForLineAsync(Func<string, bool> match) =>
        (await Eventually.ReturnsAsync(
            () => Task.FromResult(platform.GatewayLog.Lines.FirstOrDefault(match)),
            line => line is not null,
            "the gateway's log line",
            context: () => string.Join("\n", platform.GatewayLog.Lines)))!;
}
