using System.Net;
using System.Text;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// 办理进度: <c>Gateway:ProgressRateLimit</c> as gateway.json configures it (10 lookups a
/// minute per client address) lets ten lookups through and refuses the eleventh, counting together
/// the progress RPC by gRPC, its REST route and the web page's form; the public window is apart.
/// A fixture of its own, so no other test's lookups share this gateway's window.
/// </summary>
public sealed class ProgressRateLimitTests(ProgressLimitedPlatform platform) : IClassFixture<ProgressLimitedPlatform>
{
    /// <summary>gateway.json's Gateway:ProgressRateLimit:PermitLimit (the fixture does not override it).</summary>
    private const int ConfiguredLimit = 10;

    [Fact(Timeout = 60_000)]
    public async Task The_progress_limit_lets_ten_lookups_a_minute_through_and_refuses_the_eleventh()
    {
        const string body = """{"reference": "A-no-such-application", "code": "ABCDEFGH"}""";
        var loans = new SubsidyCases.SubsidyCasesClient(platform.Channel);
        var form = await Employment.TestInfrastructure.PublicForm.OpenAsync(platform.Http, "/progress");
        var outcomes = new List<string>();
        for (var i = 0; i < ConfiguredLimit; i++)
        {
            // Every route a guess can take: REST, gRPC and the page's form, in turn.
            switch (i % 3)
            {
                case 0:
                    using (var rest = await platform.Http.PostAsync("/v1/subsidies/training-subsidies/applications:progress", new StringContent(body, Encoding.UTF8, "application/json")))
                    {
                        outcomes.Add("REST " + (int)rest.StatusCode);
                    }

                    break;
                case 1:
                    var status = await Assert.ThrowsAsync<RpcException>(() => loans.GetApplicationProgressAsync(
                        new ApplicationProgressRequest { Reference = "A-no-such-application", Code = "ABCDEFGH" }, TestCallers.Naming("startup-loans")).ResponseAsync);
                    outcomes.Add("gRPC " + status.StatusCode);
                    break;
                default:
                    using (var page = await form.PostAsync(platform.Http, "/progress",
                        [new("business", "loans"), new("reference", "A-no-such-application"), new("code", "ABCDEFGH")]))
                    {
                        outcomes.Add("page " + (int)page.StatusCode);
                    }

                    break;
            }
        }

        // Ten answered by the services (the one NOT_FOUND of an unknown reference; the page renders it).
        Assert.Equal(
            ["REST 404", "gRPC NotFound", "page 200", "REST 404", "gRPC NotFound", "page 200", "REST 404", "gRPC NotFound", "page 200", "REST 404"],
            outcomes);

        using var eleventh = await platform.Http.PostAsync("/v1/subsidies/training-subsidies/applications:progress", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.NotNull(eleventh.Headers.RetryAfter);
        var twelfth = await Assert.ThrowsAsync<RpcException>(() => loans.GetApplicationProgressAsync(
            new ApplicationProgressRequest { Reference = "A-no-such-application", Code = "ABCDEFGH" }, TestCallers.Naming("startup-loans")).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, twelfth.StatusCode);
        using var page13 = await form.PostAsync(platform.Http, "/progress", [new("business", "loans"), new("reference", "A-x"), new("code", "ABCDEFGH")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, page13.StatusCode);

        // The rest of the public API and the page's form itself stay open to the same address.
        using var other = await platform.Http.GetAsync("/v1/subsidies/training-subsidies/payment-notices/B-no-such-batch");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var page14 = await platform.Http.GetAsync("/progress");
        Assert.Equal(HttpStatusCode.OK, page14.StatusCode);
    }
}

/// <summary>The gateway with gateway.json's progress limit as configured, its window used by one test only.</summary>
public sealed class ProgressLimitedPlatform : PlatformUnderTest;
