using System.Diagnostics;
using Employment.Common.V1;
using Employment.Gateway;
using Employment.PolicyCatalog;
using Employment.Policy.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

// One unary RPC, PolicyCatalog/GetParameter on policy-catalog (the loan cap in force in Jiaozuo),
// called directly and through the gateway, in one run: throughput, p50 and p99, and the ratios the
// gateway issue asks about (target: through the gateway at least 0.6 of direct, added p50 under
// 0.5 ms). Twice: anonymous, and with a counter's bearer token, which the gateway verifies before
// proxying. Started by tests/benchmarks/gateway.sh. Prints figures; never fails on time.
var calls = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 16;

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

using var direct = GrpcChannel.ForAddress(serviceAddress);
using var throughGateway = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
var request = new GetParameterRequest
{
    Key = "loans.individual.subsidised_cap",
    Region = new RegionCode { Code = "410800" },
    On = new CalendarDate { Year = 2024, Month = 1, Day = 1 },
};

// Every path warmed before anything is measured, so no leg pays for the JIT.
foreach (var channel in new[] { direct, throughGateway })
{
    foreach (var headers in new[] { TestCallers.Public(), TestCallers.Counter() })
    {
        var client = new PolicyCatalog.PolicyCatalogClient(channel);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < Math.Max(calls / 10 / concurrency, 50); i++)
            {
                await client.GetParameterAsync(request, headers);
            }
        })));
    }
}

Console.WriteLine($"PolicyCatalog/GetParameter, {calls:N0} calls, {concurrency} concurrent, one HTTP/2 connection per channel, {Environment.ProcessorCount} cores");
foreach (var (label, headers) in new[] { ("anonymous", TestCallers.Public()), ("counter token", TestCallers.Counter()) })
{
    var directFigures = await MeasureAsync($"direct          ({label})", new PolicyCatalog.PolicyCatalogClient(direct), headers);
    var gatewayFigures = await MeasureAsync($"through gateway ({label})", new PolicyCatalog.PolicyCatalogClient(throughGateway), headers);
    Console.WriteLine(
        $"  ratio gateway/direct throughput {gatewayFigures.PerSecond / directFigures.PerSecond,5:F2}  (target >= 0.6)   " +
        $"added p50 {gatewayFigures.P50 - directFigures.P50,6:F3} ms (target < 0.5)   added p99 {gatewayFigures.P99 - directFigures.P99,6:F3} ms");
}

await gateway.StopAsync();
return;

async Task<(double PerSecond, double P50, double P99)> MeasureAsync(string name, PolicyCatalog.PolicyCatalogClient client, Metadata headers)
{
    var latencies = new double[calls];
    var next = -1;
    var total = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < calls)
        {
            var start = Stopwatch.GetTimestamp();
            await client.GetParameterAsync(request, headers);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    })));
    var perSecond = calls / total.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    var (p50, p99) = (latencies[calls / 2], latencies[calls * 99 / 100]);
    Console.WriteLine($"  {name,-34} {perSecond,9:N0} calls/s   p50 {p50,7:F3} ms   p99 {p99,7:F3} ms");
    return (perSecond, p50, p99);
}
