namespace Grpc.Core;

/// <summary>Receives the methods of a service from generated <c>BindService</c> code.</summary>
public abstract class ServiceBinderBase
{
    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class => throw new NotImplementedException();

    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class => throw new NotImplementedException();

    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class => throw new NotImplementedException();

    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class => throw new NotImplementedException();
}

/// <summary>Names the static method that binds a generated service base to a <see cref="ServiceBinderBase"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public class BindServiceMethodAttribute : Attribute
{
    public BindServiceMethodAttribute(Type bindType, string bindMethodName)
    {
        BindType = bindType;
        BindMethodName = bindMethodName;
    }

    public Type BindType { get; }

    public string BindMethodName { get; }
}

/// <summary>The methods of one service with their handlers, bound to an instance.</summary>
public class ServerServiceDefinition
{
    private readonly IReadOnlyList<Action<ServiceBinderBase>> _bindActions;

    private ServerServiceDefinition(IReadOnlyList<Action<ServiceBinderBase>> bindActions)
    {
        _bindActions = bindActions;
    }

    public static Builder CreateBuilder() => new();

    /// <summary>Replays every method into <paramref name="serviceBinder"/>.</summary>
    public void BindService(ServiceBinderBase serviceBinder)
    {
        foreach (var bind in _bindActions)
        {
            bind(serviceBinder);
        }
    }

    public class Builder
    {
        private readonly Dictionary<string, Action<ServiceBinderBase>> _methods = new();

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public ServerServiceDefinition Build() => new(_methods.Values.ToList());

        private Builder Add(IMethod method, Action<ServiceBinderBase> bind)
        {
            if (!_methods.TryAdd(method.FullName, bind))
            {
                throw new ArgumentException($"Method '{method.FullName}' is added twice.");
            }

            return this;
        }
    }
}
