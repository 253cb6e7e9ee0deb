using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyEnterpriseDelisting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DelistReason",
                table: "key_enterprises",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DelistedBy",
                table: "key_enterprises",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DelistedOn",
                table: "key_enterprises",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DelistReason",
                table: "key_enterprises");

            migrationBuilder.DropColumn(
                name: "DelistedBy",
                table: "key_enterprises");

            migrationBuilder.DropColumn(
                name: "DelistedOn",
                table: "key_enterprises");
        }
    }
}
