using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Time;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>Hiring and start-up subsidies at the counter: the employers' claims and the persons' own (灵活就业社保补贴, 交通补助).</summary>
public sealed class HiringDesk(ServiceCalls calls, ChinaClock clock) : ApplicationDesk<SubmitClaimRequest, HiringClaim>(calls, clock)
{
    /// <summary>Its name in the workbench's addresses.</summary>
    public const string DeskName = "hiring";

    public override string Name => DeskName;

    public override string DecisionPathOf(string reference) => Decide.HiringDecisionView.PathOf(reference);

    public override string ServiceZh => "就业补贴";

    public override Task<ServiceAnswer<FormDescriptions>> FormsAsync(CancellationToken cancellationToken) =>
        Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, FormDescriptions>(ServiceZh,
            (client, options) => client.DescribeClaimFormsAsync(new DescribeFormsRequest(), options).ResponseAsync, cancellationToken);

    protected override Task<ServiceAnswer<HiringClaim>> CallAsync(SubmitClaimRequest request, bool take, CancellationToken cancellationToken) =>
        Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, HiringClaim>(ServiceZh,
            (client, options) => (take ? client.SubmitClaimAsync(request, options) : client.PreviewClaimAsync(request, options)).ResponseAsync, cancellationToken);

    protected override Judgement Judge(HiringClaim answer)
    {
        List<(string, Explanation)> explanations = [];
        if (answer.EmployerExplanation is { Checks.Count: > 0 } employer)
        {
            explanations.Add(("申请单位", employer));
        }

        explanations.AddRange(answer.Items.Select((item, i) => ($"第 {i + 1} 项{(item.PersonIdNumber.Length > 0 ? "：" + item.PersonIdNumber : "")}", item.Explanation)));
        return new(answer.ClaimId, answer.ProgressCode, answer.Total, StateNames.Of(answer.Status), explanations);
    }
}
