using Employment.Persistence.Submissions;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// One kind of training subsidy as the service takes it: previewed (judged, nothing stored) and submitted
/// (judged again and stored once). Each kind lives in its own folder under <c>Kinds/</c> and is found by its
/// <see cref="V1.SubsidyKind"/> (<see cref="ApplicationKinds"/>); each derives from <see cref="ApplicationKind{TJudged}"/>.
/// </summary>
public interface IApplicationKind : ISubsidyKind<V1.SubmitApplicationRequest, V1.TrainingApplication>
{
    /// <summary>The date whose rules judged the stored application (R1), as the audit export reports it.</summary>
    DateOnly EventDate(TrainingApplicationRecord row);
}

/// <summary>Judges one application of one kind in its decision region from the request and what the registry and the stored applications say; writes nothing.</summary>
public interface IApplicationJudging<TJudged>
{
    Task<TJudged> JudgeAsync(V1.SubmitApplicationRequest request, Region region, Caller caller, CancellationToken cancellationToken);
}
