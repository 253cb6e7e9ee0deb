using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EmployerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OfficerContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastCollectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenVacancies = table.Column<int>(type: "INTEGER", nullable: false),
                    PostedVacancies = table.Column<int>(type: "INTEGER", nullable: false),
                    Collections = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
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
