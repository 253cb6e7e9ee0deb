using System.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Grpc.AspNetCore.Server.Internal;

/// <summary>Metadata on each gRPC endpoint: which service type and method it serves.</summary>
public sealed record GrpcMethodMetadata(Type ServiceType, IMethod Method);

/// <summary>
/// Receives the methods of a generated service base from its <c>BindService</c> and maps each to a
/// POST endpoint whose handler calls the method on a per-call service instance.
/// </summary>
internal sealed class ServiceRouteBinder<TService> : ServiceBinderBase
    where TService : class
{
    private readonly IEndpointRouteBuilder _endpoints;
    private readonly ServerCallSettings _settings;
    private readonly ServiceActivator<TService> _activator = new();

    public ServiceRouteBinder(IEndpointRouteBuilder endpoints, ServerCallSettings settings)
    {
        _endpoints = endpoints;
        _settings = settings;
    }

    public List<IEndpointConventionBuilder> Conventions { get; } = new();

    public List<IMethod> Methods { get; } = new();

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>(method, typeof(TRequest), typeof(ServerCallContext));
        Map(method, new UnaryServerCallHandler<TService, TRequest, TResponse>(method, _settings, _activator, invoker).HandleCallAsync);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>(
            method, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        Map(method, new ServerStreamingServerCallHandler<TService, TRequest, TResponse>(method, _settings, _activator, invoker).HandleCallAsync);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>>>(
            method, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext));
        Map(method, new ClientStreamingServerCallHandler<TService, TRequest, TResponse>(method, _settings, _activator, invoker).HandleCallAsync);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>>(
            method, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        Map(method, new DuplexStreamingServerCallHandler<TService, TRequest, TResponse>(method, _settings, _activator, invoker).HandleCallAsync);
    }

    private void Map(IMethod method, RequestDelegate requestDelegate)
    {
        var builder = _endpoints.MapMethods(method.FullName, [HttpMethods.Post], requestDelegate)
            .WithDisplayName($"gRPC - {method.FullName}")
            .WithMetadata(new GrpcMethodMetadata(typeof(TService), method));
        Conventions.Add(builder);
        Methods.Add(method);
    }

    /// <summary>An open-instance delegate to the service method, so one delegate serves every per-call instance.</summary>
    private static TDelegate CreateInvoker<TDelegate>(IMethod method, params Type[] parameterTypes)
        where TDelegate : Delegate
    {
        var methodInfo = typeof(TService).GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, parameterTypes)
            ?? throw new InvalidOperationException($"{typeof(TService)} has no method {method.Name} for {method.FullName}.");
        return methodInfo.CreateDelegate<TDelegate>();
    }
}

internal static class ServiceRouteBinder
{
    public static IReadOnlyList<IEndpointConventionBuilder> MapService<TService>(IEndpointRouteBuilder endpoints)
        where TService : class
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<ServerCallSettings>();
        var registry = endpoints.ServiceProvider.GetRequiredService<GrpcServiceRegistry>();
        var (bindMethod, serviceBase) = FindBindMethod(typeof(TService));
        var binder = new ServiceRouteBinder<TService>(endpoints, settings);
        bindMethod.Invoke(null, [binder, null]);
        if (binder.Methods.Count > 0)
        {
            registry.Add(new RegisteredGrpcService(binder.Methods[0].ServiceName, typeof(TService), serviceBase.DeclaringType, binder.Methods));
        }

        return binder.Conventions;
    }

    private static (MethodInfo BindMethod, Type ServiceBase) FindBindMethod(Type serviceType)
    {
        for (var type = serviceType; type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } attribute)
            {
                var bind = attribute.BindType.GetMethod(attribute.BindMethodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static,
                    [typeof(ServiceBinderBase), type]);
                return bind is null
                    ? throw new InvalidOperationException($"{attribute.BindType}.{attribute.BindMethodName}(ServiceBinderBase, {type.Name}) was not found.")
                    : (bind, type);
            }
        }

        throw new InvalidOperationException($"{serviceType} does not derive from a generated gRPC service base (no [BindServiceMethod]).");
    }
}
