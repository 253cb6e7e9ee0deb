using Employment.ProfileCache;

namespace Employment.Training.UseCases;

/// <summary>How the training service names the person of a request when it asks the registry for them.</summary>
public static class ApplicantQuery
{
    private const string Purpose = "training.skill_upgrade";

    /// <summary>The applicant named by the request's <c>person</c>.</summary>
    public static RegistryQuery For(DateOnly today) => new(Purpose, "申请人", "person", today);
}
