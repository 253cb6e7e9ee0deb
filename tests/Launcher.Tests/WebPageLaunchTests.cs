using System.Net;
using Employment.TestInfrastructure;
using Xunit;

namespace Launcher.Tests;

/// <summary>
/// done-when "the launcher prints the page's address": the printed address serves the
/// job seekers' home page, and the policy list there is answered by the launched policy catalog.
/// </summary>
public sealed class WebPageLaunchTests
{
    [Fact(Timeout = 600_000)]
    public async Task The_launcher_prints_the_web_page_address_and_the_page_answers_in_Chinese()
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

    [Fact(Timeout = 600_000)]
    public async Task The_launcher_prints_a_demo_application_of_loans_training_and_hiring_that_the_progress_page_follows_with_its_code()
    {
        await using var platform = await LaunchedPlatform.StartAsync();
        var line = platform.Output.Single(l => l.TrimStart().StartsWith("办理进度 demo", StringComparison.Ordinal));
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var progressPage = words[2];
        Assert.Equal($"http://127.0.0.1:{platform.GatewayHttpPort}/progress", progressPage);

        using var http = new HttpClient();
        var form = await PublicForm.OpenAsync(http, progressPage);
        foreach (var (business, label) in new[] { ("loans", "创业担保贷款"), ("training", "培训补贴"), ("hiring", "就业补贴") })
        {
            var at = Array.IndexOf(words, label);
            var (reference, code) = (words[at + 1], words[at + 3].TrimEnd(';'));
            using var answer = await form.PostAsync(http, progressPage, new Dictionary<string, string>
            {
                ["business"] = business, ["reference"] = reference, ["code"] = code,
            });
            var html = await answer.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains($"<dd class=\"reference\">{reference}</dd>", html, StringComparison.Ordinal);
            Assert.Contains("审核通过", html, StringComparison.Ordinal);

            using var refused = await form.PostAsync(http, progressPage, new Dictionary<string, string>
            {
                ["business"] = business, ["reference"] = reference, ["code"] = "",
            });
            Assert.Contains("查询码不正确", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
