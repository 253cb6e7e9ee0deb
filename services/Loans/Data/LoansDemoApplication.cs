using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Data;

/// <summary>
/// One fictional application for a local run (Development only), so a newcomer can try the 办理进度
/// page at once: the registry's demo person 王小明（示例） applied at a Jiaozuo counter, and the
/// application passed review. Its 查询码 is fixed and printed by the launcher; a real application's
/// code is random and told once.
/// </summary>
public static class LoansDemoApplication
{
    public const string DemoApplicationId = "A-demo-0001";

    /// <summary>The demo application's 查询码 (public, like everything in the demo data).</summary>
    public const string DemoProgressCode = "DEMO8888";

    public static async Task LoadIfMissingAsync(LoansDbContext db, BorrowerHasher borrowers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(borrowers);
        if (await db.Applications.AnyAsync(a => a.Id == DemoApplicationId, cancellationToken))
        {
            return;
        }

        var idNumber = LoansDemoData.DemoBorrowerFirst17 + ResidentIdNumber.ComputeCheckCharacter(LoansDemoData.DemoBorrowerFirst17);
        // 2024-07-01 09:30 in China, stored in UTC as every timestamp is (PostgreSQL timestamptz).
        var taken = new DateTimeOffset(2024, 7, 1, 1, 30, 0, TimeSpan.Zero);
        var reviewed = taken.AddDays(2);
        var record = new ApplicationRecord
        {
            Id = DemoApplicationId,
            BorrowerKeyKind = (int)BorrowerKeyKind.IdNumber,
            BorrowerMasked = BorrowerReferences.Mask(BorrowerKeyKind.IdNumber, idNumber),
            BorrowerHash = borrowers.Hash(BorrowerKeyKind.IdNumber, idNumber),
            ProductId = "individual.subsidised",
            BankCode = LoansDemoData.DemoBank,
            Region = "410802",
            AmountFen = 100_000_00,
            State = (int)V1.ApplicationState.Reviewed,
            Payload = new V1.LoanApplication { TermMonths = 24, Eligible = true }.ToByteArray(),
            NameMasked = NameMasking.Mask("王小明（示例）"),
            ProgressCodeHash = ProgressCodes.StoredFormOf(DemoProgressCode),
        };
        record.StampCreated("demo", taken);
        record.StampChanged("demo", reviewed);
        db.Applications.Add(record);
        db.ApplicationStateChanges.Add(new ApplicationStateChangeRecord
        {
            Id = "S-demo-0001", ApplicationId = DemoApplicationId, From = 0, To = (int)V1.ApplicationState.Accepted, Actor = "demo", At = taken, Reason = "受理（示例）",
        });
        db.ApplicationStateChanges.Add(new ApplicationStateChangeRecord
        {
            Id = "S-demo-0002", ApplicationId = DemoApplicationId, From = (int)V1.ApplicationState.Accepted, To = (int)V1.ApplicationState.Reviewed, Actor = "demo", At = reviewed,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
