using Employment.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>
/// The registry's own database: SQLite by default, PostgreSQL when configured. The schema comes
/// from the migrations in Migrations/, for both providers (column types are left to the provider).
/// </summary>
public sealed class ApplicantsDbContext(DbContextOptions<ApplicantsDbContext> options) : DbContext(options)
{
    public DbSet<PersonRecord> People => Set<PersonRecord>();

    public DbSet<FactRecord> Facts => Set<FactRecord>();

    public DbSet<EmployerRecord> Employers => Set<EmployerRecord>();

    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    public DbSet<ProfileAccessRecord> ProfileAccess => Set<ProfileAccessRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PersonRecord>(e =>
        {
            e.ToTable("people");
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.IdNumber).IsUnique();
            e.HasIndex(p => new { p.Name, p.BirthDate });
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<FactRecord>(e =>
        {
            e.ToTable("facts");
            e.HasKey(f => f.Id);
            e.HasIndex(f => new { f.SubjectType, f.SubjectId, f.Kind });
            e.Property(f => f.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<EmployerRecord>(e =>
        {
            e.ToTable("employers");
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.CreditCode).IsUnique();
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("audit");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.SubjectType, a.SubjectId, a.At });
        });
        modelBuilder.AddIdempotencyTable();
        modelBuilder.Entity<ProfileAccessRecord>(e =>
        {
            e.ToTable("profile_access");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.SubjectType, a.SubjectId, a.At });
        });
    }
}
