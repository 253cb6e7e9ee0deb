using Employment.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// One kind of claim as the service takes it: previewed (judged, nothing stored) and submitted (judged
/// again and stored once). Each kind lives in its own folder under <c>Kinds/</c> and is found by its
/// <see cref="V1.SubsidyKind"/> (<see cref="ClaimKinds"/>); most derive from <see cref="ClaimKind{TJudged}"/>,
/// which holds what every submission does.
/// </summary>
public interface IClaimKind
{
    Task<V1.HiringClaim> PreviewAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken);

    Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken);
}

/// <summary>What a kind's class tells the registration (<see cref="ClaimKindRegistration.AddClaimKind{TKind}"/>) about itself.</summary>
public interface IRegisteredClaimKind
{
    /// <summary>The contract's kinds this class takes, with the name a clerk reads (吸纳 and 扩岗 share one class).</summary>
    static abstract IReadOnlyList<(V1.SubsidyKind Kind, string NameZh)> Taken { get; }

    /// <summary>Registers what the kind needs beside itself: its judges and the use case that reads its facts.</summary>
    static abstract void AddServices(IServiceCollection services);
}

/// <summary>Judges a whole claim of one kind from the request and what the registry and the stored claims say; writes nothing.</summary>
public interface IClaimJudging<TJudged>
{
    Task<TJudged> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken);
}
