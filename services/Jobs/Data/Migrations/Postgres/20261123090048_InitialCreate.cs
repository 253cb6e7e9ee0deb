using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Postgres
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
                    Key = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostingId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccupationGroup = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PayMinFen = table.Column<long>(type: "bigint", nullable: false),
                    PayMaxFen = table.Column<long>(type: "bigint", nullable: false),
                    PayPeriod = table.Column<int>(type: "integer", nullable: false),
                    MonthlyPayMinFen = table.Column<long>(type: "bigint", nullable: false),
                    MonthlyPayMaxFen = table.Column<long>(type: "bigint", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchTokens = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_postings_SearchTokens",
                table: "postings",
                column: "SearchTokens")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "postings");
        }
    }
}
