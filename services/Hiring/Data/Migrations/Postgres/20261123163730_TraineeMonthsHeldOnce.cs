using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Postgres
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
                    ClaimId = table.Column<string>(type: "text", nullable: false),
                    ItemNo = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "text", nullable: false),
                    PersonId = table.Column<string>(type: "text", nullable: false),
                    StandingPerson = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
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
