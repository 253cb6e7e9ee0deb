using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimReceivedDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReceiptNumber",
                table: "claims",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "claims",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Claims entered before the received date existed were received on the day they were entered (China, R31).
            migrationBuilder.Sql("""UPDATE claims SET "ReceivedOn" = date("CreatedAt", '+8 hours');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReceiptNumber",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "claims");
        }
    }
}
