using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Loans.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeals",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    RecordId = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    OwnerPersonId = table.Column<string>(type: "text", nullable: false),
                    OwnerEmployerId = table.Column<string>(type: "text", nullable: false),
                    KindZh = table.Column<string>(type: "text", nullable: false),
                    ApplicantZh = table.Column<string>(type: "text", nullable: false),
                    YouZh = table.Column<string>(type: "text", nullable: false),
                    DecidedBy = table.Column<string>(type: "text", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReasonsZh = table.Column<string>(type: "text", nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FiledBy = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    HandledBy = table.Column<string>(type: "text", nullable: false),
                    FindingsZh = table.Column<string>(type: "text", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "application_state_changes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<string>(type: "text", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_state_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    HandledBy = table.Column<string>(type: "text", nullable: false),
                    BorrowerKeyKind = table.Column<int>(type: "integer", nullable: false),
                    BorrowerMasked = table.Column<string>(type: "text", nullable: false),
                    BorrowerHash = table.Column<string>(type: "text", nullable: false),
                    ProductId = table.Column<string>(type: "text", nullable: false),
                    BankCode = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    LoanId = table.Column<string>(type: "text", nullable: true),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    NameMasked = table.Column<string>(type: "text", nullable: false),
                    BorrowerPersonId = table.Column<string>(type: "text", nullable: false),
                    BorrowerEmployerId = table.Column<string>(type: "text", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ProgressCodeHash = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    BankCode = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    TotalFen = table.Column<long>(type: "bigint", nullable: false),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    DecisionReason = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "declined_requests",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    AddresseeZh = table.Column<string>(type: "text", nullable: false),
                    YouZh = table.Column<string>(type: "text", nullable: false),
                    AskedZh = table.Column<string>(type: "text", nullable: false),
                    ReasonZh = table.Column<string>(type: "text", nullable: false),
                    ReferToZh = table.Column<string>(type: "text", nullable: false),
                    Clerk = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_declined_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "eligibility_queries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    BankCode = table.Column<string>(type: "text", nullable: false),
                    BorrowerKeyKind = table.Column<int>(type: "integer", nullable: false),
                    BorrowerMasked = table.Column<string>(type: "text", nullable: false),
                    BorrowerHash = table.Column<string>(type: "text", nullable: false),
                    BorrowerKind = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    IntendedIssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedFen = table.Column<long>(type: "bigint", nullable: false),
                    ConsentReference = table.Column<string>(type: "text", nullable: false),
                    Purpose = table.Column<string>(type: "text", nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EligibleProductIds = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eligibility_queries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "extensions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    LoanId = table.Column<string>(type: "text", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    Operation = table.Column<string>(type: "text", nullable: false),
                    RequestHash = table.Column<string>(type: "text", nullable: false),
                    Response = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency", x => new { x.Operation, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "loans",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    BankCode = table.Column<string>(type: "text", nullable: false),
                    ContractNumber = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<string>(type: "text", nullable: true),
                    BorrowerKeyKind = table.Column<int>(type: "integer", nullable: false),
                    BorrowerMasked = table.Column<string>(type: "text", nullable: false),
                    BorrowerHash = table.Column<string>(type: "text", nullable: false),
                    BorrowerKind = table.Column<int>(type: "integer", nullable: false),
                    BorrowerPersonId = table.Column<string>(type: "text", nullable: false),
                    NameMasked = table.Column<string>(type: "text", nullable: false),
                    ProductId = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    PrincipalFen = table.Column<long>(type: "bigint", nullable: false),
                    SubsidisedPrincipalFen = table.Column<long>(type: "bigint", nullable: false),
                    ContractRatePercent = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    DayCountBasis = table.Column<int>(type: "integer", nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    RepaymentMethod = table.Column<int>(type: "integer", nullable: false),
                    SubsidySharePercent = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SettledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "overdue",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    LoanId = table.Column<string>(type: "text", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overdue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_holds",
                columns: table => new
                {
                    RecordId = table.Column<string>(type: "text", nullable: false),
                    SignalId = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    ReasonZh = table.Column<string>(type: "text", nullable: false),
                    Released = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_holds", x => new { x.RecordId, x.SignalId });
                });

            migrationBuilder.CreateTable(
                name: "query_consents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    BankCode = table.Column<string>(type: "text", nullable: false),
                    PersonId = table.Column<string>(type: "text", nullable: false),
                    BorrowerKeyKind = table.Column<int>(type: "integer", nullable: false),
                    BorrowerMasked = table.Column<string>(type: "text", nullable: false),
                    BorrowerHash = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    PaperReference = table.Column<string>(type: "text", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_query_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "repayments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    LoanId = table.Column<string>(type: "text", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PrincipalFen = table.Column<long>(type: "bigint", nullable: false),
                    InterestFen = table.Column<long>(type: "bigint", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repayments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_OwnerEmployerId",
                table: "appeals",
                column: "OwnerEmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_OwnerPersonId",
                table: "appeals",
                column: "OwnerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_RecordId",
                table: "appeals",
                column: "RecordId",
                unique: true,
                filter: "\"State\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_Region_State",
                table: "appeals",
                columns: new[] { "Region", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_application_state_changes_ApplicationId_At",
                table: "application_state_changes",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_BankCode_State",
                table: "applications",
                columns: new[] { "BankCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_BorrowerEmployerId",
                table: "applications",
                column: "BorrowerEmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_BorrowerHash",
                table: "applications",
                column: "BorrowerHash");

            migrationBuilder.CreateIndex(
                name: "IX_applications_BorrowerPersonId",
                table: "applications",
                column: "BorrowerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_claims_BankCode_Year_Quarter",
                table: "claims",
                columns: new[] { "BankCode", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_declined_requests_Region_At",
                table: "declined_requests",
                columns: new[] { "Region", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_eligibility_queries_BankCode_AskedAt",
                table: "eligibility_queries",
                columns: new[] { "BankCode", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_eligibility_queries_BorrowerHash_AskedAt",
                table: "eligibility_queries",
                columns: new[] { "BorrowerHash", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_eligibility_queries_ConsentReference",
                table: "eligibility_queries",
                column: "ConsentReference");

            migrationBuilder.CreateIndex(
                name: "IX_extensions_LoanId_From",
                table: "extensions",
                columns: new[] { "LoanId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_loans_BankCode_ContractNumber",
                table: "loans",
                columns: new[] { "BankCode", "ContractNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loans_BorrowerHash",
                table: "loans",
                column: "BorrowerHash");

            migrationBuilder.CreateIndex(
                name: "IX_overdue_LoanId_From",
                table: "overdue",
                columns: new[] { "LoanId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_holds_SignalId",
                table: "payment_holds",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_query_consents_PersonId",
                table: "query_consents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_repayments_LoanId_IdempotencyKey",
                table: "repayments",
                columns: new[] { "LoanId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_repayments_LoanId_PaidOn",
                table: "repayments",
                columns: new[] { "LoanId", "PaidOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals");

            migrationBuilder.DropTable(
                name: "application_state_changes");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "claims");

            migrationBuilder.DropTable(
                name: "declined_requests");

            migrationBuilder.DropTable(
                name: "eligibility_queries");

            migrationBuilder.DropTable(
                name: "extensions");

            migrationBuilder.DropTable(
                name: "idempotency");

            migrationBuilder.DropTable(
                name: "loans");

            migrationBuilder.DropTable(
                name: "overdue");

            migrationBuilder.DropTable(
                name: "payment_holds");

            migrationBuilder.DropTable(
                name: "query_consents");

            migrationBuilder.DropTable(
                name: "repayments");
        }
    }
}
