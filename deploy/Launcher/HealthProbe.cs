using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher health &lt;address&gt; [service]</c>: one grpc.health.v1 Check; exit 0 when
/// SERVING. An address with a path (the public site's <c>http://…:5110/healthz</c>) is one HTTP GET instead. The container images have no gRPC probe of their own, so compose's health checks and the
/// production-shape script run this (Kubernetes probes gRPC itself).
/// </summary>
internal static class HealthProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            await Console.Error.WriteLineAsync("usage: health <http://host:port> [grpc service name] | health <http://host:port/healthz>");
            return 2;
        }

        if (new Uri(args[0]).AbsolutePath is { Length: > 1 })
        {
            return await HttpAsync(new Uri(args[0]));
        }

        using var channel = GrpcChannel.ForAddress(args[0]);
        try
        {
            var reply = await new Health.HealthClient(channel).CheckAsync(
                new HealthCheckRequest { Service = args.Length == 2 ? args[1] : "" }, deadline: DateTime.UtcNow.AddSeconds(3));
            Console.WriteLine(reply.Status);
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving ? 0 : 1;
        }
        catch (RpcException e)
        {
            await Console.Error.WriteLineAsync($"{e.StatusCode}: {e.Status.Detail}");
            return 1;
        }
    }

    /// <summary>A web host's health page (the public site's <c>/healthz</c>): exit 0 on 200.</summary>
    private static async Task<int> HttpAsync(Uri address)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var reply = await http.GetAsync(address);
            Console.WriteLine((int)reply.StatusCode);
            return reply.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
