using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.Gateway;
using Employment.PolicyCatalog;
using Employment.Policy.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

// One unary RPC, PolicyCatalog/GetParameter on policy-catalog (the loan cap in force in Jiaozuo),
// called directly and through the gateway, in one run: throughput, p50 and p99, CPU per call, and the
// figures the hop is judged by (added CPU per call at most 40 µs, a lone caller's added p50 under 0.3 ms; the throughput ratio is printed, no longer a target: on two shared cores it is bounded near 0.4 by CPU).
// Twice: anonymous, and with a counter's bearer token, which the gateway verifies before proxying.
// Every leg is warmed before any is measured and the legs alternate over rounds (BenchmarkKit).
// Started by tests/benchmarks/gateway.sh. Prints figures; never fails on time.
var settings = LegSettings.FromArgs(args, calls: 20_000, concurrency: 16);

await using var service = await ServiceUnderTest.StartAsync<PolicyCatalogModule>();
var serviceAddress = service.Address;

var grpcPort = FreePort.Get();
var gateway = GatewayHost.Build(
    [
        $"--Gateway:GrpcPort={grpcPort}",
        $"--Gateway:HttpPort={FreePort.Get()}",
        // Limits off: this measures the proxy path, not the public limit.
        "--Gateway:PublicRateLimit:PermitLimit=0",
        "--Gateway:BankRateLimit:PermitLimit=0",
        $"--ReverseProxy:Clusters:policy-catalog:Destinations:policy-catalog-1:Address={serviceAddress}",
        // Only the policy-catalog cluster has a destination here.
        "--ReverseProxy:Clusters:applicants:HealthCheck:Active:Enabled=false",
        "--ReverseProxy:Clusters:startup-loans:HealthCheck:Active:Enabled=false",
        .. TestCallers.HostArguments,
    ],
    b => b.Logging.ClearProviders());
await gateway.StartAsync();

using var directChannel = GrpcChannel.ForAddress(serviceAddress);
using var gatewayChannel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
var request = new GetParameterRequest
{
    Key = "loans.individual.subsidised_cap",
    Region = new RegionCode { Code = "410800" },
    On = new CalendarDate { Year = 2024, Month = 1, Day = 1 },
};

var direct = new PolicyCatalog.PolicyCatalogClient(directChannel);
var throughGateway = new PolicyCatalog.PolicyCatalogClient(gatewayChannel);
var (anonymous, counter) = (TestCallers.Public(), TestCallers.Counter());
var legs = new Leg[]
{
    new("direct, anonymous", async _ => await direct.GetParameterAsync(request, anonymous)),
    new("gateway, anonymous", async _ => await throughGateway.GetParameterAsync(request, anonymous)),
    new("direct, counter token", async _ => await direct.GetParameterAsync(request, counter)),
    new("gateway, counter token", async _ => await throughGateway.GetParameterAsync(request, counter)),
};

// BENCH_LEGS=gateway (a part of a leg's name) measures only the legs named so: for a profile of one path.
if (Environment.GetEnvironmentVariable("BENCH_LEGS") is { Length: > 0 } only)
{
    legs = legs.Where(l => l.Name.Contains(only, StringComparison.Ordinal)).ToArray();
}

Console.WriteLine($"PolicyCatalog/GetParameter, one HTTP/2 connection per channel; {settings}");
var results = await LegRunner.MeasureAsync(legs, settings);
results.Print(Console.Out);
Console.WriteLine("Per round, gateway against direct (median (min–max) of the rounds):");
foreach (var caller in new[] { "anonymous", "counter token" }.Where(c => legs.Any(l => l.Name == $"direct, {c}") && legs.Any(l => l.Name == $"gateway, {c}")))
{
    Console.WriteLine(
        $"  {caller,-14} throughput {results.Ratio($"gateway, {caller}", $"direct, {caller}", f => f.PerSecond).Format("F2")}" +
        $"   added p50 {results.Difference($"gateway, {caller}", $"direct, {caller}", f => f.P50Ms).Format("F3")} ms (target < 0.3 for a lone caller)" +
        $"   added CPU {results.Difference($"gateway, {caller}", $"direct, {caller}", f => f.CpuMicrosPerCall).Format("F0")} µs/call (target <= 40)");
}

await gateway.StopAsync();
