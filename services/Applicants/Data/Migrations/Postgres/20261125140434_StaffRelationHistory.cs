using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Applicants.Data.Migrations.Postgres
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
                    Id = table.Column<string>(type: "text", nullable: false),
                    SubjectType = table.Column<string>(type: "text", nullable: false),
                    SubjectId = table.Column<string>(type: "text", nullable: false),
                    Field = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false)
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
