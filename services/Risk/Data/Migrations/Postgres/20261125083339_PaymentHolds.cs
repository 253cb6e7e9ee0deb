using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Risk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PaidBeforeHold",
                table: "signals",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "PaymentHeld",
                table: "signals",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidBeforeHold",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "PaymentHeld",
                table: "signals");
        }
    }
}
