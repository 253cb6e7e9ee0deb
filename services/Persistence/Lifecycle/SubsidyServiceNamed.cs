using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// The subsidy service a host is, for the shared contracts it serves: a call that names another service (its
/// <c>x-subsidy-service</c> header, or the REST path's <c>subsidy_service</c>) reached the wrong host and is refused
/// rather than answered from this one's records. A call that names none came straight to this host's address.
/// </summary>
public sealed class SubsidyServiceNamed(string name)
{
    public string Name { get; } = name;

    /// <summary>The service's name as people read it (职业培训补贴服务), or its name where the platform does not list it.</summary>
    public string NameZh => PlatformServices.Find(Name)?.NameZh ?? Name;

    /// <summary>The caller of a call that reached its service (refused when it names another).</summary>
    public Caller CallerOf(ServerCallContext context, ICallerResolver callers)
    {
        ArgumentNullException.ThrowIfNull(callers);
        RequireHere(context);
        return callers.Resolve(context);
    }

    public void RequireHere(ServerCallContext context, string? inRequest = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var named = context.RequestHeaders.GetValue(SubsidyServiceCalls.Header);
        if (string.IsNullOrEmpty(named))
        {
            named = inRequest;
        }

        if (string.IsNullOrEmpty(named) || string.Equals(named, Name, StringComparison.Ordinal))
        {
            return;
        }

        throw RpcErrors.Invalid(SubsidyServiceCalls.Header,
            $"该调用到达了{NameZh}（{Name}），所指明的业务服务却是{SubsidyServiceCalls.Quoted(named)}；请在 {SubsidyServiceCalls.Header} 中指明办理该业务的服务。");
    }
}
