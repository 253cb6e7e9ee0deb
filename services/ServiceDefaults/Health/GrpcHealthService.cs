using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Employment.ServiceDefaults.Health;

/// <summary>The standard grpc.health.v1.Health service, answered from ASP.NET Core health checks.</summary>
public sealed class GrpcHealthService(
    HealthStatusStore store,
    GrpcServiceRegistry registry,
    HealthCheckService healthChecks,
    GrpcHealthChecksPublisher publisher) : Grpc.Health.V1.Health.HealthBase
{
    public override Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context) =>
        // Answered from the published statuses without running checks: load balancers call this often.
        store.TryGet(request.Service, out var status)
            ? Task.FromResult(HealthStatusStore.Response(status))
            : CheckFirstTimeAsync(request, context);

    private async Task<HealthCheckResponse> CheckFirstTimeAsync(HealthCheckRequest request, ServerCallContext context)
    {
        if (!IsKnown(request.Service))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"Service '{request.Service}' is not served here."));
        }

        // Before the first published report: run the checks once now.
        publisher.Apply(await healthChecks.CheckHealthAsync(context.CancellationToken));
        return HealthStatusStore.Response(store.TryGet(request.Service, out var status) ? status : ServingStatus.Unknown);
    }

    public override async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responseStream, ServerCallContext context)
    {
        var changes = System.Threading.Channels.Channel.CreateUnbounded<ServingStatus>();
        void OnChanged(string service, ServingStatus status)
        {
            if (service == request.Service)
            {
                changes.Writer.TryWrite(status);
            }
        }

        store.Changed += OnChanged;
        try
        {
            ServingStatus? last = store.TryGet(request.Service, out var current)
                ? current
                : IsKnown(request.Service) ? ServingStatus.Unknown : ServingStatus.ServiceUnknown;
            await responseStream.WriteAsync(HealthStatusStore.Response(last.Value));
            await foreach (var status in changes.Reader.ReadAllAsync(context.CancellationToken))
            {
                if (status != last)
                {
                    last = status;
                    await responseStream.WriteAsync(HealthStatusStore.Response(status));
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher left; a Watch only ends this way.
        }
        finally
        {
            store.Changed -= OnChanged;
        }
    }

    private bool IsKnown(string service) => service.Length == 0 || registry.Contains(service);
}
