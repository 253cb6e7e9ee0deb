using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Employment.Applicants.Data.Migrations;

/// <summary>
/// The first schema. Written by hand (the EF design-time package cannot be restored here) and
/// provider-neutral: no column types are named, so SQLite and PostgreSQL each map the CLR types.
/// MigrationSchemaTests checks that migrating gives the same tables and columns as the model.
/// </summary>
[DbContext(typeof(ApplicantsDbContext))]
[Migration("20261122000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "people",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                IdNumber = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                BirthDate = table.Column<DateOnly>(nullable: false),
                Phone = table.Column<string>(nullable: false),
                HouseholdRegion = table.Column<string>(nullable: false),
                HouseholdType = table.Column<int>(nullable: false),
                ResidenceRegion = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_people", x => x.Id));

        migrationBuilder.CreateTable(
            name: "facts",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                SubjectType = table.Column<string>(nullable: false),
                SubjectId = table.Column<string>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                From = table.Column<DateOnly>(nullable: true),
                Until = table.Column<DateOnly>(nullable: true),
                Payload = table.Column<byte[]>(nullable: false),
                Version = table.Column<long>(nullable: false),
                Superseded = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_facts", x => x.Id));

        migrationBuilder.CreateTable(
            name: "employers",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                CreditCode = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Payload = table.Column<byte[]>(nullable: false),
                Version = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_employers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "audit",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                SubjectType = table.Column<string>(nullable: false),
                SubjectId = table.Column<string>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                Actor = table.Column<string>(nullable: false),
                Action = table.Column<int>(nullable: false),
                FactId = table.Column<string>(nullable: true),
                BeforeJson = table.Column<string>(nullable: false),
                AfterJson = table.Column<string>(nullable: false),
                Reason = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_audit", x => x.Id));

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

        migrationBuilder.CreateTable(
            name: "profile_access",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                SubjectType = table.Column<string>(nullable: false),
                SubjectId = table.Column<string>(nullable: false),
                CallerService = table.Column<string>(nullable: false),
                Purpose = table.Column<string>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_profile_access", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_people_IdNumber", table: "people", column: "IdNumber", unique: true);
        migrationBuilder.CreateIndex(name: "IX_people_Name_BirthDate", table: "people", columns: ["Name", "BirthDate"]);
        migrationBuilder.CreateIndex(name: "IX_facts_SubjectType_SubjectId_Kind", table: "facts", columns: ["SubjectType", "SubjectId", "Kind"]);
        migrationBuilder.CreateIndex(name: "IX_employers_CreditCode", table: "employers", column: "CreditCode", unique: true);
        migrationBuilder.CreateIndex(name: "IX_audit_SubjectType_SubjectId_At", table: "audit", columns: ["SubjectType", "SubjectId", "At"]);
        migrationBuilder.CreateIndex(name: "IX_profile_access_SubjectType_SubjectId_At", table: "profile_access", columns: ["SubjectType", "SubjectId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "profile_access", "idempotency", "audit", "employers", "facts", "people" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
