using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:cube", ",,");

            migrationBuilder.CreateTable(
                name: "assistance_cases",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Programme = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OpenPersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    HouseholdReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Plan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Officer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Contacts = table.Column<string>(type: "text", nullable: false),
                    Referrals = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_cases", x => x.Id);
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
                name: "job_applications",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PostingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PostingTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SeekerKey = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EmployerNote = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ResumeJson = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HireContractStart = table.Column<DateOnly>(type: "date", nullable: true),
                    HireTermMonths = table.Column<int>(type: "integer", nullable: true),
                    HireOpenEnded = table.Column<bool>(type: "boolean", nullable: false),
                    RegistryFactId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_applications", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "job_postings",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    DuplicateKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OpenDuplicateKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ScreeningOverride = table.Column<string>(type: "text", nullable: false),
                    FreeFilingRule = table.Column<string>(type: "text", nullable: false),
                    Filings = table.Column<int>(type: "integer", nullable: false),
                    WithdrawalReason = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_postings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "key_enterprises",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmployerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Sector = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Officer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OfficerContact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastCollectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenVacancies = table.Column<int>(type: "integer", nullable: false),
                    PostedVacancies = table.Column<int>(type: "integer", nullable: false),
                    Collections = table.Column<string>(type: "text", nullable: false),
                    DelistedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DelistReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DelistedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Message = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "postings",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccupationGroup = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PayMinFen = table.Column<long>(type: "bigint", nullable: false),
                    PayMaxFen = table.Column<long>(type: "bigint", nullable: false),
                    PayPeriod = table.Column<int>(type: "integer", nullable: false),
                    MonthlyPayMinFen = table.Column<long>(type: "bigint", nullable: false),
                    MonthlyPayMaxFen = table.Column<long>(type: "bigint", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MinEducation = table.Column<int>(type: "integer", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    EarthPoint = table.Column<NpgsqlCube>(type: "cube", nullable: true, computedColumnSql: "CASE WHEN \"Latitude\" IS NULL OR \"Longitude\" IS NULL THEN NULL ELSE cube(ARRAY[6371.0088 * cos(radians(\"Latitude\")) * cos(radians(\"Longitude\")), 6371.0088 * cos(radians(\"Latitude\")) * sin(radians(\"Longitude\")), 6371.0088 * sin(radians(\"Latitude\"))]) END", stored: true),
                    SearchTokens = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true),
                    TitleTokens = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_postings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "recruitment_events",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organiser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PostingsOffered = table.Column<int>(type: "integer", nullable: false),
                    Attendance = table.Column<int>(type: "integer", nullable: false),
                    Hires = table.Column<int>(type: "integer", nullable: false),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recruitment_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resume_reads",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmployerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReaderSubject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PostingTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Whole = table.Column<bool>(type: "boolean", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resume_reads", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "saved_searches",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Query = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: true),
                    MonthlyPayAtLeastFen = table.Column<long>(type: "bigint", nullable: true),
                    SentThrough = table.Column<DateOnly>(type: "date", nullable: false),
                    StoppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_searches", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "screening_overrides",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: false),
                    LegalReason = table.Column<string>(type: "text", nullable: false),
                    DecidedBy = table.Column<string>(type: "text", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_overrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "search_counts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Counts = table.Column<string>(type: "text", nullable: true),
                    CountedAtMs = table.Column<long>(type: "bigint", nullable: false),
                    RecountClaimedUntilMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_counts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "seekers",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeekerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HomeCountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    HomeCityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    PayFloorFen = table.Column<long>(type: "bigint", nullable: true),
                    PayFloorPeriod = table.Column<int>(type: "integer", nullable: false),
                    NonPersonalised = table.Column<bool>(type: "boolean", nullable: false),
                    AssistanceCaseId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    ResumeVisibility = table.Column<int>(type: "integer", nullable: false),
                    ResumeJson = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seekers", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "service_venues",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    OpeningHours = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Services = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Open = table.Column<bool>(type: "boolean", nullable: false),
                    Fictional = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_venues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "posting_match_facts",
                columns: table => new
                {
                    PostingKey = table.Column<long>(type: "bigint", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    MinEducation = table.Column<int>(type: "integer", nullable: false),
                    CaringPost = table.Column<bool>(type: "boolean", nullable: false),
                    Skills = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Certificates = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posting_match_facts", x => x.PostingKey);
                    table.ForeignKey(
                        name: "FK_posting_match_facts_postings_PostingKey",
                        column: x => x.PostingKey,
                        principalTable: "postings",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "seeker_tags",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeekerKey = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seeker_tags", x => x.Key);
                    table.ForeignKey(
                        name: "FK_seeker_tags_seekers_SeekerKey",
                        column: x => x.SeekerKey,
                        principalTable: "seekers",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_cases_CountyCode_HouseholdReference",
                table: "assistance_cases",
                columns: new[] { "CountyCode", "HouseholdReference" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_cases_OpenPersonId",
                table: "assistance_cases",
                column: "OpenPersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_cases_PersonId",
                table: "assistance_cases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_cases_Programme_OpenedOn",
                table: "assistance_cases",
                columns: new[] { "Programme", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_job_applications_Id",
                table: "job_applications",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_job_applications_PersonId_Id",
                table: "job_applications",
                columns: new[] { "PersonId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_job_applications_PostingId_Id",
                table: "job_applications",
                columns: new[] { "PostingId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_job_applications_PostingId_PersonId",
                table: "job_applications",
                columns: new[] { "PostingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_job_postings_CountyCode_Id",
                table: "job_postings",
                columns: new[] { "CountyCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_job_postings_EmployerCreditCode",
                table: "job_postings",
                column: "EmployerCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_job_postings_OpenDuplicateKey",
                table: "job_postings",
                column: "OpenDuplicateKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_key_enterprises_CountyCode_Name_Id",
                table: "key_enterprises",
                columns: new[] { "CountyCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_key_enterprises_CreditCode",
                table: "key_enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DeliveredAt_Id",
                table: "outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_posting_match_facts_CaringPost",
                table: "posting_match_facts",
                column: "CaringPost");

            migrationBuilder.CreateIndex(
                name: "IX_postings_CityCode",
                table: "postings",
                column: "CityCode");

            migrationBuilder.CreateIndex(
                name: "IX_postings_county_newest",
                table: "postings",
                columns: new[] { "CountyCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_EarthPoint",
                table: "postings",
                column: "EarthPoint")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_postings_Latitude_Longitude",
                table: "postings",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_code_county_newest",
                table: "postings",
                columns: new[] { "OccupationCode", "CountyCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_code_newest",
                table: "postings",
                columns: new[] { "OccupationCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_group_county_newest",
                table: "postings",
                columns: new[] { "OccupationGroup", "CountyCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_group_newest",
                table: "postings",
                columns: new[] { "OccupationGroup", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_kind_county_newest",
                table: "postings",
                columns: new[] { "Kind", "CountyCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_kind_newest",
                table: "postings",
                columns: new[] { "Kind", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_OccupationCode",
                table: "postings",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_postings_OccupationGroup",
                table: "postings",
                column: "OccupationGroup");

            migrationBuilder.CreateIndex(
                name: "IX_postings_pay_highest",
                table: "postings",
                columns: new[] { "MonthlyPayMaxFen", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_PostedOn_Key",
                table: "postings",
                columns: new[] { "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_PostingId",
                table: "postings",
                column: "PostingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_postings_sample",
                table: "postings",
                column: "ValidUntil",
                filter: "(\"Key\" % 64) = 0")
                .Annotation("Npgsql:IndexInclude", new[] { "CityCode", "CountyCode", "Kind", "MonthlyPayMinFen", "MonthlyPayMaxFen", "PostedOn", "MinEducation", "OccupationCode", "OccupationGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_SearchTokens",
                table: "postings",
                column: "SearchTokens")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_postings_TitleTokens",
                table: "postings",
                column: "TitleTokens")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_recruitment_events_CountyCode_Date",
                table: "recruitment_events",
                columns: new[] { "CountyCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_recruitment_events_Date_CountyCode",
                table: "recruitment_events",
                columns: new[] { "Date", "CountyCode" });

            migrationBuilder.CreateIndex(
                name: "IX_resume_reads_PersonId_Key",
                table: "resume_reads",
                columns: new[] { "PersonId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_saved_searches_Id",
                table: "saved_searches",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_saved_searches_PersonId_Id",
                table: "saved_searches",
                columns: new[] { "PersonId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_screening_overrides_PostingId",
                table: "screening_overrides",
                column: "PostingId");

            migrationBuilder.CreateIndex(
                name: "IX_search_counts_CountedAtMs",
                table: "search_counts",
                column: "CountedAtMs");

            migrationBuilder.CreateIndex(
                name: "IX_seeker_tags_Kind_Group",
                table: "seeker_tags",
                columns: new[] { "Kind", "Group" });

            migrationBuilder.CreateIndex(
                name: "IX_seeker_tags_Kind_Value",
                table: "seeker_tags",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_seeker_tags_SeekerKey_Kind_Value",
                table: "seeker_tags",
                columns: new[] { "SeekerKey", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_seekers_HomeCityCode",
                table: "seekers",
                column: "HomeCityCode");

            migrationBuilder.CreateIndex(
                name: "IX_seekers_PersonId",
                table: "seekers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_seekers_SeekerId",
                table: "seekers",
                column: "SeekerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_venues_CountyCode_Name",
                table: "service_venues",
                columns: new[] { "CountyCode", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_cases");

            migrationBuilder.DropTable(
                name: "idempotency");

            migrationBuilder.DropTable(
                name: "job_applications");

            migrationBuilder.DropTable(
                name: "job_postings");

            migrationBuilder.DropTable(
                name: "key_enterprises");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "posting_match_facts");

            migrationBuilder.DropTable(
                name: "recruitment_events");

            migrationBuilder.DropTable(
                name: "resume_reads");

            migrationBuilder.DropTable(
                name: "saved_searches");

            migrationBuilder.DropTable(
                name: "screening_overrides");

            migrationBuilder.DropTable(
                name: "search_counts");

            migrationBuilder.DropTable(
                name: "seeker_tags");

            migrationBuilder.DropTable(
                name: "service_venues");

            migrationBuilder.DropTable(
                name: "postings");

            migrationBuilder.DropTable(
                name: "seekers");
        }
    }
}
