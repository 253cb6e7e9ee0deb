using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.Online;

/// <summary>The tables of jobs online: applications, the reads of resumes by employers and saved searches.</summary>
internal static class OnlineModel
{
    public const string ApplicationsTable = "job_applications";
    public const string ResumeReadsTable = "resume_reads";
    public const string SavedSearchesTable = "saved_searches";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobApplicationRecord>(e =>
        {
            e.ToTable(ApplicationsTable);
            e.HasKey(a => a.Key);
            e.Property(a => a.Key).ValueGeneratedOnAdd();
            e.Property(a => a.Id).HasMaxLength(64);
            e.HasIndex(a => a.Id).IsUnique();
            e.Property(a => a.PostingId).HasMaxLength(64);
            e.Property(a => a.PostingTitle).HasMaxLength(100);
            e.Property(a => a.EmployerCreditCode).HasMaxLength(18);
            e.Property(a => a.EmployerName).HasMaxLength(200);
            e.Property(a => a.PersonId).HasMaxLength(64);
            e.Property(a => a.EmployerNote).HasMaxLength(300);
            e.Property(a => a.Phone).HasMaxLength(32);
            e.Property(a => a.RegistryFactId).HasMaxLength(64);
            e.Property(a => a.Version).IsConcurrencyToken();

            // Once per posting and person; the inbox of a posting and a person's list read newest first along these.
            e.HasIndex(a => new { a.PostingId, a.PersonId }).IsUnique();
            e.HasIndex(a => new { a.PostingId, a.Id });
            e.HasIndex(a => new { a.PersonId, a.Id });
        });

        modelBuilder.Entity<ResumeReadRecord>(e =>
        {
            e.ToTable(ResumeReadsTable);
            e.HasKey(r => r.Key);
            e.Property(r => r.Key).ValueGeneratedOnAdd();
            e.Property(r => r.PersonId).HasMaxLength(64);
            e.Property(r => r.EmployerId).HasMaxLength(64);
            e.Property(r => r.EmployerName).HasMaxLength(200);
            e.Property(r => r.ReaderSubject).HasMaxLength(64);
            e.Property(r => r.ApplicationId).HasMaxLength(64);
            e.Property(r => r.PostingTitle).HasMaxLength(100);
            e.HasIndex(r => new { r.PersonId, r.Key });
        });

        modelBuilder.Entity<SavedSearchRecord>(e =>
        {
            e.ToTable(SavedSearchesTable);
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).ValueGeneratedOnAdd();
            e.Property(s => s.Id).HasMaxLength(64);
            e.HasIndex(s => s.Id).IsUnique();
            e.Property(s => s.PersonId).HasMaxLength(64);
            e.Property(s => s.Query).HasMaxLength(100);
            e.Property(s => s.Region).HasMaxLength(6);
            e.HasIndex(s => new { s.PersonId, s.Id });
        });
    }
}
