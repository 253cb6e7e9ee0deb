using System.Net;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// The clerks' workbench and the provider's sign-in pages through the gateway's HTTP port: a browser not signed in
/// that opens /workbench/ is sent to the provider's authorization endpoint with the workbench's return address at the
/// gateway's own host (the forwarded host), and from there to the staff sign-in page, which the gateway routes to the
/// provider rather than to the public site.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class WorkbenchRouteTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 60_000)]
    public async Task A_browser_not_signed_in_goes_from_the_workbench_to_the_providers_sign_in_page_all_through_the_gateway()
    {
        var gateway = $"http://127.0.0.1:{platform.HttpPort}";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(gateway) };

        using var workbench = await browser.GetAsync("/workbench/");
        Assert.Equal(HttpStatusCode.Redirect, workbench.StatusCode);
        var authorize = workbench.Headers.Location!;
        Assert.StartsWith(gateway + "/connect/authorize?", authorize.ToString(), StringComparison.Ordinal);
        Assert.Contains("client_id=counter-workbench", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(gateway + "/workbench/signin-oidc"), authorize.Query, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);

        using var provider = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, provider.StatusCode);
        Assert.StartsWith("/signin?returnUrl=", provider.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var signIn = await browser.GetAsync(provider.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("工号", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
