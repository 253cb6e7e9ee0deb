using Google.Protobuf.Reflection;

namespace Employment.Gateway.Rest;

/// <summary>One REST route of an RPC, from its google.api.http rule (or one of its additional bindings).</summary>
/// <param name="Verb">GET, POST, PUT, DELETE, PATCH or a custom method.</param>
/// <param name="Body">"*" (the whole request), a request field's name, or empty (no body).</param>
public sealed record HttpBinding(string Verb, PathTemplate Path, string Body, MethodDescriptor Method)
{
    /// <summary>The gRPC path of the RPC, <c>/package.Service/Method</c>.</summary>
    public string MethodPath => $"/{Method.Service.FullName}/{Method.Name}";
}
