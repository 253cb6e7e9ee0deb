using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>
/// Every service the launcher starts. A new service adds its module here (and a project reference),
/// with a default port of its own.
/// </summary>
internal static class RegisteredServices
{
    public static IReadOnlyList<IServiceModule> All { get; } =
    [
        new Applicants.ApplicantsModule(),
        new Loans.LoansModule(),
        new PolicyCatalog.PolicyCatalogModule(),
        new Training.TrainingModule(),
        new Hiring.HiringModule(),
        new Jobs.JobsModule(),
        new Risk.RiskModule(),
        new Figures.FiguresModule(),
    ];
}
