using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Launcher.Tests;

/// <summary>
/// done-when "a newcomer's path works": the run command starts the gateway with the
/// services, names its development-token file, and every example call it prints, pasted into a shell
/// as printed, succeeds with the printed tokens through the gateway.
/// </summary>
public sealed partial class NewcomerTests
{
    [Fact(Timeout = 180_000)]
    public async Task Every_printed_example_call_succeeds_with_the_printed_tokens()
    {
        await using var platform = await LaunchedPlatform.StartAsync();
        var tokensLine = platform.Output.Single(l => l.StartsWith("Development tokens", StringComparison.Ordinal));
        var tokensFile = tokensLine[(tokensLine.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
        Assert.True(File.Exists(tokensFile), tokensFile);
        Assert.Contains(File.ReadAllLines(tokensFile), l => l.StartsWith("COUNTER_TOKEN=ey", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(tokensFile), l => l.StartsWith("COUNTER_JIYUAN_TOKEN=ey", StringComparison.Ordinal));

        var examples = platform.Output.Select(l => ExampleLine().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["role"].Value, m => m.Groups["command"].Value);
        Assert.Equal(
            ["admin", "bank", "counter", "counter-flexible", "counter-jiyuan", "counter-operating", "counter-referral", "counter-stabilisation", "counter-startup", "counter-trainee", "counter-training", "counter-transport", "public", "public-training", "search"],
            examples.Keys.Order(StringComparer.Ordinal));

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{platform.GatewayHttpPort}") };
        Assert.Equal(HttpStatusCode.OK, await HealthyAsync(http));

        foreach (var (role, command) in examples)
        {
            var (exitCode, stdout, stderr) = await ShellAsync(command);
            Assert.True(exitCode == 0, $"{role}: `{command}` exited {exitCode}: {stderr}");
            Assert.StartsWith("{", stdout.TrimStart(), StringComparison.Ordinal);
        }

        Assert.Contains("王小明", (await ShellAsync(examples["counter"])).Stdout, StringComparison.Ordinal);
        Assert.Contains("30000000", (await ShellAsync(examples["public"])).Stdout, StringComparison.Ordinal);

        // the training calls answer with an amount — 1500元 for the stated level-4 certificate,
        // the demo's sample per-course amount for the demo person's completed course.
        Assert.Contains("\"150000\"", (await ShellAsync(examples["public-training"])).Stdout, StringComparison.Ordinal);
        Assert.Contains("training.vocational_training.group", (await ShellAsync(examples["counter-training"])).Stdout, StringComparison.Ordinal);
        Assert.Contains("\"80000\"", (await ShellAsync(examples["counter-training"])).Stdout, StringComparison.Ordinal);
        Assert.Contains("会计", (await ShellAsync(examples["search"])).Stdout, StringComparison.Ordinal);

        // each hiring preview answers with its own judgement. The trainee subsidy pays 6 months at 70% of
        // the demo's sample minimum wage (R11); 运营补贴 half of a 2000元 month (R14); the referral the demo's sample
        // amount (R26); a 稳岗返还 received 2024-04-08 is judged by 15号（二） (R15, R31) in Jiaozuo and finds no policy at
        // Jiyuan's counter (R27); the start-up subsidy is judged on the received date; the demo person is neither
        // 脱贫劳动力 (R26) nor in a flexible-worker group (R25).
        var trainee = (await ShellAsync(examples["counter-trainee"])).Stdout;
        Assert.Contains("hiring.trainee.paid_months", trainee, StringComparison.Ordinal);
        Assert.Contains("\"840000\"", trainee, StringComparison.Ordinal);
        Assert.Contains("\"100000\"", (await ShellAsync(examples["counter-operating"])).Stdout, StringComparison.Ordinal);
        Assert.Contains("\"20000\"", (await ShellAsync(examples["counter-referral"])).Stdout, StringComparison.Ordinal);
        var refund = (await ShellAsync(examples["counter-stabilisation"])).Stdout;
        Assert.Contains("\"600000\"", refund, StringComparison.Ordinal);
        Assert.Contains("焦政办〔2024〕15号", refund, StringComparison.Ordinal);
        var jiyuan = (await ShellAsync(examples["counter-jiyuan"])).Stdout;
        Assert.Contains("hiring.stabilisation.policy_in_force", jiyuan, StringComparison.Ordinal);
        Assert.DoesNotContain("\"600000\"", jiyuan, StringComparison.Ordinal);
        var startup = (await ShellAsync(examples["counter-startup"])).Stdout;
        Assert.Contains("startup.", startup, StringComparison.Ordinal);
        Assert.Contains("\"year\": 2024", startup, StringComparison.Ordinal);
        Assert.Contains("hiring.transport.group", (await ShellAsync(examples["counter-transport"])).Stdout, StringComparison.Ordinal);
        Assert.Contains("hiring.si_flexible.", (await ShellAsync(examples["counter-flexible"])).Stdout, StringComparison.Ordinal);

        // The command-line entry of 直补快办 (15号（二十）): the region's owed list through the gateway as the counter,
        // ending with the run's summary, which counts every measure's leg.
        var (owedExit, owed, owedErrors) = await ShellAsync($"dotnet {LaunchedPlatform.LauncherDll()} owed-subsidies {tokensFile} 410800 2023-01-01 2025-12-31");
        Assert.True(owedExit == 0, $"owed-subsidies exited {owedExit}: {owedErrors}");
        var summary = owed.Split('\n').Last(l => l.Length > 0);
        Assert.StartsWith("单位 ", summary, StringComparison.Ordinal);
        Assert.Contains("灵活就业人员", summary, StringComparison.Ordinal);
        Assert.Contains("外出务工", summary, StringComparison.Ordinal);
        Assert.Contains("职业介绍", summary, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> HealthyAsync(HttpClient http)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await http.GetAsync("/healthz")).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }

        return status;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> ShellAsync(string command)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [GeneratedRegex(@"^\s+(?<role>(public|counter|bank|admin)(-[a-z]+)?|search)\s+(?<command>(curl|dotnet) .+)$")]
    private static partial Regex ExampleLine();
}
