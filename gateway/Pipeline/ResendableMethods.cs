using System.Collections.Frozen;
using Employment.ServiceDefaults;
using Google.Protobuf.Reflection;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// The unary RPCs whose contract declares them safe to send twice — the standard protobuf method option
/// <c>idempotency_level</c>, <c>NO_SIDE_EFFECTS</c> (reads) or <c>IDEMPOTENT</c> (writes made once per
/// idempotency key, a query whose second log line is the only trace) — read from the compiled
/// descriptors, so the declaration lives beside the RPC and not in a gateway list. Only these are sent to
/// another copy after a copy took the call and died without answering (<see cref="ConnectRetry"/>).
/// </summary>
public sealed class ResendableMethods
{
    private readonly FrozenSet<string> _paths;

    public ResendableMethods(IEnumerable<FileDescriptor> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _paths = files.SelectMany(f => f.Services).SelectMany(s => s.Methods)
            .Where(m => !m.IsClientStreaming && !m.IsServerStreaming && IsDeclaredSafeToRepeat(m))
            .Select(m => $"/{m.Service.FullName}/{m.Name}")
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every contract compiled into Employment.Contracts.</summary>
    public static ResendableMethods Shared { get; } = new(ContractDescriptors.Files);

    /// <summary>The declared method paths, for the tests and <c>/healthz</c> readers.</summary>
    public IReadOnlySet<string> Paths => _paths;

    /// <summary>True when the RPC (<c>/package.Service/Method</c>, as the access check named it) may be sent again.</summary>
    public bool Contains(string? methodPath) => methodPath is not null && _paths.Contains(methodPath);

    private static bool IsDeclaredSafeToRepeat(MethodDescriptor method) =>
        method.GetOptions()?.IdempotencyLevel is MethodOptions.Types.IdempotencyLevel.NoSideEffects or MethodOptions.Types.IdempotencyLevel.Idempotent;
}
