using System.Net;
using Xunit;

namespace Launcher.Tests;

/// <summary>
/// Issue 16, done-when "the launcher prints the page's address": the printed address serves the
/// job seekers' home page, and the policy list there is answered by the launched policy catalog.
/// </summary>
public sealed class WebPageLaunchTests
{
    [Fact(Timeout = 180_000)]
    public async Task Issue16_the_launcher_prints_the_web_page_address_and_the_page_answers_in_Chinese()
    {
        await using var platform = await LaunchedPlatform.StartAsync();
        var line = platform.Output.Single(l => l.TrimStart().StartsWith("web page ", StringComparison.Ordinal));
        var address = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
        Assert.Equal($"http://127.0.0.1:{platform.GatewayHttpPort}/", address);

        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var home = await http.GetAsync("");
        var html = await home.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/policies\"", html, StringComparison.Ordinal);

        var policies = await http.GetStringAsync("policies?region=410800&on=2024-03-01&domain=loans");
        Assert.Contains("焦政办〔2024〕15号", policies, StringComparison.Ordinal);
        Assert.DoesNotContain("服务暂不可用", policies, StringComparison.Ordinal);
    }
}
