using Employment.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Employment.Risk.Data;

/// <summary>
/// The risk-signals service's own database: SQLite by default, PostgreSQL when configured. The model is
/// defined once, here; each provider has its context type and its migrations (services/Persistence/README.md).
/// </summary>
public abstract class RiskDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SignalRecord> Signals => Set<SignalRecord>();

    public DbSet<SignalReviewRecord> SignalReviews => Set<SignalReviewRecord>();

    public DbSet<ScanRecord> Scans => Set<ScanRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SignalRecord>(e =>
        {
            e.ToTable("signals");
            e.HasKey(s => s.Id);
            // One row per finding: a scan run again finds it and keeps this one (and its reviews).
            e.HasIndex(s => s.Fingerprint).IsUnique();
            e.HasIndex(s => new { s.Region, s.Status, s.Kind });
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasMany(s => s.Reviews).WithOne().HasForeignKey(r => r.SignalId);
        });
        modelBuilder.Entity<SignalReviewRecord>(e =>
        {
            e.ToTable("signal_reviews");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.SignalId, r.SignalVersion }).IsUnique();
        });
        modelBuilder.Entity<ScanRecord>(e =>
        {
            e.ToTable("scans");
            e.HasKey(s => s.Id);
        });
        modelBuilder.AddIdempotencyTable();
    }
}
