using Employment.Persistence.Idempotency;
using Employment.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data;

/// <summary>
/// The job-matching service's own database: SQLite by default, PostgreSQL when configured. The model
/// common to both is defined here; each provider's context adds its text index
/// (<see cref="PostgresJobsDbContext"/>: a tsvector column with a GIN index; SQLite: the FTS5 table
/// its migration creates) and has its own migrations set.
/// </summary>
public abstract class JobsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string PostingsTable = "postings";

    public DbSet<PostingRecord> Postings => Set<PostingRecord>();

    public DbSet<JobPostingRecord> JobPostings => Set<JobPostingRecord>();

    public DbSet<ScreeningOverrideRecord> ScreeningOverrides => Set<ScreeningOverrideRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    public DbSet<SearchCountRecord> SearchCounts => Set<SearchCountRecord>();

    public const string SearchCountsTable = "search_counts";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SearchCountRecord>(e =>
        {
            e.ToTable(SearchCountsTable);
            e.HasKey(c => c.Key);
            e.Property(c => c.Key).HasMaxLength(64);

            // Rows nobody has asked for in a day are cleared oldest first.
            e.HasIndex(c => c.CountedAtMs);
        });
        modelBuilder.Entity<PostingRecord>(e =>
        {
            e.ToTable(PostingsTable);
            e.HasKey(p => p.Key);
            e.Property(p => p.Key).ValueGeneratedOnAdd();
            e.Property(p => p.PostingId).HasMaxLength(64);
            e.HasIndex(p => p.PostingId).IsUnique();
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.EmployerName).HasMaxLength(200);
            e.Property(p => p.Description).HasMaxLength(4000);
            e.Property(p => p.OccupationCode).HasMaxLength(16);
            e.Property(p => p.OccupationGroup).HasMaxLength(16);
            e.Property(p => p.CountyCode).HasMaxLength(6);
            e.Property(p => p.CityCode).HasMaxLength(6);
            e.Property(p => p.Version).IsConcurrencyToken();

            // Browsing reads newest first along this index; keyset pages continue along it.
            e.HasIndex(p => new { p.PostedOn, p.Key });
            // A county's newest postings: the search window walks it for a county filter (and equality
            // on the county alone still seeks its first column).
            e.HasIndex(p => new { p.CountyCode, p.PostedOn, p.Key }).HasDatabaseName("IX_postings_county_newest");
            // Listed by pay, highest first: walked backwards, the page's rows without sorting every match.
            e.HasIndex(p => new { p.MonthlyPayMaxFen, p.Key }).HasDatabaseName("IX_postings_pay_highest");
            e.HasIndex(p => p.CityCode);
            e.HasIndex(p => p.OccupationCode);
            e.HasIndex(p => p.OccupationGroup);

            // Distance from a point: a bounding box on latitude first, then the exact check.
            e.HasIndex(p => new { p.Latitude, p.Longitude });
        });
        modelBuilder.Entity<JobPostingRecord>(e =>
        {
            e.ToTable("job_postings");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasMaxLength(64);
            e.Property(p => p.EmployerCreditCode).HasMaxLength(18);
            e.Property(p => p.EmployerName).HasMaxLength(200);
            e.Property(p => p.Title).HasMaxLength(100);
            e.Property(p => p.CountyCode).HasMaxLength(6);
            e.Property(p => p.DuplicateKey).HasMaxLength(64);
            e.Property(p => p.OpenDuplicateKey).HasMaxLength(64);
            e.Property(p => p.Version).IsConcurrencyToken();

            // One open posting per job: a racing second filing of the same job fails here and is merged.
            // NULLs (withdrawn postings) do not collide on either database.
            e.HasIndex(p => p.OpenDuplicateKey).IsUnique();
            e.HasIndex(p => new { p.CountyCode, p.Id });
            e.HasIndex(p => p.EmployerCreditCode);
        });
        modelBuilder.Entity<ScreeningOverrideRecord>(e =>
        {
            e.ToTable("screening_overrides");
            e.HasKey(o => o.Id);
            e.Property(o => o.Id).ValueGeneratedOnAdd();
            e.Property(o => o.PostingId).HasMaxLength(64);
            e.HasIndex(o => o.PostingId);
        });
        modelBuilder.AddIdempotencyTable();
        modelBuilder.AddOutboxTable();

        // Seekers and the postings' matching facts (matching): their own tables.
        Matching.MatchingModel.Configure(modelBuilder);
        Online.OnlineModel.Configure(modelBuilder);

        // Recruitment events and service venues (what the public employment service runs).
        PublicServices.PublicServicesModel.Configure(modelBuilder);
        Assistance.AssistanceModel.Configure(modelBuilder);

        // Key enterprises (重点企业, 36号（六）).
        KeyEnterprises.KeyEnterpriseModel.Configure(modelBuilder);
    }
}
