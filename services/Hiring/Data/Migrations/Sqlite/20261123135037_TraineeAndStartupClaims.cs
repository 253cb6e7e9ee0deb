using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TraineeAndStartupClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TraineeHostRecognised",
                table: "claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FirstBusiness",
                table: "claim_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HiredOn",
                table: "claim_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HiredWithSocialInsurance",
                table: "claim_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OperatedNormally",
                table: "claim_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PaidMonths",
                table: "claim_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "RealNameRegistered",
                table: "claim_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Retained",
                table: "claim_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "StandingStartupFounder",
                table: "claim_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_claim_items_StandingStartupFounder",
                table: "claim_items",
                column: "StandingStartupFounder",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
