using System.Reflection;
using Employment.Common.V1;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults;

/// <summary>The descriptors of every contract compiled into Employment.Contracts (every file in protos/).</summary>
public static class ContractDescriptors
{
    public static IReadOnlyList<FileDescriptor> Files { get; } = Load();

    // The generated *Reflection classes each expose their file's descriptor.
    private static FileDescriptor[] Load() =>
        typeof(AccessReflection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();
}
