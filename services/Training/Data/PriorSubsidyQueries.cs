using Employment.Training.Domain.Applications;
using Employment.Training.Domain.Apprenticeship;
using Employment.Training.Domain.SkillUpgrade;
using Microsoft.EntityFrameworkCore;

namespace Employment.Training.Data;

/// <summary>What a person was granted before, as the training rules read it (every year: R24 looks back at 2023).</summary>
public static class PriorSubsidyQueries
{
    /// <summary>
    /// The person's skill-upgrade and vocational-training applications that were not rejected, plus the
    /// application of each kind that holds the certificate's number whoever it is for (one subsidy per
    /// certificate and kind, ever); one its applicant withdrew counts for neither. The two kinds are the stored numbers their classes name.
    /// </summary>
    public static async Task<PriorSubsidies> ForAsync(this TrainingDbContext db, string personId, string certificateKey, (int SkillUpgrade, int Vocational) kinds, CancellationToken cancellationToken)
    {
        var (skillUpgrade, vocational) = kinds;
        var rejected = (int)ApplicationStatus.Rejected;
        var withdrawn = (int)ApplicationStatus.Withdrawn;
        var rows = await db.Applications.AsNoTracking()
            .Where(a => (a.Kind == skillUpgrade || a.Kind == vocational) && a.Status != withdrawn
                && ((a.PersonId == personId && a.Status != rejected) || a.CertificateKey == certificateKey))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Kind, a.CertificateNumber, a.OccupationCode, a.Level, a.IssueDate, a.CourseId, a.CourseEnd })
            .ToListAsync(cancellationToken);
        var skill = rows.Where(a => a.Kind == skillUpgrade)
            .Select(a => new PriorSkillUpgrade(a.Id, a.CertificateNumber, a.OccupationCode, (CertificateLevel)a.Level, a.IssueDate))
            .ToList();
        var training = rows.Where(a => a.Kind == vocational && a.CourseEnd is not null)
            .Select(a => new PriorVocationalTraining(a.Id, a.OccupationCode, (CertificateLevel)a.Level, a.CourseEnd!.Value, a.CourseId, a.CertificateNumber))
            .ToList();
        return new PriorSubsidies(skill, training);
    }

    /// <summary>The apprentice's 新型学徒制 training years already subsidised (not rejected), whichever enterprise trained them.</summary>
    /// <param name="apprenticeship">The stored number of the apprenticeship kind, as its class names it.</param>
    public static async Task<IReadOnlyList<PriorApprenticeYear>> ApprenticeYearsAsync(this TrainingDbContext db, string personId, int apprenticeship, CancellationToken cancellationToken)
    {
        var rejected = (int)ApplicationStatus.Rejected;
        var withdrawn = (int)ApplicationStatus.Withdrawn;
        return await db.Applications.AsNoTracking()
            .Where(a => a.Kind == apprenticeship && a.PersonId == personId && a.Status != rejected && a.Status != withdrawn)
            .OrderBy(a => a.Id)
            .Select(a => new PriorApprenticeYear(a.Id, a.TrainingYear))
            .ToListAsync(cancellationToken);
    }
}
