using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PayHighestIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_postings_pay_highest",
                table: "postings",
                columns: new[] { "MonthlyPayMaxFen", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_postings_pay_highest",
                table: "postings");
        }
    }
}
