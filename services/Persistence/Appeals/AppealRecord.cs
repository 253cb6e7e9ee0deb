using Employment.Common.V1;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Appeals;

/// <summary>
/// 申诉 (table "appeals"): an applicant's request that a decision which refused them be looked at again, with what the
/// decision was as its letter stated it when filed (whose, where, by whom, on which day), and how it was settled.
/// </summary>
public sealed class AppealRecord
{
    /// <summary>"U" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    /// <summary>The decided record's reference.</summary>
    public required string RecordId { get; set; }

    /// <summary>The region whose office decided it (R27).</summary>
    public required string Region { get; set; }

    /// <summary>Whose record it is: the person's registry id and the employer's, either may be empty.</summary>
    public string OwnerPersonId { get; set; } = "";

    public string OwnerEmployerId { get; set; } = "";

    public string KindZh { get; set; } = "";

    /// <summary>The applicant as the decision's letter names them (masked), and how it speaks to them.</summary>
    public string ApplicantZh { get; set; } = "";

    public string YouZh { get; set; } = "";

    /// <summary>The clerks who decided and reviewed it, comma-separated: none of them may handle the appeal.</summary>
    public string DecidedBy { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    public required string ReasonsZh { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    /// <summary>Who filed it: the applicant, or the counter clerk on their written request.</summary>
    public string FiledBy { get; set; } = "";

    /// <summary>An employment.common.v1.AppealState number.</summary>
    public int State { get; set; }

    public string HandledBy { get; set; } = "";

    public string FindingsZh { get; set; } = "";

    public DateTimeOffset? SettledAt { get; set; }

    public long Version { get; set; }
}

public static class AppealModel
{
    public const string IdPrefix = "U";

    /// <summary>Maps <see cref="AppealRecord"/> to "appeals": a region's queue by state, a person's or employer's own, and one open appeal per record.</summary>
    public static ModelBuilder AddAppealTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AppealRecord>(e =>
        {
            e.ToTable("appeals");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.Region, a.State });
            e.HasIndex(a => a.OwnerPersonId);
            e.HasIndex(a => a.OwnerEmployerId);
            e.HasIndex(a => a.RecordId).IsUnique().HasFilter($"\"State\" = {(int)AppealState.Open}");
            e.Property(a => a.Version).IsConcurrencyToken();
        });
        return modelBuilder;
    }
}
