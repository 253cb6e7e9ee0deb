using System.Diagnostics;
using System.Text.RegularExpressions;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Xunit;

namespace Launcher.Tests;

/// <summary>`dotnet run --project deploy/Launcher`, the README's run command, as a separate process.</summary>
public sealed partial class LauncherTests
{
    [Fact(Timeout = 120_000)]
    public async Task The_launcher_starts_every_service_healthy_and_stops_on_ctrl_c()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "launcher-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        // Free ports, so the test does not depend on the default ones being unused.
        foreach (var argument in new[] { LauncherDll(), "--Listen:Port=0", $"--DataDirectory={dataDirectory}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var launcher = Process.Start(start)!;
        var output = new List<string>();
        try
        {
            var services = new Dictionary<string, string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await launcher.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                output.Add(line);
                if (ServiceLine().Match(line) is { Success: true } match)
                {
                    services[match.Groups["name"].Value] = match.Groups["address"].Value;
                }

                if (line.StartsWith("Each serves", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.Contains("applicants", services.Keys);
            Assert.Contains("startup-loans", services.Keys);
            foreach (var (name, address) in services)
            {
                using var channel = GrpcChannel.ForAddress(address);
                var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
                Assert.True(health.Status == HealthCheckResponse.Types.ServingStatus.Serving, $"{name} at {address} is {health.Status}");
            }

            // Ctrl-C.
            using (var interrupt = Process.Start("kill", ["-INT", launcher.Id.ToString()]))
            {
                await interrupt.WaitForExitAsync();
            }

            output.AddRange((await launcher.StandardOutput.ReadToEndAsync()).Split('\n'));
            await launcher.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(output, l => l.Trim() == "Stopped.");
        }
        finally
        {
            if (!launcher.HasExited)
            {
                launcher.Kill(entireProcessTree: true);
            }

            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    /// <summary>The launcher built beside this test, in the same configuration.</summary>
    private static string LauncherDll()
    {
        // Tests run from bin/<configuration>/net10.0/.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "deploy", "Launcher", "bin", configuration, "net10.0", "Employment.Launcher.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("The launcher was not built beside the tests.");
    }

    [GeneratedRegex(@"^\s+(?<name>[a-z-]+)\s+gRPC \(HTTP/2\) at (?<address>http://\S+)")]
    private static partial Regex ServiceLine();
}
