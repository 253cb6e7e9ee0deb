using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StabilisationAndOnceOnlyClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Given",
                table: "claim_items",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StandingOnceKey",
                table: "claim_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_claim_items_StandingOnceKey",
                table: "claim_items",
                column: "StandingOnceKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claim_items_StandingOnceKey",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "Given",
                table: "claim_items");

            migrationBuilder.DropColumn(
                name: "StandingOnceKey",
                table: "claim_items");
        }
    }
}
