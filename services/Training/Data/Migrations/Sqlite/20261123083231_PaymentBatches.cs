using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Training.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BatchId",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameMasked",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidOn",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentReference",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "payment_batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    NoticeFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    NoticePeriodCitation = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_batches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_BatchId",
                table: "applications",
                column: "BatchId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_batches");

            migrationBuilder.DropIndex(
                name: "IX_applications_BatchId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "NameMasked",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "PaidOn",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "PaymentReference",
                table: "applications");
        }
    }
}
