using Employment.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Employment.Figures.Data;

/// <summary>
/// The figures service's own database: SQLite by default, PostgreSQL when configured. The model is defined once,
/// here; each provider has its context type and its migrations (services/Persistence/README.md).
/// </summary>
public abstract class FiguresDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<FigureItemRecord> Items => Set<FigureItemRecord>();

    public DbSet<FigureCellRecord> Cells => Set<FigureCellRecord>();

    public DbSet<FiguresRefreshRecord> Refreshes => Set<FiguresRefreshRecord>();

    public DbSet<EnteredFigureRecord> EnteredFigures => Set<EnteredFigureRecord>();

    public DbSet<EnteredFigureHistoryRecord> EnteredFigureHistory => Set<EnteredFigureHistoryRecord>();

    public DbSet<AuditSampleRecord> AuditSamples => Set<AuditSampleRecord>();

    public DbSet<AuditSampleItemRecord> AuditSampleItems => Set<AuditSampleItemRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FigureItemRecord>(e =>
        {
            e.ToTable("figure_items");
            e.HasKey(i => new { i.Service, i.Reference, i.ItemNo });
            // A refresh replaces its city's items of the years it read; a drill-down reads a region's by date.
            e.HasIndex(i => new { i.City, i.ReceivedOn });
            e.HasIndex(i => new { i.Region, i.ReceivedOn });
            e.HasIndex(i => new { i.Region, i.PaidOn });
            e.HasIndex(i => new { i.City, i.PaidOn });
        });
        modelBuilder.Entity<FigureCellRecord>(e =>
        {
            e.ToTable("figure_cells");
            e.HasKey(c => new { c.Region, c.Year, c.Month, c.Measure, c.Dimension, c.Value });
        });
        modelBuilder.Entity<FiguresRefreshRecord>(e =>
        {
            e.ToTable("figure_refreshes");
            e.HasKey(r => new { r.City, r.Year });
        });
        modelBuilder.Entity<EnteredFigureRecord>(e =>
        {
            e.ToTable("entered_figures");
            e.HasKey(f => new { f.Region, f.Year, f.Key });
            e.Property(f => f.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<EnteredFigureHistoryRecord>(e =>
        {
            e.ToTable("entered_figure_history");
            e.HasKey(f => f.Id);
            e.HasIndex(f => new { f.Region, f.Year, f.Key });
        });
        modelBuilder.Entity<AuditSampleRecord>(e =>
        {
            e.ToTable("audit_samples");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.Region, a.Year });
        });
        modelBuilder.Entity<AuditSampleItemRecord>(e =>
        {
            e.ToTable("audit_sample_items");
            e.HasKey(i => new { i.SampleId, i.Service, i.Reference, i.ItemNo });
        });
        modelBuilder.AddIdempotencyTable();
    }
}
