using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Time;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>Training subsidies at the counter: 技能提升补贴, 职业培训补贴, 企业新型学徒制培训补贴.</summary>
public sealed class TrainingDesk(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, ChinaClock clock) : ApplicationDesk(calls, cases, clock)
{
    /// <summary>Its name in the workbench's addresses.</summary>
    public const string DeskName = "training";

    public override string Name => DeskName;

    public override string ServiceZh => "培训补贴";

    protected override string Service => PlatformServices.Training;

    public override string DecisionPathOf(string reference) => Decide.TrainingDecisionView.PathOf(reference);
}
