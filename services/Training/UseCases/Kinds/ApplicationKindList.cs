using Employment.Persistence.Submissions;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// The kinds of training subsidy this service takes, one line each (each in its folder under <c>Kinds/</c>);
/// the order is the order clerks read them in. The module registers them from here, and the keys the service
/// requires for their measures (<see cref="Domain.TrainingPolicyKeys.All"/>) are derived from here.
/// </summary>
public static class ApplicationKindList
{
    public static SubsidyKindList<V1.SubsidyKind, IApplicationKind> Kinds { get; } = new SubsidyKindList<V1.SubsidyKind, IApplicationKind>()
        .Add<SkillUpgradeApplications>()
        .Add<VocationalTrainingApplications>()
        .Add<ApprenticeshipApplications>();
}
