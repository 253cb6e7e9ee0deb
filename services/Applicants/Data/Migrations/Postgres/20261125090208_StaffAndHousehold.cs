using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Applicants.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffAndHousehold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HouseholdNumber",
                table: "people",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StaffId",
                table: "people",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_people_HouseholdNumber",
                table: "people",
                column: "HouseholdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_people_StaffId",
                table: "people",
                column: "StaffId",
                unique: true,
                filter: "\"StaffId\" <> ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_HouseholdNumber",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_StaffId",
                table: "people");

            migrationBuilder.DropColumn(
                name: "HouseholdNumber",
                table: "people");

            migrationBuilder.DropColumn(
                name: "StaffId",
                table: "people");
        }
    }
}
