using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "postings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "postings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinEducation",
                table: "postings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_postings_Latitude_Longitude",
                table: "postings",
                columns: new[] { "Latitude", "Longitude" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_postings_Latitude_Longitude",
                table: "postings");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "postings");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "postings");

            migrationBuilder.DropColumn(
                name: "MinEducation",
                table: "postings");
        }
    }
}
