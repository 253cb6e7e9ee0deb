using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.IdentityProvider.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProviderSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "provider_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_sessions_Subject",
                table: "provider_sessions",
                column: "Subject");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "provider_sessions");
        }
    }
}
