using Employment.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Materials;

/// <summary>
/// 申报材料: one file received with an application or a claim (table "materials" of the service that owns the record),
/// its content kept with its SHA-256 so what the clerk reads is what was received. Written in the record's own
/// transaction; never changed.
/// </summary>
public sealed class MaterialRecord : AuditedRecord
{
    public required string Id { get; set; }

    /// <summary>The application or claim it was received with.</summary>
    public required string RecordId { get; set; }

    public required string Kind { get; set; }

    /// <summary>What the kind was called when it was received (the measure's list may change later).</summary>
    public required string KindZh { get; set; }

    public required string FileName { get; set; }

    /// <summary>What the content shows it to be (application/pdf, image/jpeg, image/png).</summary>
    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lowercase hexadecimal.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }
}

public static class MaterialModel
{
    /// <summary>Maps <see cref="MaterialRecord"/> to "materials", found by the record they came with.</summary>
    public static ModelBuilder AddMaterialTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<MaterialRecord>(e =>
        {
            e.ToTable("materials");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.RecordId);
            e.Property(m => m.Version).IsConcurrencyToken();
        });
        return modelBuilder;
    }
}
