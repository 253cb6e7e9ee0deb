using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Training.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaidRecordedAt",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgressCodeHash",
                table: "applications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "PaidRecordedAt",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ProgressCodeHash",
                table: "applications");
        }
    }
}
