using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Employment.Training.UseCases;
using Grpc.Core;
using V1 = Employment.Training.V1;

namespace Employment.Training.Grpc;

/// <summary>
/// employment.training.v1.TrainingSubsidies. Each method checks the caller and the request's shape,
/// calls one use case and returns its answer; rules live in Domain/, data in Data/. Roles are the
/// proto's (checked again here by the host's access interceptor); a counter acts within its region.
/// </summary>
internal sealed class TrainingSubsidiesService(
    ICallerResolver callers,
    ApplicationKinds kinds,
    DecideApplication decide,
    ApplicationQueries queries,
    SelfCheckSkillUpgrade selfCheck,
    SelfCheckTraining trainingCheck,
    ApplicationForms forms,
    ServiceDefaults.Time.ChinaClock clock) : V1.TrainingSubsidies.TrainingSubsidiesBase
{
    /// <summary>Public: every kind's questions as a form, for a counter's screen or the online hall to render.</summary>
    public override Task<Common.V1.FormDescriptions> DescribeApplicationForms(Common.V1.DescribeFormsRequest request, ServerCallContext context) =>
        Task.FromResult(forms.Describe(null, clock.Today));

    public override Task<V1.TrainingApplication> PreviewApplication(V1.SubmitApplicationRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        return kinds.For(request, caller).PreviewAsync(request, caller, context.CancellationToken);
    }

    public override Task<V1.TrainingApplication> SubmitApplication(V1.SubmitApplicationRequest request, ServerCallContext context)
    {
        var clerk = callers.Resolve(context);
        return kinds.For(request, clerk).SubmitAsync(request, clerk, context.CancellationToken);
    }

    public override Task<V1.TrainingApplication> DecideApplication(V1.DecideApplicationRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.ApplicationId, "application_id", "申请编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);

        return decide.DecideAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.TrainingApplication> GetApplication(V1.GetApplicationRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.ApplicationId, "application_id", "申请编号");
        return queries.GetAsync(request.ApplicationId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListApplicationsResponse> ListApplications(V1.ListApplicationsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    /// <summary>Public: anyone, no token; the region is the one they name (no counter scope applies).</summary>
    public override Task<V1.SkillUpgradeSelfCheck> CheckSkillUpgrade(V1.SkillUpgradeSelfCheckRequest request, ServerCallContext context)
    {
        var region = Region.Parse(RegionCodes.Place(request.Region, "region", required: true));
        return Task.FromResult(selfCheck.Check(request, region));
    }

    public override Task<V1.TrainingSelfCheck> CheckTraining(V1.TrainingSelfCheckRequest request, ServerCallContext context) =>
        Task.FromResult(trainingCheck.Check(request));
}
