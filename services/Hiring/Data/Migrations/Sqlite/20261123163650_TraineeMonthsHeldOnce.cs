using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TraineeMonthsHeldOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "trainee_months");
        }
    }
}
