using Employment.Persistence.Appeals;
using Employment.Persistence.Declines;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Materials;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>
/// The hiring service's own database: SQLite by default, PostgreSQL when configured. The model is
/// defined once, here; each provider has its context type (<see cref="SqliteHiringDbContext"/>,
/// <see cref="PostgresHiringDbContext"/>) and its migrations in Migrations/Sqlite and
/// Migrations/Postgres (services/Persistence/README.md). The service asks for this type.
/// </summary>
public abstract class HiringDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<HiringClaimRecord> Claims => Set<HiringClaimRecord>();

    public DbSet<HiringClaimItemRecord> ClaimItems => Set<HiringClaimItemRecord>();

    public DbSet<PaymentBatchRecord> PaymentBatches => Set<PaymentBatchRecord>();

    public DbSet<SubsidisedMonthRecord> SubsidisedMonths => Set<SubsidisedMonthRecord>();

    public DbSet<TraineeMonthRecord> TraineeMonths => Set<TraineeMonthRecord>();

    public DbSet<TraineeCapRecord> TraineeCaps => Set<TraineeCapRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    public DbSet<OfferRecord> Offers => Set<OfferRecord>();

    public DbSet<OwedRunRecord> OwedRuns => Set<OwedRunRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMaterialTable();
        modelBuilder.AddAppealTable();
        modelBuilder.AddDeclinedRequestTable();
        modelBuilder.Entity<HiringClaimRecord>(e =>
        {
            e.ToTable("claims");
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.Region, c.Status });
            e.HasIndex(c => c.EmployerId);
            e.HasIndex(c => c.BatchId);
            e.Property(c => c.ReceiptNumber).HasMaxLength(60);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<HiringClaimItemRecord>(e =>
        {
            e.ToTable("claim_items");
            e.HasKey(i => new { i.ClaimId, i.ItemNo });
            // R9: one standing 吸纳 or 扩岗 item per person, across employers; a racing second claim fails here.
            // Null (a rejected item, another kind) is not a value, so it never collides.
            e.HasIndex(i => i.StandingOneOffHirePerson).IsUnique();
            // R14: one standing start-up subsidy per founder, across businesses.
            e.HasIndex(i => i.StandingStartupFounder).IsUnique();
            // Once-only measures (稳岗返还 per employer and refund year, R15): a racing second claim fails here.
            e.HasIndex(i => i.StandingOnceKey).IsUnique();
            e.HasIndex(i => i.PersonId);
        });
        modelBuilder.Entity<SubsidisedMonthRecord>(e =>
        {
            e.ToTable("subsidised_months");
            e.HasKey(m => new { m.ClaimId, m.ItemNo, m.Month });
            // R21, R25: one standing claim per person and month; a racing second claim fails here.
            e.HasIndex(m => new { m.StandingPerson, m.Month }).IsUnique();
        });
        modelBuilder.Entity<TraineeMonthRecord>(e =>
        {
            e.ToTable("trainee_months");
            e.HasKey(m => new { m.ClaimId, m.ItemNo, m.Month });
            // R11, R22: one standing trainee item per person and calendar month; a racing second claim fails here.
            e.HasIndex(m => new { m.StandingPerson, m.Month }).IsUnique();
        });
        modelBuilder.Entity<TraineeCapRecord>(e =>
        {
            // R11, R22: a trainee submission's turn per person, so the 12-month cap is judged one claim at a time (TraineeCapTurns).
            e.ToTable("trainee_caps");
            e.HasKey(c => c.PersonId);
        });
        modelBuilder.Entity<OfferRecord>(e =>
        {
            e.ToTable("offers");
            e.HasKey(o => o.Id);
            // One offer per claimant and prepared claim: two hall pages refreshing at once make it once.
            e.HasIndex(o => new { o.OwnerEmployerId, o.OwnerPersonId, o.ClaimKey }).IsUnique();
        });
        modelBuilder.Entity<OwedRunRecord>(e =>
        {
            e.ToTable("owed_runs");
            e.HasKey(r => new { r.RunKey, r.County });
            // A copy of the run that resumed elsewhere meanwhile: the later commit finds the checkpoint moved and stops.
            e.Property(r => r.Checkpoint).IsConcurrencyToken();
        });
        modelBuilder.AddOutboxTable();
        modelBuilder.AddObjectionTable();
        modelBuilder.Entity<PaymentBatchRecord>(e =>
        {
            e.ToTable("payment_batches");
            e.HasKey(b => b.Id);
            e.Property(b => b.Version).IsConcurrencyToken();
        });
        modelBuilder.AddPaymentHoldTable();
        modelBuilder.AddIdempotencyTable();
    }
}
