using System.IO.Compression;
using Grpc.Core.Interceptors;
using Grpc.Net.Compression;
using Grpc.Transport.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Grpc.AspNetCore.Server;

/// <summary>Options of the gRPC server, set through <c>services.AddGrpc(options => ...)</c>.</summary>
public class GrpcServiceOptions
{
    /// <summary>Largest message a call may receive; larger ones end it with RESOURCE_EXHAUSTED. 4 MiB by default; null for no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest message a call may send; null (the default) for no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Puts exception messages into INTERNAL statuses. Only for development: it leaks internals.</summary>
    public bool EnableDetailedErrors { get; set; }

    /// <summary>Compresses responses with this algorithm when the client accepts it (e.g. "gzip").</summary>
    public string? ResponseCompressionAlgorithm { get; set; }

    public CompressionLevel? ResponseCompressionLevel { get; set; }

    public IList<ICompressionProvider> CompressionProviders { get; } = MessageCompression.DefaultProviders();

    /// <summary>Server interceptors, run in the order added, each created per call.</summary>
    public InterceptorCollection Interceptors { get; } = new();
}

/// <summary>Server interceptor registrations: a type and constructor arguments beyond DI services.</summary>
public class InterceptorCollection : List<InterceptorRegistration>
{
    public void Add<TInterceptor>(params object[] args)
        where TInterceptor : Interceptor => Add(typeof(TInterceptor), args);

    public void Add(Type interceptorType, params object[] args) => Add(new InterceptorRegistration(interceptorType, args));
}

public sealed class InterceptorRegistration
{
    private ObjectFactory? _factory;

    public InterceptorRegistration(Type type, object[] arguments)
    {
        if (!typeof(Interceptor).IsAssignableFrom(type))
        {
            throw new ArgumentException($"{type} is not an {nameof(Interceptor)}.", nameof(type));
        }

        Type = type;
        Arguments = arguments;
    }

    public Type Type { get; }

    public object[] Arguments { get; }

    internal Interceptor Create(IServiceProvider services)
    {
        if (Arguments.Length == 0 && services.GetService(Type) is Interceptor registered)
        {
            return registered;
        }

        _factory ??= ActivatorUtilities.CreateFactory(Type, Arguments.Select(a => a.GetType()).ToArray());
        return (Interceptor)_factory(services, Arguments);
    }
}
