using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Transport.Protocol;
using Microsoft.AspNetCore.Http;

namespace Grpc.AspNetCore.Server.Internal;

/// <summary>
/// The HTTP side of one gRPC method: checks the request is gRPC, runs the call, and turns every
/// outcome into a status. Subclasses read requests and call the handler for their method type.
/// </summary>
internal abstract class ServerCallHandler<TService, TRequest, TResponse>
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected ServerCallHandler(Method<TRequest, TResponse> method, ServerCallSettings settings, ServiceActivator<TService> activator)
    {
        Method = method;
        Settings = settings;
        Activator = activator;
        HasInterceptors = settings.Options.Interceptors.Count > 0;
    }

    protected Method<TRequest, TResponse> Method { get; }

    protected ServerCallSettings Settings { get; }

    protected ServiceActivator<TService> Activator { get; }

    protected bool HasInterceptors { get; }

    public async Task HandleCallAsync(HttpContext httpContext)
    {
        if (!GrpcProtocol.IsGrpcContentType(httpContext.Request.ContentType))
        {
            await ProtocolErrors.WriteUnsupportedContentTypeAsync(httpContext).ConfigureAwait(false);
            return;
        }

        if (!HttpProtocol.IsHttp2(httpContext.Request.Protocol) && !HttpProtocol.IsHttp3(httpContext.Request.Protocol))
        {
            await ProtocolErrors.WriteUnsupportedProtocolAsync(httpContext).ConfigureAwait(false);
            return;
        }

        var call = new HttpContextServerCallContext(httpContext, Settings, Method);
        try
        {
            call.Initialize();
            await HandleCallCoreAsync(httpContext, call).ConfigureAwait(false);
            await call.EndCallAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await call.ProcessHandlerErrorAsync(ex).ConfigureAwait(false);
        }
        finally
        {
            await call.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected abstract Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext call);

    /// <summary>Creates this call's interceptors, first registered outermost.</summary>
    protected Interceptor[] CreateInterceptors(IServiceProvider services)
    {
        var registrations = Settings.Options.Interceptors;
        var interceptors = new Interceptor[registrations.Count];
        for (var i = 0; i < interceptors.Length; i++)
        {
            interceptors[i] = registrations[i].Create(services);
        }

        return interceptors;
    }
}

internal sealed class UnaryServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    ServerCallSettings settings,
    ServiceActivator<TService> activator,
    Func<TService, TRequest, ServerCallContext, Task<TResponse>> invoker)
    : ServerCallHandler<TService, TRequest, TResponse>(method, settings, activator)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext call)
    {
        var request = await call.Reader.ReadSingleAsync(Method.RequestMarshaller.ContextualDeserializer, call.CancellationToken).ConfigureAwait(false);
        var (service, created) = Activator.Create(httpContext.RequestServices);
        TResponse? response;
        try
        {
            // The common case, no interceptors, calls straight through without building a chain.
            response = HasInterceptors
                ? await Intercepted(httpContext, service)(request, call).ConfigureAwait(false)
                : await invoker(service, request, call).ConfigureAwait(false);
        }
        finally
        {
            await Activator.ReleaseAsync(service, created).ConfigureAwait(false);
        }

        if (response is null)
        {
            throw new RpcException(new Status(StatusCode.Internal, "The handler returned no response message."));
        }

        await call.WriteMessageAsync(response, Method.ResponseMarshaller.ContextualSerializer, flush: false).ConfigureAwait(false);
    }

    private UnaryServerMethod<TRequest, TResponse> Intercepted(HttpContext httpContext, TService service)
    {
        UnaryServerMethod<TRequest, TResponse> handler = (r, c) => invoker(service, r, c);
        foreach (var interceptor in CreateInterceptors(httpContext.RequestServices).Reverse())
        {
            var next = handler;
            handler = (r, c) => interceptor.UnaryServerHandler(r, c, next);
        }

        return handler;
    }
}

internal sealed class ServerStreamingServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    ServerCallSettings settings,
    ServiceActivator<TService> activator,
    Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> invoker)
    : ServerCallHandler<TService, TRequest, TResponse>(method, settings, activator)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext call)
    {
        var request = await call.Reader.ReadSingleAsync(Method.RequestMarshaller.ContextualDeserializer, call.CancellationToken).ConfigureAwait(false);
        var writer = new HttpContextStreamWriter<TResponse>(call, Method.ResponseMarshaller.ContextualSerializer);
        var (service, created) = Activator.Create(httpContext.RequestServices);
        try
        {
            ServerStreamingServerMethod<TRequest, TResponse> handler = (r, w, c) => invoker(service, r, w, c);
            if (HasInterceptors)
            {
                foreach (var interceptor in CreateInterceptors(httpContext.RequestServices).Reverse())
                {
                    var next = handler;
                    handler = (r, w, c) => interceptor.ServerStreamingServerHandler(r, w, c, next);
                }
            }

            await handler(request, writer, call).ConfigureAwait(false);
        }
        finally
        {
            await Activator.ReleaseAsync(service, created).ConfigureAwait(false);
        }
    }
}

internal sealed class ClientStreamingServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    ServerCallSettings settings,
    ServiceActivator<TService> activator,
    Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>> invoker)
    : ServerCallHandler<TService, TRequest, TResponse>(method, settings, activator)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext call)
    {
        var reader = new HttpContextStreamReader<TRequest>(call, Method.RequestMarshaller.ContextualDeserializer);
        var (service, created) = Activator.Create(httpContext.RequestServices);
        TResponse? response;
        try
        {
            ClientStreamingServerMethod<TRequest, TResponse> handler = (r, c) => invoker(service, r, c);
            if (HasInterceptors)
            {
                foreach (var interceptor in CreateInterceptors(httpContext.RequestServices).Reverse())
                {
                    var next = handler;
                    handler = (r, c) => interceptor.ClientStreamingServerHandler(r, c, next);
                }
            }

            response = await handler(reader, call).ConfigureAwait(false);
        }
        finally
        {
            await Activator.ReleaseAsync(service, created).ConfigureAwait(false);
        }

        if (response is null)
        {
            throw new RpcException(new Status(StatusCode.Internal, "The handler returned no response message."));
        }

        await call.WriteMessageAsync(response, Method.ResponseMarshaller.ContextualSerializer, flush: false).ConfigureAwait(false);
    }
}

internal sealed class DuplexStreamingServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    ServerCallSettings settings,
    ServiceActivator<TService> activator,
    Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> invoker)
    : ServerCallHandler<TService, TRequest, TResponse>(method, settings, activator)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext call)
    {
        var reader = new HttpContextStreamReader<TRequest>(call, Method.RequestMarshaller.ContextualDeserializer);
        var writer = new HttpContextStreamWriter<TResponse>(call, Method.ResponseMarshaller.ContextualSerializer);
        var (service, created) = Activator.Create(httpContext.RequestServices);
        try
        {
            DuplexStreamingServerMethod<TRequest, TResponse> handler = (r, w, c) => invoker(service, r, w, c);
            if (HasInterceptors)
            {
                foreach (var interceptor in CreateInterceptors(httpContext.RequestServices).Reverse())
                {
                    var next = handler;
                    handler = (r, w, c) => interceptor.DuplexStreamingServerHandler(r, w, c, next);
                }
            }

            await handler(reader, writer, call).ConfigureAwait(false);
        }
        finally
        {
            await Activator.ReleaseAsync(service, created).ConfigureAwait(false);
        }
    }
}
