using System.Text.RegularExpressions;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Xunit;

namespace Launcher.Tests;

/// <summary>`dotnet run --project deploy/Launcher`, the README's run command, as a separate process.</summary>
public sealed partial class LauncherTests
{
    [Fact(Timeout = 600_000)]
    public async Task The_launcher_starts_every_service_healthy_and_stops_on_ctrl_c()
    {
        await using var platform = await LaunchedPlatform.StartAsync();
        var services = platform.Output
            .Select(l => ServiceLine().Match(l))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["address"].Value);

        Assert.Contains("applicants", services.Keys);
        Assert.Contains("startup-loans", services.Keys);
        Assert.Contains("policy-catalog", services.Keys);
        Assert.Contains("training-subsidies", services.Keys);
        Assert.Contains("hiring-subsidies", services.Keys);
        Assert.Contains("job-matching", services.Keys);
        foreach (var (name, address) in services)
        {
            using var channel = GrpcChannel.ForAddress(address);
            var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(20));
            Assert.True(health.Status == HealthCheckResponse.Types.ServingStatus.Serving, $"{name} at {address} is {health.Status}");
        }

        var output = await platform.InterruptAsync();
        Assert.Contains(output, l => l.Trim() == "Stopped.");
    }

    [GeneratedRegex(@"^\s+(?<name>[a-z-]+)\s+gRPC \(HTTP/2\) at (?<address>http://\S+)")]
    private static partial Regex ServiceLine();
}
