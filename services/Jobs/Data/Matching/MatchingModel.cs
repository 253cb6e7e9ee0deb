using Employment.Jobs.Data.Seekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.Matching;

/// <summary>The matching tables in the jobs model: seekers, their tags, and the postings' matching facts.</summary>
internal static class MatchingModel
{
    public const string SeekersTable = "seekers";
    public const string SeekerTagsTable = "seeker_tags";
    public const string PostingMatchTable = "posting_match_facts";

    public static void Configure(ModelBuilder modelBuilder)
    {
        // A match reads the newest postings of one occupation code, one 小类 or one kind (公益性岗位):
        // along these indexes it stops after the rows it needs instead of sorting every match.
        modelBuilder.Entity<PostingRecord>(e =>
        {
            e.HasIndex(p => new { p.OccupationCode, p.PostedOn, p.Key }).HasDatabaseName("IX_postings_match_code_newest");
            e.HasIndex(p => new { p.OccupationGroup, p.PostedOn, p.Key }).HasDatabaseName("IX_postings_match_group_newest");
            e.HasIndex(p => new { p.Kind, p.PostedOn, p.Key }).HasDatabaseName("IX_postings_match_kind_newest");

            // The same for a seeker who would work in one county: the county is checked in the index,
            // not on the heap after each visit (ten of eleven rows of a city-wide walk were dropped there).
            e.HasIndex(p => new { p.OccupationCode, p.CountyCode, p.PostedOn, p.Key }).HasDatabaseName("IX_postings_match_code_county_newest");
            e.HasIndex(p => new { p.OccupationGroup, p.CountyCode, p.PostedOn, p.Key }).HasDatabaseName("IX_postings_match_group_county_newest");
            e.HasIndex(p => new { p.Kind, p.CountyCode, p.PostedOn, p.Key }).HasDatabaseName("IX_postings_match_kind_county_newest");
        });

        modelBuilder.Entity<SeekerRecord>(e =>
        {
            e.ToTable(SeekersTable);
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).ValueGeneratedOnAdd();
            e.Property(s => s.SeekerId).HasMaxLength(64);
            e.HasIndex(s => s.SeekerId).IsUnique();
            e.Property(s => s.PersonId).HasMaxLength(64);
            e.HasIndex(s => s.PersonId).IsUnique();
            e.Property(s => s.HomeCountyCode).HasMaxLength(6);
            e.Property(s => s.HomeCityCode).HasMaxLength(6);
            e.HasIndex(s => s.HomeCityCode);
            e.Property(s => s.AssistanceCaseId).HasMaxLength(64);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasMany(s => s.Tags).WithOne().HasForeignKey(t => t.SeekerKey).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SeekerTagRecord>(e =>
        {
            e.ToTable(SeekerTagsTable);
            e.HasKey(t => t.Key);
            e.Property(t => t.Key).ValueGeneratedOnAdd();
            e.Property(t => t.Value).HasMaxLength(64);
            e.Property(t => t.Group).HasMaxLength(16);
            e.HasIndex(t => new { t.SeekerKey, t.Kind, t.Value }).IsUnique();
            // A posting finds the seekers who asked for its occupation (code or 小类) through these.
            e.HasIndex(t => new { t.Kind, t.Value });
            e.HasIndex(t => new { t.Kind, t.Group });
        });

        modelBuilder.Entity<PostingMatchRecord>(e =>
        {
            e.ToTable(PostingMatchTable);
            e.HasKey(p => p.PostingKey);
            e.Property(p => p.PostingKey).ValueGeneratedNever();
            e.Property(p => p.Skills).HasMaxLength(2000);
            e.Property(p => p.Certificates).HasMaxLength(2000);
            e.HasOne<PostingRecord>().WithOne().HasForeignKey<PostingMatchRecord>(p => p.PostingKey).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.CaringPost);
        });
    }
}
