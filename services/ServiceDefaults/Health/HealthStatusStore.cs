using Grpc.Health.V1;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Employment.ServiceDefaults.Health;

/// <summary>
/// The serving status of each gRPC service name, as last published by the health checks. Check
/// reads it without running checks; Watch subscribers hear of every change.
/// </summary>
public sealed class HealthStatusStore
{
    private readonly Dictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public event Action<string, ServingStatus>? Changed;

    public bool TryGet(string service, out ServingStatus status)
    {
        lock (_lock)
        {
            return _statuses.TryGetValue(service, out status);
        }
    }

    public void Set(string service, ServingStatus status)
    {
        bool changed;
        lock (_lock)
        {
            changed = !_statuses.TryGetValue(service, out var previous) || previous != status;
            _statuses[service] = status;
        }

        if (changed)
        {
            Changed?.Invoke(service, status);
        }
    }

    internal static HealthCheckResponse Response(ServingStatus status) => status switch
    {
        ServingStatus.Serving => ServingResponse,
        ServingStatus.NotServing => NotServingResponse,
        _ => new HealthCheckResponse { Status = status },
    };

    // Shared, never mutated: the answer to nearly every Check.
    private static readonly HealthCheckResponse ServingResponse = new() { Status = ServingStatus.Serving };
    private static readonly HealthCheckResponse NotServingResponse = new() { Status = ServingStatus.NotServing };
}
