using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Applicants.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffRelationHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "staff_relations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_relations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_staff_relations_Field_Value",
                table: "staff_relations",
                columns: new[] { "Field", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_relations_SubjectType_SubjectId",
                table: "staff_relations",
                columns: new[] { "SubjectType", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "staff_relations");
        }
    }
}
