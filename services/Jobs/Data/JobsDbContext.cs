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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
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
            e.HasIndex(p => p.CountyCode);
            e.HasIndex(p => p.CityCode);
            e.HasIndex(p => p.OccupationCode);
            e.HasIndex(p => p.OccupationGroup);
        });

        // Seekers and the postings' matching facts (issue 15, matching): their own tables.
        Matching.MatchingModel.Configure(modelBuilder);
    }
}
