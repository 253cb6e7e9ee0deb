using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Training.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VocationalTrainingCourses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CourseEnd",
                table: "applications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CourseHours",
                table: "applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CourseId",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CourseInstitutionCreditCode",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CourseInstitutionName",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CourseStart",
                table: "applications",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CourseEnd",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "CourseHours",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "CourseId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "CourseInstitutionCreditCode",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "CourseInstitutionName",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "CourseStart",
                table: "applications");
        }
    }
}
