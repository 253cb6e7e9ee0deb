using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Loans.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditExportAndHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BorrowerPersonId",
                table: "loans",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameMasked",
                table: "loans",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BorrowerPersonId",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "payment_holds",
                columns: table => new
                {
                    RecordId = table.Column<string>(type: "text", nullable: false),
                    SignalId = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    ReasonZh = table.Column<string>(type: "text", nullable: false),
                    Released = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_holds", x => new { x.RecordId, x.SignalId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_payment_holds_SignalId",
                table: "payment_holds",
                column: "SignalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_holds");

            migrationBuilder.DropColumn(
                name: "BorrowerPersonId",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "NameMasked",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "BorrowerPersonId",
                table: "applications");
        }
    }
}
