using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CountyNewestIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_postings_CountyCode",
                table: "postings");

            migrationBuilder.CreateIndex(
                name: "IX_postings_county_newest",
                table: "postings",
                columns: new[] { "CountyCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_code_county_newest",
                table: "postings",
                columns: new[] { "OccupationCode", "CountyCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_group_county_newest",
                table: "postings",
                columns: new[] { "OccupationGroup", "CountyCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_kind_county_newest",
                table: "postings",
                columns: new[] { "Kind", "CountyCode", "PostedOn", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_postings_county_newest",
                table: "postings");

            migrationBuilder.DropIndex(
                name: "IX_postings_match_code_county_newest",
                table: "postings");

            migrationBuilder.DropIndex(
                name: "IX_postings_match_group_county_newest",
                table: "postings");

            migrationBuilder.DropIndex(
                name: "IX_postings_match_kind_county_newest",
                table: "postings");

            migrationBuilder.CreateIndex(
                name: "IX_postings_CountyCode",
                table: "postings",
                column: "CountyCode");
        }
    }
}
