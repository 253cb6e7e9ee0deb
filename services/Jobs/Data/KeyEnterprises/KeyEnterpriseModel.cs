using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.KeyEnterprises;

/// <summary>The key-enterprise table in the jobs model.</summary>
internal static class KeyEnterpriseModel
{
    public const string Table = "key_enterprises";

    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<KeyEnterpriseRecord>(e =>
        {
            e.ToTable(Table);
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.EmployerId).HasMaxLength(64);
            e.Property(r => r.CreditCode).HasMaxLength(18);
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.CountyCode).HasMaxLength(6);
            e.Property(r => r.Sector).HasMaxLength(50);
            e.Property(r => r.Officer).HasMaxLength(100);
            e.Property(r => r.OfficerContact).HasMaxLength(100);
            e.Property(r => r.DelistReason).HasMaxLength(500);
            e.Property(r => r.DelistedBy).HasMaxLength(100);
            e.Property(r => r.Version).IsConcurrencyToken();

            // An employer is on the list once (a racing second listing fails here).
            e.HasIndex(r => r.CreditCode).IsUnique();
            // The list by county, then name.
            e.HasIndex(r => new { r.CountyCode, r.Name, r.Id });
        });
}
