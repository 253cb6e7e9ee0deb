using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "postings",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostingId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccupationGroup = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PayMinFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PayMaxFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PayPeriod = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlyPayMinFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthlyPayMaxFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_postings", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_postings_CityCode",
                table: "postings",
                column: "CityCode");

            migrationBuilder.CreateIndex(
                name: "IX_postings_CountyCode",
                table: "postings",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_postings_OccupationCode",
                table: "postings",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_postings_OccupationGroup",
                table: "postings",
                column: "OccupationGroup");

            migrationBuilder.CreateIndex(
                name: "IX_postings_PostedOn_Key",
                table: "postings",
                columns: new[] { "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_PostingId",
                table: "postings",
                column: "PostingId",
                unique: true);

            // Added by hand: EF does not model virtual tables. The posting's tokens (TextAnalyzer),
            // space-separated, rowid = postings.Key; unicode61 reads back exactly those tokens.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE posting_text USING fts5(title, body, tokenize = 'unicode61')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE posting_text");

            migrationBuilder.DropTable(
                name: "postings");
        }
    }
}
