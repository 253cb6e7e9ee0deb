using Employment.Training.Domain.Applications;
using Employment.Training.Domain.SkillUpgrade;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.Data;

/// <summary>What a person was granted before, as the skill-upgrade rules read it (every year: R24 looks back at 2023).</summary>
public static class PriorSubsidyQueries
{
    /// <summary>
    /// The person's skill-upgrade applications that were not rejected, plus the application that holds
    /// the certificate's number whoever it is for (one subsidy per certificate, ever).
    /// </summary>
    public static async Task<PriorSubsidies> ForAsync(this TrainingDbContext db, string personId, string certificateKey, CancellationToken cancellationToken)
    {
        var skillUpgrade = (int)V1.SubsidyKind.SkillUpgrade;
        var rejected = (int)ApplicationStatus.Rejected;
        var rows = await db.Applications.AsNoTracking()
            .Where(a => a.Kind == skillUpgrade && ((a.PersonId == personId && a.Status != rejected) || a.CertificateKey == certificateKey))
            .OrderBy(a => a.Id)
            .Select(a => new PriorSkillUpgrade(a.Id, a.CertificateNumber, a.OccupationCode, (CertificateLevel)a.Level, a.IssueDate))
            .ToListAsync(cancellationToken);
        // Vocational training subsidies are not taken yet (issue 13, later step): none to stack with.
        return new PriorSubsidies(rows, []);
    }
}
