using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;

namespace Employment.ServiceDefaults.Reflection;

/// <summary>
/// The proto files behind the mapped services, with their dependencies, indexed by file name, by
/// fully-qualified symbol and by extension, as server reflection looks them up.
/// </summary>
public sealed class DescriptorIndex
{
    private readonly Dictionary<string, FileDescriptor> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, int Number), FileDescriptor> _extensions = new();

    public DescriptorIndex(IEnumerable<string> serviceNames, IEnumerable<ServiceDescriptor> services)
    {
        ServiceNames = serviceNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var service in services)
        {
            AddFile(service.File);
        }
    }

    /// <summary>Builds the index from what the application mapped, reading each generated class's Descriptor.</summary>
    public static DescriptorIndex FromRegistry(GrpcServiceRegistry registry)
    {
        var descriptors = registry.Services
            .Select(s => s.DeclaringType?.GetProperty("Descriptor")?.GetValue(null) as ServiceDescriptor)
            .OfType<ServiceDescriptor>();
        return new DescriptorIndex(registry.Services.Select(s => s.Name), descriptors);
    }

    public IReadOnlyList<string> ServiceNames { get; }

    public FileDescriptor? FindFile(string name) => _files.GetValueOrDefault(name);

    public FileDescriptor? FindFileContainingSymbol(string symbol) => _symbols.GetValueOrDefault(symbol);

    public FileDescriptor? FindFileContainingExtension(string containingType, int number) =>
        _extensions.GetValueOrDefault((containingType, number));

    public IReadOnlyList<int>? ExtensionNumbersOf(string type) =>
        _symbols.ContainsKey(type) ? _extensions.Keys.Where(k => k.Type == type).Select(k => k.Number).Order().ToArray() : null;

    /// <summary>A file followed by all it depends on, each once: what a reflection client needs to build it.</summary>
    public static IEnumerable<FileDescriptor> WithDependencies(FileDescriptor file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FileDescriptor>();
        pending.Push(file);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next.Name))
            {
                continue;
            }

            yield return next;
            foreach (var dependency in next.Dependencies)
            {
                pending.Push(dependency);
            }
        }
    }

    private void AddFile(FileDescriptor file)
    {
        if (!_files.TryAdd(file.Name, file))
        {
            return;
        }

        foreach (var dependency in file.Dependencies)
        {
            AddFile(dependency);
        }

        foreach (var message in file.MessageTypes)
        {
            AddMessage(file, message);
        }

        foreach (var enumType in file.EnumTypes)
        {
            _symbols.TryAdd(enumType.FullName, file);
        }

        foreach (var service in file.Services)
        {
            _symbols.TryAdd(service.FullName, file);
            foreach (var method in service.Methods)
            {
                _symbols.TryAdd(method.FullName, file);
            }
        }

        foreach (var extension in file.Extensions.UnorderedExtensions)
        {
            AddExtension(file, extension);
        }
    }

    private void AddMessage(FileDescriptor file, MessageDescriptor message)
    {
        _symbols.TryAdd(message.FullName, file);
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            _symbols.TryAdd(field.FullName, file);
        }

        foreach (var nested in message.NestedTypes)
        {
            AddMessage(file, nested);
        }

        foreach (var enumType in message.EnumTypes)
        {
            _symbols.TryAdd(enumType.FullName, file);
        }

        foreach (var extension in message.Extensions.UnorderedExtensions)
        {
            AddExtension(file, extension);
        }
    }

    private void AddExtension(FileDescriptor file, FieldDescriptor extension)
    {
        _symbols.TryAdd(extension.FullName, file);
        _extensions.TryAdd((extension.ExtendeeType.FullName, extension.FieldNumber), file);
    }
}
