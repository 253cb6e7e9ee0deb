using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Jobs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Seekers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "posting_match_facts",
                columns: table => new
                {
                    PostingKey = table.Column<long>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    MinEducation = table.Column<int>(type: "INTEGER", nullable: false),
                    CaringPost = table.Column<bool>(type: "INTEGER", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Certificates = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posting_match_facts", x => x.PostingKey);
                    table.ForeignKey(
                        name: "FK_posting_match_facts_postings_PostingKey",
                        column: x => x.PostingKey,
                        principalTable: "postings",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "seekers",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeekerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HomeCountyCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    HomeCityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PayFloorFen = table.Column<long>(type: "INTEGER", nullable: true),
                    PayFloorPeriod = table.Column<int>(type: "INTEGER", nullable: false),
                    NonPersonalised = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssistanceCaseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seekers", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "seeker_tags",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeekerKey = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Excluded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seeker_tags", x => x.Key);
                    table.ForeignKey(
                        name: "FK_seeker_tags_seekers_SeekerKey",
                        column: x => x.SeekerKey,
                        principalTable: "seekers",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_code_newest",
                table: "postings",
                columns: new[] { "OccupationCode", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_group_newest",
                table: "postings",
                columns: new[] { "OccupationGroup", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_match_kind_newest",
                table: "postings",
                columns: new[] { "Kind", "PostedOn", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_posting_match_facts_CaringPost",
                table: "posting_match_facts",
                column: "CaringPost");

            migrationBuilder.CreateIndex(
                name: "IX_seeker_tags_Kind_Group",
                table: "seeker_tags",
                columns: new[] { "Kind", "Group" });

            migrationBuilder.CreateIndex(
                name: "IX_seeker_tags_Kind_Value",
                table: "seeker_tags",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_seeker_tags_SeekerKey_Kind_Value",
                table: "seeker_tags",
                columns: new[] { "SeekerKey", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_seekers_HomeCityCode",
                table: "seekers",
                column: "HomeCityCode");

            migrationBuilder.CreateIndex(
                name: "IX_seekers_PersonId",
                table: "seekers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_seekers_SeekerId",
                table: "seekers",
                column: "SeekerId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "posting_match_facts");

            migrationBuilder.DropTable(
                name: "seeker_tags");

            migrationBuilder.DropTable(
                name: "seekers");

            migrationBuilder.DropIndex(
                name: "IX_postings_match_code_newest",
                table: "postings");

            migrationBuilder.DropIndex(
                name: "IX_postings_match_group_newest",
                table: "postings");

            migrationBuilder.DropIndex(
                name: "IX_postings_match_kind_newest",
                table: "postings");
        }
    }
}
