using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Assistance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assistance_cases",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Programme = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenPersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    HouseholdReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Contacts = table.Column<string>(type: "TEXT", nullable: false),
                    Referrals = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_cases", x => x.Id);
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_cases");
        }
    }
}
