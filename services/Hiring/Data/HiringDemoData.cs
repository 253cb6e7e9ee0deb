using Employment.Hiring.Domain.Claims;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.Data;

/// <summary>
/// One fictional claim for a local run (Development only), so a newcomer can follow a hiring claim on
/// the 办理进度 page at once, as the loans and training demo applications allow: a 一次性扩岗补助 claim
/// of the registry's demo employer 焦作市示例机械有限公司 for its demo hire 王小明（示例）, approved.
/// Its 查询码 is fixed and printed by the launcher; a real claim's code is random and told once.
/// </summary>
public static class HiringDemoData
{
    public const string DemoClaimId = "H-demo-0001";

    /// <summary>The demo claim's 查询码 (public, like everything in the demo data).</summary>
    public const string DemoProgressCode = "DEMO7777";

    /// <summary>The registry's first demo employer (services/Applicants/Data/DemoData.cs): its region and organisation code without the check character.</summary>
    private const string DemoEmployerRegion = "410802";
    private const string DemoEmployerOrganisationFirst8 = "MA00001X";

    /// <summary>The registry's first demo person, first 17 characters.</summary>
    private const string DemoPersonFirst17 = "41080220010615301";

    public static async Task LoadIfMissingAsync(HiringDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Claims.AnyAsync(c => c.Id == DemoClaimId, cancellationToken))
        {
            return;
        }

        var organisation = DemoEmployerOrganisationFirst8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(DemoEmployerOrganisationFirst8);
        var creditFirst17 = "91" + DemoEmployerRegion + organisation;
        // 2024-08-01 09:30 in China, stored in UTC as every timestamp is (PostgreSQL timestamptz); decided five days later.
        var submitted = new DateTimeOffset(2024, 8, 1, 1, 30, 0, TimeSpan.Zero);
        var decided = submitted.AddDays(5);
        var explanation = new Employment.Common.V1.Explanation { SummaryZh = "示例数据" }.ToByteArray();
        var claim = new HiringClaimRecord
        {
            Id = DemoClaimId,
            Kind = (int)V1.SubsidyKind.JobExpansion,
            Status = (int)ClaimStatus.Approved,
            // The registry gives ids itself; the demo rows name the employer and the person by demo ids only.
            EmployerId = "demo-employer",
            EmployerCreditCode = creditFirst17 + UnifiedSocialCreditCode.ComputeCheckCharacter(creditFirst17),
            EmployerName = "焦作市示例机械有限公司",
            Region = DemoEmployerRegion,
            // No amount: the progress page never shows one, and a figure here would be a policy value typed into code.
            TotalFen = 0,
            ProgressCodeHash = ProgressCodes.StoredFormOf(DemoProgressCode),
            ReceivedOn = ChinaClock.DateOf(submitted),
        };
        var item = new HiringClaimItemRecord
        {
            ClaimId = DemoClaimId,
            ItemNo = 1,
            Kind = claim.Kind,
            Status = (int)ClaimStatus.Approved,
            PersonId = "demo-person",
            IdNumberMasked = IdMasking.IdNumber(DemoPersonFirst17 + ResidentIdNumber.ComputeCheckCharacter(DemoPersonFirst17)),
            NameMasked = NameMasking.Mask("王小明（示例）"),
            ContractStart = new DateOnly(2024, 7, 1),
            HiredWithSocialInsurance = true,
            RealNameRegistered = true,
            // R9 holds the person while the item stands; a demo id, so it never blocks a real claim.
            StandingOneOffHirePerson = "demo-person",
            Explanation = explanation,
            DecisionReasonZh = "示例：材料齐全，审核通过",
        };
        claim.StampCreated("demo", submitted);
        claim.StampChanged("demo", decided);
        item.StampCreated("demo", submitted);
        item.StampChanged("demo", decided);
        claim.Items.Add(item);
        db.Claims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
    }
}
