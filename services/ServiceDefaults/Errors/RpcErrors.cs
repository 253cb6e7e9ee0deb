using Grpc.Core;

namespace Employment.ServiceDefaults.Errors;

/// <summary>Errors with a message a counter clerk can act on (Chinese first) and the field or rule in English.</summary>
public static class RpcErrors
{
    public static RpcException Invalid(string field, string messageZh) =>
        new(new Status(StatusCode.InvalidArgument, $"{messageZh} (field: {field})"));

    public static RpcException NotFound(string what, string key) => DomainRuleMapping.ToRpc(DomainRuleException.NotFound(what, key));

    public static RpcException StaleVersion(string what, long current, long expected) => DomainRuleMapping.ToRpc(DomainRuleException.Stale(what, current, expected));

    public static RpcException Exists(string messageZh) => new(new Status(StatusCode.AlreadyExists, messageZh));

    /// <summary>The request is well formed but the record's state (or the policy in force) does not allow it.</summary>
    public static RpcException Precondition(string messageZh) => new(new Status(StatusCode.FailedPrecondition, messageZh));

    public static RpcException Denied(string messageZh) => new(new Status(StatusCode.PermissionDenied, messageZh));
}
