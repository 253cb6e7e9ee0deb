using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Training.Data.Migrations.Sqlite
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
                name: "applications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<string>(type: "TEXT", nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateKey = table.Column<string>(type: "TEXT", nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", nullable: false),
                    OccupationName = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuingBody = table.Column<string>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<string>(type: "TEXT", nullable: false),
                    CourseInstitutionName = table.Column<string>(type: "TEXT", nullable: false),
                    CourseInstitutionCreditCode = table.Column<string>(type: "TEXT", nullable: false),
                    CourseStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CourseEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CourseHours = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseCreditCode = table.Column<string>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", nullable: false),
                    TrainingYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingYearStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrainingYearEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Explanation = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DecisionReasonZh = table.Column<string>(type: "TEXT", nullable: false),
                    PaymentAccount = table.Column<string>(type: "TEXT", nullable: false),
                    NameMasked = table.Column<string>(type: "TEXT", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: false),
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
                    PaidRecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ProgressCodeHash = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
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
                name: "IX_applications_BatchId",
                table: "applications",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_EmployerId",
                table: "applications",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_Kind_CertificateKey",
                table: "applications",
                columns: new[] { "Kind", "CertificateKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_PersonId",
                table: "applications",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_Region_Status",
                table: "applications",
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
                name: "IX_outbox_DeliveredAt_Id",
                table: "outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_holds_SignalId",
                table: "payment_holds",
                column: "SignalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals");

            migrationBuilder.DropTable(
                name: "applications");

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
                name: "outbox");

            migrationBuilder.DropTable(
                name: "payment_batches");

            migrationBuilder.DropTable(
                name: "payment_holds");
        }
    }
}
