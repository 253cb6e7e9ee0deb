using Employment.IdentityNumbers;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Data;

/// <summary>
/// Fictional loans for a local run (Development only): two demo banks, loans of the registry's demo
/// borrowers, so a newcomer can query, list and claim at once. The subsidy share is read from the
/// catalog on the issue date like any registration.
/// </summary>
public static class LoansDemoData
{
    public const string DemoBank = "DEMO-BANK-001";
    public const string OtherDemoBank = "DEMO-BANK-002";

    /// <summary>The registry's first demo person (王小明（示例）), first 17 characters of the identity number.</summary>
    public const string DemoBorrowerFirst17 = "41080220010615301";

    /// <summary>The demo borrower's paper consents to <see cref="DemoBank"/>'s queries, as the bank guide names them.</summary>
    public static readonly string[] DemoConsents = ["DEMO-SQ-0001", "DEMO-SQ-0002"];

    /// <summary>The demo bank's first loan, for the launcher's example calls.</summary>
    public const string DemoLoanId = "L-demo-0001";

    // The registry's demo people (services/Applicants/Data/DemoData.cs), first 17 characters.
    private static readonly (string Bank, string Contract, string First17, string Region, string Product, long PrincipalFen, DateOnly Issued, int Months, RepaymentMethod Method)[] DemoLoans =
    [
        (DemoBank, "DEMO-2023-0001", DemoBorrowerFirst17, "410802", "individual.subsidised", 150_000_00, new DateOnly(2023, 6, 1), 24, RepaymentMethod.InterestOnlyPrincipalAtMaturity),
        (DemoBank, "DEMO-2024-0002", "41080319980302402", "410803", "individual.subsidised", 100_000_00, new DateOnly(2024, 3, 15), 36, RepaymentMethod.EqualInstalments),
        (OtherDemoBank, "DEMO-2024-0100", "41900119850911503", "419001", "individual.unsubsidised", 80_000_00, new DateOnly(2024, 5, 20), 24, RepaymentMethod.EqualInstalments),
    ];

    /// <summary>A sample annual rate for the demo contracts (3.45%): a bank's figure, not a policy one.</summary>
    private const decimal DemoRatePercent = 3.45m;

    public static async Task LoadIfEmptyAsync(LoansDbContext db, PolicyCatalog catalog, BorrowerHasher borrowers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        if (await db.Loans.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = ServiceDefaults.Time.ChinaClock.System.Now;
        foreach (var demo in DemoLoans)
        {
            var idNumber = demo.First17 + ResidentIdNumber.ComputeCheckCharacter(demo.First17);
            var shareKey = LoanProducts.ShareKeyOf(demo.Product);
            var share = shareKey is null ? 0m : LedgerLoan.ShareAtIssue(catalog, shareKey, Region.Parse(demo.Region), demo.Issued);
            var loan = new LoanRecord
            {
                Id = "L-demo-" + demo.Contract[^4..],
                BankCode = demo.Bank,
                ContractNumber = demo.Contract,
                BorrowerKeyKind = (int)BorrowerKeyKind.IdNumber,
                BorrowerMasked = BorrowerReferences.Mask(BorrowerKeyKind.IdNumber, idNumber),
                BorrowerHash = borrowers.Hash(BorrowerKeyKind.IdNumber, idNumber),
                BorrowerKind = (int)BorrowerKind.Individual,
                ProductId = demo.Product,
                Region = demo.Region,
                PrincipalFen = demo.PrincipalFen,
                SubsidisedPrincipalFen = shareKey is null ? 0 : demo.PrincipalFen,
                ContractRatePercent = DemoRatePercent,
                IssueDate = demo.Issued,
                TermMonths = demo.Months,
                RepaymentMethod = (int)demo.Method,
                SubsidySharePercent = share,
                Status = (int)Domain.Loans.LoanStatus.Active,
            };
            loan.StampCreated("demo", now);
            db.Loans.Add(loan);
        }

        // The demo borrower's signed paper consents to the demo bank's queries (查询授权), under the numbers the
        // bank guide's examples name; they run a year from the day the demo is loaded.
        var borrower = DemoBorrowerFirst17 + ResidentIdNumber.ComputeCheckCharacter(DemoBorrowerFirst17);
        foreach (var consentId in DemoConsents)
        {
            var consent = new QueryConsentRecord
            {
                Id = consentId,
                BankCode = DemoBank,
                BorrowerKeyKind = (int)BorrowerKeyKind.IdNumber,
                BorrowerMasked = BorrowerReferences.Mask(BorrowerKeyKind.IdNumber, borrower),
                BorrowerHash = borrowers.Hash(BorrowerKeyKind.IdNumber, borrower),
                Region = "410802",
                ValidFrom = DateOnly.FromDateTime(now.DateTime),
                ValidUntil = DateOnly.FromDateTime(now.DateTime).AddYears(1),
                Channel = (int)V1.ConsentChannel.Paper,
                PaperReference = consentId,
            };
            consent.StampCreated("demo", now);
            db.QueryConsents.Add(consent);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
