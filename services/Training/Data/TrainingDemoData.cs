using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Security;
using Employment.Training.Domain.Applications;
using Employment.Training.Domain.SkillUpgrade;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.Data;

/// <summary>
/// One fictional application for a local run (Development only), so a newcomer can try the 办理进度
/// page at once: a skill-upgrade application of the registry's demo person 李华（示例）, approved.
/// Its 查询码 is fixed and printed by the launcher; a real application's code is random and told once.
/// </summary>
public static class TrainingDemoData
{
    public const string DemoApplicationId = "T-demo-0001";

    /// <summary>The demo application's 查询码 (public, like everything in the demo data).</summary>
    public const string DemoProgressCode = "DEMO6666";

    /// <summary>The registry's second demo person (services/Applicants/Data/DemoData.cs), first 17 characters.</summary>
    private const string DemoPersonFirst17 = "41080319980302402";

    public static async Task LoadIfMissingAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Applications.AnyAsync(a => a.Id == DemoApplicationId, cancellationToken))
        {
            return;
        }

        // 2024-07-01 09:30 in China, stored in UTC as every timestamp is (PostgreSQL timestamptz).
        var submitted = new DateTimeOffset(2024, 7, 1, 1, 30, 0, TimeSpan.Zero);
        var record = new TrainingApplicationRecord
        {
            Id = DemoApplicationId,
            Kind = (int)V1.SubsidyKind.SkillUpgrade,
            Status = (int)ApplicationStatus.Approved,
            // The registry gives person ids itself; the demo row names the person by its masked number only.
            PersonId = "demo-person",
            IdNumberMasked = IdMasking.IdNumber(DemoPersonFirst17 + ResidentIdNumber.ComputeCheckCharacter(DemoPersonFirst17)),
            NameMasked = NameMasking.Mask("李华（示例）"),
            Region = "410803",
            CertificateNumber = "DEMO-CERT-0001",
            CertificateKey = "DEMO-CERT-0001",
            OccupationCode = "6-18-01-01",
            OccupationName = "焊工",
            Level = (int)CertificateLevel.Level4,
            IssueDate = new DateOnly(2024, 6, 1),
            IssuingBody = "焦作市职业技能鉴定中心（示例）",
            Explanation = new Employment.Common.V1.Explanation { SummaryZh = "示例数据" }.ToByteArray(),
            DecidedAt = submitted.AddDays(3),
            ProgressCodeHash = ProgressCodes.StoredFormOf(DemoProgressCode),
        };
        record.StampCreated("demo", submitted);
        record.StampChanged("demo", submitted.AddDays(3));
        db.Applications.Add(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
