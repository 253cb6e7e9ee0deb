using Grpc.Core;

namespace Employment.ServiceDefaults.Errors;

/// <summary>Errors with a message a counter clerk can act on (Chinese first) and the field or rule in English.</summary>
public static class RpcErrors
{
    public static RpcException Invalid(string field, string messageZh) =>
        new(new Status(StatusCode.InvalidArgument, $"{messageZh} (field: {field})"));

    public static RpcException NotFound(string what, string key) =>
        new(new Status(StatusCode.NotFound, $"未找到{what}：{key}。 (No {what} with key {key}.)"));

    public static RpcException StaleVersion(string what, long current, long expected) =>
        new(new Status(StatusCode.Aborted,
            $"{what}已被他人修改：当前版本 {current}，提交时依据的版本 {expected}。请刷新后重新提交。 (Stale expected_version {expected}; current version is {current}.)"));

    public static RpcException Exists(string messageZh) => new(new Status(StatusCode.AlreadyExists, messageZh));

    /// <summary>The request is well formed but the record's state (or the policy in force) does not allow it.</summary>
    public static RpcException Precondition(string messageZh) => new(new Status(StatusCode.FailedPrecondition, messageZh));

    public static RpcException Denied(string messageZh) => new(new Status(StatusCode.PermissionDenied, messageZh));
}
