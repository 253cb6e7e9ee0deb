using Employment.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Employment.Loans.Data;

/// <summary>
/// The loans service's own database: SQLite by default, PostgreSQL when configured. The schema comes
/// from the migrations in Migrations/, for both providers (column types are left to the provider;
/// the two decimals carry precision 9, scale 6: numeric(9,6) on PostgreSQL, TEXT on SQLite).
/// </summary>
public sealed class LoansDbContext(DbContextOptions<LoansDbContext> options) : DbContext(options)
{
    public const int RatePrecision = 9;
    public const int RateScale = 6;

    public DbSet<EligibilityQueryRecord> EligibilityQueries => Set<EligibilityQueryRecord>();

    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();

    public DbSet<ApplicationStateChangeRecord> ApplicationStateChanges => Set<ApplicationStateChangeRecord>();

    public DbSet<LoanRecord> Loans => Set<LoanRecord>();

    public DbSet<RepaymentRecord> Repayments => Set<RepaymentRecord>();

    public DbSet<ExtensionRecord> Extensions => Set<ExtensionRecord>();

    public DbSet<OverdueRecord> Overdue => Set<OverdueRecord>();

    public DbSet<ClaimRecord> Claims => Set<ClaimRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EligibilityQueryRecord>(e =>
        {
            e.ToTable("eligibility_queries");
            e.HasKey(q => q.Id);
            e.HasIndex(q => new { q.BorrowerHash, q.AskedAt });
            e.HasIndex(q => new { q.BankCode, q.AskedAt });
        });
        modelBuilder.Entity<ApplicationRecord>(e =>
        {
            e.ToTable("applications");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.BorrowerHash);
            e.HasIndex(a => new { a.BankCode, a.State });
            e.Property(a => a.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ApplicationStateChangeRecord>(e =>
        {
            e.ToTable("application_state_changes");
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.ApplicationId, c.At });
        });
        modelBuilder.Entity<LoanRecord>(e =>
        {
            e.ToTable("loans");
            e.HasKey(l => l.Id);
            e.HasIndex(l => new { l.BankCode, l.ContractNumber }).IsUnique();
            e.HasIndex(l => l.BorrowerHash);
            e.Property(l => l.ContractRatePercent).HasPrecision(RatePrecision, RateScale);
            e.Property(l => l.SubsidySharePercent).HasPrecision(RatePrecision, RateScale);
            e.Property(l => l.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<RepaymentRecord>(e =>
        {
            e.ToTable("repayments");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.LoanId, r.PaidOn });
            e.HasIndex(r => new { r.LoanId, r.IdempotencyKey }).IsUnique();
        });
        modelBuilder.Entity<ExtensionRecord>(e =>
        {
            e.ToTable("extensions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.LoanId, x.From });
        });
        modelBuilder.Entity<OverdueRecord>(e =>
        {
            e.ToTable("overdue");
            e.HasKey(o => o.Id);
            e.HasIndex(o => new { o.LoanId, o.From });
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ClaimRecord>(e =>
        {
            e.ToTable("claims");
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.BankCode, c.Year, c.Quarter }).IsUnique();
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.AddIdempotencyTable();
    }
}
