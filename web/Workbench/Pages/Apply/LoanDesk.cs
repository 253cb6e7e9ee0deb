using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Time;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>创业担保贷款 at the counter: a person's, an individual business's, a partnership's or an enterprise's application, judged as the bank's query judges it.</summary>
public sealed class LoanDesk(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, ChinaClock clock) : ApplicationDesk(calls, cases, clock)
{
    /// <summary>Its name in the workbench's addresses.</summary>
    public const string DeskName = "loans";

    public override string Name => DeskName;

    public override string ServiceZh => "创业担保贷款";

    /// <summary>An ineligible application is taken like any other: the office's review refuses it.</summary>
    public override bool RefusesAsTaken => false;

    protected override string Service => PlatformServices.Loans;

    public override string DecisionPathOf(string reference) => Decide.LoanDecisionView.PathOf(reference);
}
