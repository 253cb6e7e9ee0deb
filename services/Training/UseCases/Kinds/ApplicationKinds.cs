using Employment.Persistence.Submissions;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Microsoft.Extensions.DependencyInjection;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// The kinds of training subsidy this service takes, each registered under its <see cref="V1.SubsidyKind"/>
/// (<see cref="ApplicationKindRegistration.AddApplicationKind{TKind}"/>), and the decision region every kind
/// is judged in (R27).
/// </summary>
public sealed class ApplicationKinds(SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, ApplicationStore store)
{
    /// <summary>The class that takes the request's kind, once the kind and the decision region have passed their checks.</summary>
    public IApplicationKind For(V1.SubmitApplicationRequest request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!kinds.Takes(request.Kind))
        {
            throw RpcErrors.Invalid("kind", $"请选择补贴类型（kind）：{kinds.NamesZh("或")}。");
        }

        var kind = kinds.Of(request.Kind);
        OnlineTaking.Admit(request, kind, caller);
        var region = DecisionRegion(request, caller);
        OnlineApplications.Check(request, caller, store.MaterialsOf(request, region, caller));
        return kinds.For(request.Kind);
    }

    /// <summary>
    /// The decision region (R27): a place code the counter's office covers (PERMISSION_DENIED naming the field otherwise).
    /// A person online names where they are insured, and the application goes to that office.
    /// </summary>
    public static Region DecisionRegion(V1.SubmitApplicationRequest request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var code = RegionCodes.Place(request.Region, "region", required: true);
        OnlineTaking.RequireCovers(caller, "region", code);
        return Region.Parse(code);
    }
}

public static class ApplicationKindRegistration
{
    /// <summary>Registers a kind of application: its class under each kind it takes, and what it needs beside itself.</summary>
    public static IServiceCollection AddApplicationKind<TKind>(this IServiceCollection services)
        where TKind : class, IApplicationKind, IRegisteredKind<V1.SubsidyKind> =>
        services.AddSubsidyKind<V1.SubsidyKind, IApplicationKind, TKind>();
}
