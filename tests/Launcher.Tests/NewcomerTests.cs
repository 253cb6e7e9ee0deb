using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Employment.TestInfrastructure;
using Xunit;

namespace Launcher.Tests;

/// <summary>
/// done-when "a newcomer's path works": the run command starts the gateway with the
/// services, names its development-token file, and every example call it prints, pasted into a shell
/// as printed, succeeds with the printed tokens through the gateway; and so do the examples of the
/// guides for a bank's and a counter system's developers (docs/banks.md, docs/counters.md).
/// </summary>
public sealed partial class NewcomerTests(LaunchedPlatformFixture launched) : IClassFixture<LaunchedPlatformFixture>
{
    [Fact(Timeout = 240_000)]
    public async Task Every_printed_example_call_succeeds_with_the_printed_tokens()
    {
        var platform = launched.Platform;
        var tokensFile = TokensFile(platform);
        Assert.True(File.Exists(tokensFile), tokensFile);
        // Tokens are secrets: the file is its owner's alone.
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tokensFile));
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
        // Each leg's count under the name the service gives its kind.
        Assert.Contains("灵活就业人员社会保险补贴：判断 ", summary, StringComparison.Ordinal);
        Assert.Contains("一次性交通补助：判断 ", summary, StringComparison.Ordinal);
        Assert.Contains("职业介绍补贴：判断 ", summary, StringComparison.Ordinal);
        Assert.Contains("社会保险补贴（招用人员）：判断 ", summary, StringComparison.Ordinal);
    }

    [Fact(Timeout = 300_000)]
    public async Task The_bank_guides_examples_run_as_printed_against_the_launcher_stubs_from_protos_included()
    {
        var (exitCode, output, skipped) = await RunGuideAsync("docs/banks.md");
        Assert.True(exitCode == 0, output);

        // The Python client, on stubs a stock protoc built from protos/: the demo borrower's answer and whose rules judged it (R2).
        Assert.Contains("rules: 按放款地焦作市 解放区的规定判断", output, StringComparison.Ordinal);
        Assert.Contains("个人创业担保贷款", output, StringComparison.Ordinal);
        // The launcher's client on the same JSON body the grpcurl line sends.
        Assert.Contains("\"rulesBasis\"", output, StringComparison.Ordinal);
        // A loan registered on that answer (24 monthly instalments), a repayment, and the 2024 Q2 贴息 claim computed and submitted
        // (R6: ¥100,000 × 3.45 % × 50 % × 91 / 360 for the new loan).
        Assert.Contains("instalments 24", output, StringComparison.Ordinal);
        Assert.Contains("repayments 1 version 2", output, StringComparison.Ordinal);
        Assert.Contains("JK2024-0301：贴息 436.04元", output, StringComparison.Ordinal);
        Assert.Contains("CLAIM_STATE_SUBMITTED", output, StringComparison.Ordinal);
        Assert.Contains("\"DEMO-BANK-001\"", File.ReadAllText(Path.Combine(Employment.TestInfrastructure.RepositoryPaths.Root, "docs", "examples", "eligibility-query.json")), StringComparison.Ordinal);
        // grpcurl is in no Debian package this machine reaches: its one line is left out, and only it.
        Assert.True(skipped.All(c => c.StartsWith("grpcurl ", StringComparison.Ordinal)), string.Join("\n", skipped));
    }

    [Fact(Timeout = 240_000)]
    public async Task The_counter_guides_example_runs_as_printed_against_the_launcher()
    {
        var (exitCode, output, skipped) = await RunGuideAsync("docs/counters.md");
        Assert.True(exitCode == 0, output);
        Assert.Contains("王小明", output, StringComparison.Ordinal);
        Assert.Empty(skipped);
    }

    /// <summary>Runs a guide's shell examples against the launched platform; a grpcurl command is skipped where grpcurl is not installed.</summary>
    private async Task<(int ExitCode, string Output, IReadOnlyList<string> Skipped)> RunGuideAsync(string guide)
    {
        var work = Directory.CreateTempSubdirectory("guide-").FullName;
        try
        {
            var hasGrpcurl = (await ShellAsync("command -v grpcurl")).ExitCode == 0;
            var commands = GuideExamples.Commands(guide);
            var skipped = commands.Where(c => !hasGrpcurl && c.StartsWith("grpcurl ", StringComparison.Ordinal)).ToList();
            var script = GuideExamples.Script(commands.Except(skipped), new Dictionary<string, string>
            {
                [".data/dev-tokens.env"] = TokensFile(launched.Platform),
                ["deploy/Launcher/bin/Debug/net10.0/Employment.Launcher.dll"] = LaunchedPlatform.LauncherDll(),
                ["/tmp/google-protos"] = Path.Combine(work, "google-protos"),
                ["/tmp/stubs"] = Path.Combine(work, "stubs"),
                // Debian's python3, where python3-grpcio is installed (a pyenv python3 may come first on PATH).
                ["python3 docs/"] = "/usr/bin/python3 docs/",
            });
            var (exitCode, stdout, stderr) = await ShellAsync(script);
            return (exitCode, stdout + stderr, skipped);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string TokensFile(LaunchedPlatform platform)
    {
        var tokensLine = platform.Output.Single(l => l.StartsWith("Development tokens", StringComparison.Ordinal));
        return tokensLine[(tokensLine.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
    }

    private static Task<HttpStatusCode> HealthyAsync(HttpClient http) =>
        Eventually.ReturnsAsync(async () => (await http.GetAsync("/healthz")).StatusCode, status => status == HttpStatusCode.OK, "/healthz answering 200");

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
