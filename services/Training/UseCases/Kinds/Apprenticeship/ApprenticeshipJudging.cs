using Employment.ServiceDefaults.Security;
using Employment.ProfileCache;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Apprenticeship;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>One 新型学徒制 judgement with what it was made from.</summary>
public sealed record JudgedApprenticeship(RegistryPerson Applicant, ApprenticeTrainingYear Year, Region Region, ApprenticeshipJudgement Judgement);

/// <summary>
/// Gathers what a 新型学徒制 decision reads — the apprentice through the profile cache, the training year,
/// the years already subsidised from this service's database — and judges it. Writes nothing.
/// </summary>
public sealed class ApprenticeshipJudging(TrainingDbContext db, RegionCheckedRegistry registry, ApprenticeshipRules rules, ChinaClock clock) : IApplicationJudging<JudgedApprenticeship>
{
    public async Task<JudgedApprenticeship> JudgeAsync(V1.SubmitApplicationRequest request, Region region, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.Today;
        var year = ApprenticeshipInput.From(request.Apprenticeship);
        var applicant = await registry.PersonAsync(caller, request.Person, ApplicantQuery.For(today), cancellationToken: cancellationToken);
        var prior = await db.ApprenticeYearsAsync(applicant.PersonId, (int)V1.SubsidyKind.NewApprenticeship, cancellationToken);
        var judgement = rules.Judge(new ApprenticeshipCase(year, prior, region, today));
        return new JudgedApprenticeship(applicant, year, region, judgement);
    }

    /// <summary>The uniqueness key of one apprentice's training year (每人每年: one subsidy, whatever the enterprise).</summary>
    public static string YearKey(string personId, int trainingYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{personId}/Y{trainingYear}");
}
