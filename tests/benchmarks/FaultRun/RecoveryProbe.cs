using Grpc.Health.V1;
using Grpc.Net.Client;

namespace FaultRun;

/// <summary>
/// After PostgreSQL returns: how long until each service copy says SERVING again on its own
/// grpc.health.v1 (the whole server, its database check included), asked directly every 100 ms.
/// </summary>
public static class RecoveryProbe
{
    public static async Task<IReadOnlyList<(string Process, double Seconds)>> WaitForAllAsync(IReadOnlyList<(string Process, string Address)> copies, TimeSpan limit)
    {
        var started = RunClock.Now;
        var waits = copies.Select(async copy =>
        {
            using var channel = GrpcChannel.ForAddress(copy.Address);
            var client = new Health.HealthClient(channel);
            while (RunClock.Now - started < limit.TotalSeconds)
            {
                try
                {
                    var answer = await client.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                    if (answer.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                    {
                        return (copy.Process, RunClock.Now - started);
                    }
                }
                catch (Grpc.Core.RpcException)
                {
                    // Not answering yet: ask again.
                }

                await Task.Delay(100);
            }

            return (copy.Process, double.PositiveInfinity);
        });
        return await Task.WhenAll(waits);
    }

    /// <summary>"name address" lines deploy/run-production.sh wrote for every copy.</summary>
    public static IReadOnlyList<(string Process, string Address)> Read(string addressesFile) =>
        File.ReadAllLines(addressesFile).Where(l => l.Contains(' ', StringComparison.Ordinal))
            .Select(l => (l[..l.IndexOf(' ', StringComparison.Ordinal)], l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim())).ToList();
}
