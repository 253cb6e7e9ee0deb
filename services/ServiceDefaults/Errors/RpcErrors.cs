using Grpc.Core;

namespace Employment.ServiceDefaults.Errors;

/// <summary>
/// Errors with a message a counter clerk can act on (Chinese) and the field or rule in the status
/// details (<see cref="StatusDetails"/>); the service's interceptor adds the domain.
/// </summary>
public static class RpcErrors
{
    public static RpcException Invalid(string field, string messageZh) =>
        new StatusDetails(StatusCode.InvalidArgument, messageZh) { Field = field }.ToException();

    public static RpcException NotFound(string what, string key) => DomainRuleMapping.ToRpc(DomainRuleException.NotFound(what, key));

    public static RpcException StaleVersion(string what, long current, long expected) => DomainRuleMapping.ToRpc(DomainRuleException.Stale(what, current, expected));

    public static RpcException Exists(string messageZh) => new StatusDetails(StatusCode.AlreadyExists, messageZh).ToException();

    /// <summary>The request is well formed but the record's state (or the policy in force) does not allow it.</summary>
    public static RpcException Precondition(string messageZh) => new StatusDetails(StatusCode.FailedPrecondition, messageZh).ToException();

    public static RpcException Denied(string messageZh) => new StatusDetails(StatusCode.PermissionDenied, messageZh).ToException();
}
