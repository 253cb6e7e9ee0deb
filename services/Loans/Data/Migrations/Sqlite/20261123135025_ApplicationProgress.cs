using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Loans.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameMasked",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProgressCodeHash",
                table: "applications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameMasked",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ProgressCodeHash",
                table: "applications");
        }
    }
}
