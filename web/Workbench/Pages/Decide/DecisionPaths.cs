using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>Where a service's record is decided on the workbench: the one place every screen that links a record asks.</summary>
public static class DecisionPaths
{
    /// <summary>The record's decision screen; null where the workbench has none for its service.</summary>
    public static string? Of(string service, string reference) => service switch
    {
        PlatformServices.Training => TrainingDecisionView.PathOf(reference),
        PlatformServices.Hiring => HiringDecisionView.PathOf(reference),
        PlatformServices.Loans => LoanDecisionView.PathOf(reference),
        _ => null,
    };
}
