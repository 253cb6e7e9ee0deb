using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Time;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>Hiring and start-up subsidies at the counter: the employers' claims and the persons' own (灵活就业社保补贴, 交通补助).</summary>
public sealed class HiringDesk(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, ChinaClock clock) : ApplicationDesk(calls, cases, clock)
{
    /// <summary>Its name in the workbench's addresses.</summary>
    public const string DeskName = "hiring";

    public override string Name => DeskName;

    public override string ServiceZh => "就业补贴";

    protected override string Service => PlatformServices.Hiring;

    public override string DecisionPathOf(string reference) => Decide.HiringDecisionView.PathOf(reference);
}
