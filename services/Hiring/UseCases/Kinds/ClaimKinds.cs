using Employment.ServiceDefaults.Errors;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The kinds of claim this service takes, each registered under its <see cref="V1.SubsidyKind"/> (a keyed
/// service, <see cref="ClaimKindRegistration.AddClaimKind{TKind}"/>). A kind the contract names but no
/// class takes is UNIMPLEMENTED, never judged by the wrong rules.
/// </summary>
public sealed class ClaimKinds(IServiceProvider services, IEnumerable<ClaimKinds.TakenKind> taken)
{
    /// <summary>One kind a registered class takes, with the name a clerk reads.</summary>
    public sealed record TakenKind(V1.SubsidyKind Kind, string NameZh);

    private readonly List<TakenKind> _taken = [.. taken];

    /// <summary>The class that takes the request's kind, once the request's text has passed its checks.</summary>
    public IClaimKind For(V1.SubmitClaimRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == V1.SubsidyKind.Unspecified)
        {
            throw RpcErrors.Invalid("kind", "请选择补贴类型（kind）。");
        }

        if (!_taken.Exists(t => t.Kind == request.Kind))
        {
            var names = _taken.Select(t => t.NameZh).ToList();
            var listed = names.Count > 1 ? string.Join("、", names[..^1]) + "和" + names[^1] : string.Join("", names);
            throw new RpcException(new Status(StatusCode.Unimplemented, $"暂不受理该类补贴（{request.Kind}）：目前受理{listed}。 (field: kind)"));
        }

        ClaimText.Check(request);
        return services.GetRequiredKeyedService<IClaimKind>(request.Kind);
    }
}

public static class ClaimKindRegistration
{
    /// <summary>Registers a kind of claim: its class under each kind it takes, and what it needs beside itself.</summary>
    public static IServiceCollection AddClaimKind<TKind>(this IServiceCollection services)
        where TKind : class, IClaimKind, IRegisteredClaimKind
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var (kind, name) in TKind.Taken)
        {
            services.AddKeyedScoped<IClaimKind, TKind>(kind);
            services.AddSingleton(new ClaimKinds.TakenKind(kind, name));
        }

        TKind.AddServices(services);
        return services;
    }
}
