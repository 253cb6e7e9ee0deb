using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerPersonId = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerEmployerId = table.Column<string>(type: "TEXT", nullable: false),
                    KindZh = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantZh = table.Column<string>(type: "TEXT", nullable: false),
                    YouZh = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReasonsZh = table.Column<string>(type: "TEXT", nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", nullable: false),
                    FindingsZh = table.Column<string>(type: "TEXT", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerId = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    InsuredAsUnit = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasEmployees = table.Column<bool>(type: "INTEGER", nullable: false),
                    TraineeHostRecognised = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmployerEvidence = table.Column<string>(type: "TEXT", nullable: false),
                    PaymentAccount = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", nullable: false),
                    ProgressCodeHash = table.Column<string>(type: "TEXT", nullable: true),
                    PaymentFailedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentFailureReasonZh = table.Column<string>(type: "TEXT", nullable: false),
                    PaymentFailureReference = table.Column<string>(type: "TEXT", nullable: false),
                    PaymentFailureRecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewThreshold = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ReviewFromFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReviewReturned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewReasonZh = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "declined_requests",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    AddresseeZh = table.Column<string>(type: "TEXT", nullable: false),
                    YouZh = table.Column<string>(type: "TEXT", nullable: false),
                    AskedZh = table.Column<string>(type: "TEXT", nullable: false),
                    ReasonZh = table.Column<string>(type: "TEXT", nullable: false),
                    ReferToZh = table.Column<string>(type: "TEXT", nullable: false),
                    Clerk = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_declined_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", nullable: false),
                    Response = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency", x => new { x.Operation, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "materials",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    KindZh = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_materials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "objection_codes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SpentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SpentByKey = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_objection_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "objections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    ReasonZh = table.Column<string>(type: "TEXT", nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", nullable: false),
                    Objector = table.Column<string>(type: "TEXT", nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    NoticeUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionZh = table.Column<string>(type: "TEXT", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_objections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "offers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerEmployerId = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerPersonId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimKey = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Claim = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Preview = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClaimId = table.Column<string>(type: "TEXT", nullable: false),
                    WithdrawnReasonZh = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "owed_runs",
                columns: table => new
                {
                    RunKey = table.Column<string>(type: "TEXT", nullable: false),
                    County = table.Column<string>(type: "TEXT", nullable: false),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Claimants = table.Column<int>(type: "INTEGER", nullable: false),
                    Offered = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AlreadyOffered = table.Column<int>(type: "INTEGER", nullable: false),
                    NotOffered = table.Column<int>(type: "INTEGER", nullable: false),
                    Reminded = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_owed_runs", x => new { x.RunKey, x.County });
                });

            migrationBuilder.CreateTable(
                name: "payment_batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    NoticeFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    NoticePeriodCitation = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_holds",
                columns: table => new
                {
                    RecordId = table.Column<string>(type: "TEXT", nullable: false),
                    SignalId = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    ReasonZh = table.Column<string>(type: "TEXT", nullable: false),
                    Released = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_holds", x => new { x.RecordId, x.SignalId });
                });

            migrationBuilder.CreateTable(
                name: "subsidised_months",
                columns: table => new
                {
                    ClaimId = table.Column<string>(type: "TEXT", nullable: false),
                    ItemNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    StandingPerson = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidised_months", x => new { x.ClaimId, x.ItemNo, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "trainee_caps",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    LastClaimId = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trainee_caps", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "trainee_months",
                columns: table => new
                {
                    ClaimId = table.Column<string>(type: "TEXT", nullable: false),
                    ItemNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    StandingPerson = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trainee_months", x => new { x.ClaimId, x.ItemNo, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "claim_items",
                columns: table => new
                {
                    ClaimId = table.Column<string>(type: "TEXT", nullable: false),
                    ItemNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", nullable: false),
                    NameMasked = table.Column<string>(type: "TEXT", nullable: false),
                    StandingOneOffHirePerson = table.Column<string>(type: "TEXT", nullable: true),
                    StandingStartupFounder = table.Column<string>(type: "TEXT", nullable: true),
                    StandingOnceKey = table.Column<string>(type: "TEXT", nullable: true),
                    ReleasedHolds = table.Column<string>(type: "TEXT", nullable: false),
                    Given = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ContractStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContractEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HiredWithSocialInsurance = table.Column<bool>(type: "INTEGER", nullable: false),
                    Retained = table.Column<bool>(type: "INTEGER", nullable: false),
                    RealNameRegistered = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    SubsidisedMonths = table.Column<string>(type: "TEXT", nullable: false),
                    FirstBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    OperatedNormally = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenEnded = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DecisionReasonZh = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_claim_items", x => new { x.ClaimId, x.ItemNo });
                    table.ForeignKey(
                        name: "FK_claim_items_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_claim_items_PersonId",
                table: "claim_items",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_claim_items_StandingOnceKey",
                table: "claim_items",
                column: "StandingOnceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_claim_items_StandingOneOffHirePerson",
                table: "claim_items",
                column: "StandingOneOffHirePerson",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_claim_items_StandingStartupFounder",
                table: "claim_items",
                column: "StandingStartupFounder",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_claims_BatchId",
                table: "claims",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_claims_EmployerId",
                table: "claims",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_claims_Region_Status",
                table: "claims",
                columns: new[] { "Region", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_declined_requests_Region_At",
                table: "declined_requests",
                columns: new[] { "Region", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_materials_RecordId",
                table: "materials",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_objection_codes_Phone",
                table: "objection_codes",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_objections_BatchId_Objector",
                table: "objections",
                columns: new[] { "BatchId", "Objector" });

            migrationBuilder.CreateIndex(
                name: "IX_objections_BatchId_State",
                table: "objections",
                columns: new[] { "BatchId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_objections_RecordId_Objector",
                table: "objections",
                columns: new[] { "RecordId", "Objector" },
                unique: true,
                filter: "\"State\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_objections_Region_State",
                table: "objections",
                columns: new[] { "Region", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_offers_OwnerEmployerId_OwnerPersonId_ClaimKey",
                table: "offers",
                columns: new[] { "OwnerEmployerId", "OwnerPersonId", "ClaimKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DeliveredAt_Id",
                table: "outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_holds_SignalId",
                table: "payment_holds",
                column: "SignalId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidised_months_StandingPerson_Month",
                table: "subsidised_months",
                columns: new[] { "StandingPerson", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trainee_months_StandingPerson_Month",
                table: "trainee_months",
                columns: new[] { "StandingPerson", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals");

            migrationBuilder.DropTable(
                name: "claim_items");

            migrationBuilder.DropTable(
                name: "declined_requests");

            migrationBuilder.DropTable(
                name: "idempotency");

            migrationBuilder.DropTable(
                name: "materials");

            migrationBuilder.DropTable(
                name: "objection_codes");

            migrationBuilder.DropTable(
                name: "objections");

            migrationBuilder.DropTable(
                name: "offers");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "owed_runs");

            migrationBuilder.DropTable(
                name: "payment_batches");

            migrationBuilder.DropTable(
                name: "payment_holds");

            migrationBuilder.DropTable(
                name: "subsidised_months");

            migrationBuilder.DropTable(
                name: "trainee_caps");

            migrationBuilder.DropTable(
                name: "trainee_months");

            migrationBuilder.DropTable(
                name: "claims");
        }
    }
}
