using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Training.Data.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameMasked",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidOn",
                table: "applications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentReference",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "payment_batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    NoticeFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    NoticeUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    TotalFen = table.Column<long>(type: "bigint", nullable: false),
                    NoticePeriodCitation = table.Column<byte[]>(type: "bytea", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
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
