using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Hiring.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HiringClaimProgressCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProgressCodeHash",
                table: "claims",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProgressCodeHash",
                table: "claims");
        }
    }
}
