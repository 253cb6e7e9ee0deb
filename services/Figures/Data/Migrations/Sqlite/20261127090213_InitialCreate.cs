using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Figures.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_sample_items",
                columns: table => new
                {
                    SampleId = table.Column<string>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    ItemNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", nullable: false),
                    MeasureZh = table.Column<string>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    NameMasked = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_sample_items", x => new { x.SampleId, x.Service, x.Reference, x.ItemNo });
                });

            migrationBuilder.CreateTable(
                name: "audit_samples",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_samples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "entered_figure_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    SourceZh = table.Column<string>(type: "TEXT", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entered_figure_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "entered_figures",
                columns: table => new
                {
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    SourceZh = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entered_figures", x => new { x.Region, x.Year, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "figure_cells",
                columns: table => new
                {
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    MeasureZh = table.Column<string>(type: "TEXT", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Granted = table.Column<int>(type: "INTEGER", nullable: false),
                    Refused = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<int>(type: "INTEGER", nullable: false),
                    Pending = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedInLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedWithoutLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedWorkingDays = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Paid = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SubsidyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PeopleReached = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployersReached = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_cells", x => new { x.Region, x.Year, x.Month, x.Measure, x.Dimension, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "figure_items",
                columns: table => new
                {
                    Service = table.Column<string>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    ItemNo = table.Column<int>(type: "INTEGER", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", nullable: false),
                    MeasureZh = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    BenefitGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    NameMasked = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Groups = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SubsidyFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_items", x => new { x.Service, x.Reference, x.ItemNo });
                });

            migrationBuilder.CreateTable(
                name: "figure_refreshes",
                columns: table => new
                {
                    City = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RefreshedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_refreshes", x => new { x.City, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "idempotency",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", nullable: false),
                    Response = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency", x => new { x.Operation, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_samples_Region_Year",
                table: "audit_samples",
                columns: new[] { "Region", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_entered_figure_history_Region_Year_Key",
                table: "entered_figure_history",
                columns: new[] { "Region", "Year", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_figure_items_City_PaidOn",
                table: "figure_items",
                columns: new[] { "City", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_figure_items_City_ReceivedOn",
                table: "figure_items",
                columns: new[] { "City", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_figure_items_Region_PaidOn",
                table: "figure_items",
                columns: new[] { "Region", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_figure_items_Region_ReceivedOn",
                table: "figure_items",
                columns: new[] { "Region", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_sample_items");

            migrationBuilder.DropTable(
                name: "audit_samples");

            migrationBuilder.DropTable(
                name: "entered_figure_history");

            migrationBuilder.DropTable(
                name: "entered_figures");

            migrationBuilder.DropTable(
                name: "figure_cells");

            migrationBuilder.DropTable(
                name: "figure_items");

            migrationBuilder.DropTable(
                name: "figure_refreshes");

            migrationBuilder.DropTable(
                name: "idempotency");
        }
    }
}
