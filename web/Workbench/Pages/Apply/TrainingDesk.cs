using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.Training.V1;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>Training subsidies at the counter: 技能提升补贴, 职业培训补贴, 企业新型学徒制培训补贴.</summary>
public sealed class TrainingDesk(ServiceCalls calls, ChinaClock clock) : ApplicationDesk<SubmitApplicationRequest, TrainingApplication>(calls, clock)
{
    /// <summary>Its name in the workbench's addresses.</summary>
    public const string DeskName = "training";

    public override string Name => DeskName;

    public override string DecisionPathOf(string reference) => Decide.TrainingDecisionView.PathOf(reference);

    public override string ServiceZh => "培训补贴";

    public override Task<ServiceAnswer<FormDescriptions>> FormsAsync(CancellationToken cancellationToken) =>
        Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, FormDescriptions>(ServiceZh,
            (client, options) => client.DescribeApplicationFormsAsync(new DescribeFormsRequest(), options).ResponseAsync, cancellationToken);

    protected override Task<ServiceAnswer<TrainingApplication>> CallAsync(SubmitApplicationRequest request, bool take, CancellationToken cancellationToken) =>
        Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, TrainingApplication>(ServiceZh,
            (client, options) => (take ? client.SubmitApplicationAsync(request, options) : client.PreviewApplicationAsync(request, options)).ResponseAsync, cancellationToken);

    protected override Judgement Judge(TrainingApplication answer) =>
        new(answer.ApplicationId, answer.ProgressCode, answer.Amount, StateNames.Of(answer.Status), [("申请人", answer.Explanation)]);
}
