using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeyEnterprises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "key_enterprises",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EmployerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Sector = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Officer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OfficerContact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastCollectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenVacancies = table.Column<int>(type: "integer", nullable: false),
                    PostedVacancies = table.Column<int>(type: "integer", nullable: false),
                    Collections = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_enterprises", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_key_enterprises_CountyCode_Name_Id",
                table: "key_enterprises",
                columns: new[] { "CountyCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_key_enterprises_CreditCode",
                table: "key_enterprises",
                column: "CreditCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "key_enterprises");
        }
    }
}
