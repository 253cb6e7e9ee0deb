using Grpc.Core;

namespace Grpc.AspNetCore.Server;

/// <summary>The gRPC services an application has mapped, for health, reflection and unimplemented-call answers.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly List<RegisteredGrpcService> _services = new();
    private readonly object _lock = new();

    public IReadOnlyList<RegisteredGrpcService> Services
    {
        get
        {
            lock (_lock)
            {
                return _services.ToArray();
            }
        }
    }

    public bool Contains(string serviceName)
    {
        lock (_lock)
        {
            return _services.Exists(s => s.Name == serviceName);
        }
    }

    internal void Add(RegisteredGrpcService service)
    {
        lock (_lock)
        {
            _services.Add(service);
        }
    }
}

/// <summary>One mapped service: its full name, its implementation type and the generated class that declares it.</summary>
public sealed record RegisteredGrpcService(string Name, Type ImplementationType, Type? DeclaringType, IReadOnlyList<IMethod> Methods);
