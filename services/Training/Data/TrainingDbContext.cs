using Employment.Persistence.Appeals;
using Employment.Persistence.Declines;
using Employment.Persistence.Materials;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Employment.Training.Data;

/// <summary>
/// The training service's own database: SQLite by default, PostgreSQL when configured. The model is
/// defined once, here; each provider has its context type (<see cref="SqliteTrainingDbContext"/>,
/// <see cref="PostgresTrainingDbContext"/>) and its migrations in Migrations/Sqlite and
/// Migrations/Postgres (services/Persistence/README.md). The service asks for this type.
/// </summary>
public abstract class TrainingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TrainingApplicationRecord> Applications => Set<TrainingApplicationRecord>();

    public DbSet<PaymentBatchRecord> PaymentBatches => Set<PaymentBatchRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TrainingApplicationRecord>(e =>
        {
            e.ToTable("applications");
            e.HasKey(a => a.Id);
            // One application per certificate, ever (R24); a racing second submission fails here.
            e.HasIndex(a => new { a.Kind, a.CertificateKey }).IsUnique();
            e.HasIndex(a => a.PersonId);
            e.HasIndex(a => a.EmployerId);
            e.HasIndex(a => new { a.Region, a.Status });
            e.HasIndex(a => a.BatchId);
            e.Property(a => a.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PaymentBatchRecord>(e =>
        {
            e.ToTable("payment_batches");
            e.HasKey(b => b.Id);
            e.Property(b => b.Version).IsConcurrencyToken();
        });
        modelBuilder.AddPaymentHoldTable();
        modelBuilder.AddObjectionTable();
        modelBuilder.AddMaterialTable();
        modelBuilder.AddAppealTable();
        modelBuilder.AddDeclinedRequestTable();
        modelBuilder.AddOutboxTable();
        modelBuilder.AddIdempotencyTable();
    }
}
