using Employment.Common.V1;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Materials;

/// <summary>
/// Where a service keeps the files received with its records: behind this one interface, so that an object store can
/// take over from the service's own database without a use case changing. Files are added to the unit of work of the
/// record they came with (saved with it, or not at all) and read back by that record.
/// </summary>
public interface IMaterialStore
{
    /// <summary>Adds the files to be saved with <paramref name="recordId"/>'s own write; answers them as the record's answer lists them.</summary>
    IReadOnlyList<MaterialInfo> Add(string recordId, IReadOnlyList<CheckedMaterial> materials, Caller sender, DateTimeOffset now);

    /// <summary>The files of some records, without their content: record id → its files, oldest first.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<MaterialInfo>>> ListAsync(IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken);

    /// <summary>One file with its content; null when the record has no such file.</summary>
    Task<MaterialContent?> GetAsync(string recordId, string materialId, CancellationToken cancellationToken);
}

/// <summary>The files in the owning service's own database (table "materials", <see cref="MaterialModel"/>).</summary>
public sealed class DatabaseMaterialStore(DbContext db) : IMaterialStore
{
    public IReadOnlyList<MaterialInfo> Add(string recordId, IReadOnlyList<CheckedMaterial> materials, Caller sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(sender);
        var infos = new List<MaterialInfo>();
        foreach (var material in materials)
        {
            var row = new MaterialRecord
            {
                Id = RecordIds.New("M"),
                RecordId = recordId,
                Kind = material.Kind,
                KindZh = material.KindZh,
                FileName = material.FileName,
                ContentType = material.ContentType,
                SizeBytes = material.Content.Length,
                Sha256 = material.Sha256,
                Content = material.Content,
            };
            row.StampCreated(sender.Subject, now);
            db.Set<MaterialRecord>().Add(row);
            infos.Add(Info(row));
        }

        return infos;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MaterialInfo>>> ListAsync(IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<MaterialRecord>().AsNoTracking().Where(m => recordIds.Contains(m.RecordId))
            .Select(m => new MaterialRecord
            {
                Id = m.Id, RecordId = m.RecordId, Kind = m.Kind, KindZh = m.KindZh, FileName = m.FileName, ContentType = m.ContentType, SizeBytes = m.SizeBytes,
                Sha256 = m.Sha256, Content = Array.Empty<byte>(), CreatedAt = m.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(m => m.RecordId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MaterialInfo>)[.. g.OrderBy(m => m.Id, StringComparer.Ordinal).Select(Info)], StringComparer.Ordinal);
    }

    public async Task<MaterialContent?> GetAsync(string recordId, string materialId, CancellationToken cancellationToken)
    {
        var row = await db.Set<MaterialRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.RecordId == recordId, cancellationToken);
        return row is null ? null : new MaterialContent { Info = Info(row), Content = ByteString.CopyFrom(row.Content) };
    }

    private static MaterialInfo Info(MaterialRecord row) => new()
    {
        MaterialId = row.Id,
        Kind = row.Kind,
        KindZh = row.KindZh,
        FileName = row.FileName,
        ContentType = row.ContentType,
        SizeBytes = row.SizeBytes,
        Sha256 = row.Sha256,
        UploadedAt = Timestamp.FromDateTimeOffset(row.CreatedAt),
    };
}

public static class MaterialStoreRegistration
{
    /// <summary>The service's files kept in its own database, beside the records they came with.</summary>
    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddMaterialStore<TContext>(this Microsoft.Extensions.DependencyInjection.IServiceCollection services)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        return Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<IMaterialStore>(services,
            sp => new DatabaseMaterialStore(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TContext>(sp)));
    }
}
