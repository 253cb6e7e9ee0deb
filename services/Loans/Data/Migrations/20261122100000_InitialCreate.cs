using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Employment.Loans.Data.Migrations;

/// <summary>
/// The first schema. Written by hand (the EF design-time package cannot be restored here) and
/// provider-neutral: no column types are named, so SQLite and PostgreSQL each map the CLR types;
/// the decimals state the model's precision and scale (numeric(9,6) on PostgreSQL, TEXT on SQLite).
/// LoansSchemaTests checks that migrating gives the same tables, columns and indexes as the model.
/// </summary>
[DbContext(typeof(LoansDbContext))]
[Migration("20261122100000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    private static readonly string[] Tables =
    [
        "idempotency", "claims", "overdue", "extensions", "repayments", "loans",
        "application_state_changes", "applications", "eligibility_queries",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "eligibility_queries",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                BankCode = table.Column<string>(nullable: false),
                BorrowerKeyKind = table.Column<int>(nullable: false),
                BorrowerMasked = table.Column<string>(nullable: false),
                BorrowerHash = table.Column<string>(nullable: false),
                BorrowerKind = table.Column<int>(nullable: false),
                Region = table.Column<string>(nullable: false),
                IntendedIssueDate = table.Column<DateOnly>(nullable: false),
                RequestedFen = table.Column<long>(nullable: false),
                ConsentReference = table.Column<string>(nullable: false),
                Purpose = table.Column<string>(nullable: false),
                AskedAt = table.Column<DateTimeOffset>(nullable: false),
                EligibleProductIds = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_eligibility_queries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "applications",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                BorrowerKeyKind = table.Column<int>(nullable: false),
                BorrowerMasked = table.Column<string>(nullable: false),
                BorrowerHash = table.Column<string>(nullable: false),
                ProductId = table.Column<string>(nullable: false),
                BankCode = table.Column<string>(nullable: false),
                Region = table.Column<string>(nullable: false),
                AmountFen = table.Column<long>(nullable: false),
                State = table.Column<int>(nullable: false),
                LoanId = table.Column<string>(nullable: true),
                Payload = table.Column<byte[]>(nullable: false),
                Version = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_applications", x => x.Id));

        migrationBuilder.CreateTable(
            name: "application_state_changes",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                ApplicationId = table.Column<string>(nullable: false),
                From = table.Column<int>(nullable: false),
                To = table.Column<int>(nullable: false),
                Actor = table.Column<string>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                Reason = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_application_state_changes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "loans",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                BankCode = table.Column<string>(nullable: false),
                ContractNumber = table.Column<string>(nullable: false),
                ApplicationId = table.Column<string>(nullable: true),
                BorrowerKeyKind = table.Column<int>(nullable: false),
                BorrowerMasked = table.Column<string>(nullable: false),
                BorrowerHash = table.Column<string>(nullable: false),
                BorrowerKind = table.Column<int>(nullable: false),
                ProductId = table.Column<string>(nullable: false),
                Region = table.Column<string>(nullable: false),
                PrincipalFen = table.Column<long>(nullable: false),
                SubsidisedPrincipalFen = table.Column<long>(nullable: false),
                ContractRatePercent = table.Column<decimal>(precision: LoansDbContext.RatePrecision, scale: LoansDbContext.RateScale, nullable: false),
                DayCountBasis = table.Column<int>(nullable: true),
                IssueDate = table.Column<DateOnly>(nullable: false),
                TermMonths = table.Column<int>(nullable: false),
                RepaymentMethod = table.Column<int>(nullable: false),
                SubsidySharePercent = table.Column<decimal>(precision: LoansDbContext.RatePrecision, scale: LoansDbContext.RateScale, nullable: false),
                Status = table.Column<int>(nullable: false),
                SettledOn = table.Column<DateOnly>(nullable: true),
                Version = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_loans", x => x.Id));

        migrationBuilder.CreateTable(
            name: "repayments",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                LoanId = table.Column<string>(nullable: false),
                PaidOn = table.Column<DateOnly>(nullable: false),
                PrincipalFen = table.Column<long>(nullable: false),
                InterestFen = table.Column<long>(nullable: false),
                IdempotencyKey = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_repayments", x => x.Id));

        migrationBuilder.CreateTable(
            name: "extensions",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                LoanId = table.Column<string>(nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                Until = table.Column<DateOnly>(nullable: false),
                RequestedOn = table.Column<DateOnly>(nullable: false),
                Reason = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_extensions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "overdue",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                LoanId = table.Column<string>(nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                Until = table.Column<DateOnly>(nullable: true),
                Version = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_overdue", x => x.Id));

        migrationBuilder.CreateTable(
            name: "claims",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                BankCode = table.Column<string>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Quarter = table.Column<int>(nullable: false),
                State = table.Column<int>(nullable: false),
                TotalFen = table.Column<long>(nullable: false),
                Payload = table.Column<byte[]>(nullable: false),
                DecisionReason = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_claims", x => x.Id));

        migrationBuilder.CreateTable(
            name: "idempotency",
            columns: table => new
            {
                Key = table.Column<string>(nullable: false),
                Operation = table.Column<string>(nullable: false),
                RequestHash = table.Column<string>(nullable: false),
                Response = table.Column<byte[]>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_idempotency", x => new { x.Operation, x.Key }));

        migrationBuilder.CreateIndex(name: "IX_eligibility_queries_BorrowerHash_AskedAt", table: "eligibility_queries", columns: ["BorrowerHash", "AskedAt"]);
        migrationBuilder.CreateIndex(name: "IX_eligibility_queries_BankCode_AskedAt", table: "eligibility_queries", columns: ["BankCode", "AskedAt"]);
        migrationBuilder.CreateIndex(name: "IX_applications_BorrowerHash", table: "applications", column: "BorrowerHash");
        migrationBuilder.CreateIndex(name: "IX_applications_BankCode_State", table: "applications", columns: ["BankCode", "State"]);
        migrationBuilder.CreateIndex(name: "IX_application_state_changes_ApplicationId_At", table: "application_state_changes", columns: ["ApplicationId", "At"]);
        migrationBuilder.CreateIndex(name: "IX_loans_BankCode_ContractNumber", table: "loans", columns: ["BankCode", "ContractNumber"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_loans_BorrowerHash", table: "loans", column: "BorrowerHash");
        migrationBuilder.CreateIndex(name: "IX_repayments_LoanId_PaidOn", table: "repayments", columns: ["LoanId", "PaidOn"]);
        migrationBuilder.CreateIndex(name: "IX_repayments_LoanId_IdempotencyKey", table: "repayments", columns: ["LoanId", "IdempotencyKey"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_extensions_LoanId_From", table: "extensions", columns: ["LoanId", "From"]);
        migrationBuilder.CreateIndex(name: "IX_overdue_LoanId_From", table: "overdue", columns: ["LoanId", "From"]);
        migrationBuilder.CreateIndex(name: "IX_claims_BankCode_Year_Quarter", table: "claims", columns: ["BankCode", "Year", "Quarter"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
