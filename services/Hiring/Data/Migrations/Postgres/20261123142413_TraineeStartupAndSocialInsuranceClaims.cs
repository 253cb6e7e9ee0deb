using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TraineeStartupAndSocialInsuranceClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TraineeHostRecognised",
                table: "claims",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FirstBusiness",
                table: "claim_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HiredOn",
                table: "claim_items",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HiredWithSocialInsurance",
                table: "claim_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OperatedNormally",
                table: "claim_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PaidMonths",
                table: "claim_items",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "RealNameRegistered",
                table: "claim_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Retained",
                table: "claim_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "StandingStartupFounder",
                table: "claim_items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubsidisedMonths",
                table: "claim_items",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "subsidised_months",
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
                    table.PrimaryKey("PK_subsidised_months", x => new { x.ClaimId, x.ItemNo, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_claim_items_StandingStartupFounder",
                table: "claim_items",
                column: "StandingStartupFounder",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subsidised_months_StandingPerson_Month",
                table: "subsidised_months",
                columns: new[] { "StandingPerson", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subsidised_months");

            migrationBuilder.DropIndex(
                name: "IX_claim_items_StandingStartupFounder",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "TraineeHostRecognised",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "FirstBusiness",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "HiredOn",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "HiredWithSocialInsurance",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "OperatedNormally",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "PaidMonths",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "RealNameRegistered",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "Retained",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "StandingStartupFounder",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "SubsidisedMonths",
                table: "claim_items");
        }
    }
}
