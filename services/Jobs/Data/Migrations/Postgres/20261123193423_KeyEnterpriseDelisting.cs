using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Postgres
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
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DelistedBy",
                table: "key_enterprises",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DelistedOn",
                table: "key_enterprises",
                type: "date",
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
