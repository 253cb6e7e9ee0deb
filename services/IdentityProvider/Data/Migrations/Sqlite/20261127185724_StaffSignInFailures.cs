using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.IdentityProvider.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffSignInFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "staff_sign_in_failures",
                columns: table => new
                {
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstFailedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastFailedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_sign_in_failures", x => new { x.StaffNumber, x.Address });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "staff_sign_in_failures");
        }
    }
}
