using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.PublicServices;

/// <summary>The public employment service's tables in the jobs model: recruitment events and service venues.</summary>
internal static class PublicServicesModel
{
    public const string EventsTable = "recruitment_events";
    public const string VenuesTable = "service_venues";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RecruitmentEventRecord>(e =>
        {
            e.ToTable(EventsTable);
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Title).HasMaxLength(100);
            e.Property(r => r.Organiser).HasMaxLength(100);
            e.Property(r => r.CountyCode).HasMaxLength(6);
            e.Property(r => r.Address).HasMaxLength(200);
            e.Property(r => r.Contact).HasMaxLength(100);
            e.Property(r => r.CancellationReason).HasMaxLength(500);
            e.Property(r => r.Version).IsConcurrencyToken();

            // The public list reads a region's coming events by date; the year's count reads a region's dates.
            e.HasIndex(r => new { r.Date, r.CountyCode });
            e.HasIndex(r => new { r.CountyCode, r.Date });
        });
        modelBuilder.Entity<ServiceVenueRecord>(e =>
        {
            e.ToTable(VenuesTable);
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.CountyCode).HasMaxLength(6);
            e.Property(r => r.Address).HasMaxLength(200);
            e.Property(r => r.OpeningHours).HasMaxLength(100);
            e.Property(r => r.Contact).HasMaxLength(100);
            e.Property(r => r.Services).HasMaxLength(500);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasIndex(r => new { r.CountyCode, r.Name });
        });
    }
}
