namespace Employment.ServiceDefaults.Health;

/// <summary>
/// The grpc.health.v1 name a liveness probe asks for: SERVING while the process answers, whatever its
/// database, Redis or (in the gateway) its clusters say. A Kubernetes liveness probe restarts a pod that
/// fails it, and restarting every copy because PostgreSQL is away for a moment would only add to the
/// outage; readiness asks for the whole server ("") instead, which takes a copy out of rotation.
/// </summary>
public static class LivenessHealth
{
    public const string ServiceName = "liveness";

    /// <summary>The check that answers for the process itself, registered by every host.</summary>
    public const string ProcessCheck = "self";
}
