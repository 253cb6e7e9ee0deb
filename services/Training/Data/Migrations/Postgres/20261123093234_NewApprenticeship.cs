using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Training.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NewApprenticeship : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnterpriseCreditCode",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EnterpriseName",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TrainingYear",
                table: "applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TrainingYearEnd",
                table: "applications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TrainingYearStart",
                table: "applications",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnterpriseCreditCode",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "EnterpriseName",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "TrainingYear",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "TrainingYearEnd",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "TrainingYearStart",
                table: "applications");
        }
    }
}
