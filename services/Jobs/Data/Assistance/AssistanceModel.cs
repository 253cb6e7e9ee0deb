using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.Assistance;

/// <summary>The employment-assistance table in the jobs model.</summary>
internal static class AssistanceModel
{
    public const string CasesTable = "assistance_cases";

    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<AssistanceCaseRecord>(e =>
        {
            e.ToTable(CasesTable);
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.PersonId).HasMaxLength(64);
            e.Property(r => r.OpenPersonId).HasMaxLength(64);
            e.Property(r => r.CountyCode).HasMaxLength(6);
            e.Property(r => r.HouseholdReference).HasMaxLength(100);
            e.Property(r => r.Plan).HasMaxLength(2000);
            e.Property(r => r.Officer).HasMaxLength(100);
            e.Property(r => r.OutcomeNote).HasMaxLength(500);
            e.Property(r => r.Version).IsConcurrencyToken();

            // One open case per person; NULLs (closed cases) do not collide on either database.
            e.HasIndex(r => r.OpenPersonId).IsUnique();
            e.HasIndex(r => r.PersonId);
            // The household list reads a region's cases of recognised households.
            e.HasIndex(r => new { r.CountyCode, r.HouseholdReference });
            // The graduates' count reads a region's records of a programme by opening date.
            e.HasIndex(r => new { r.Programme, r.OpenedOn });
        });
}
