using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Idempotency;

/// <summary>The first answer to a write, returned again for a retry with the same key (table "idempotency").</summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; set; }

    public required string Operation { get; set; }

    /// <summary>Hash of the request, so a key reused for a different request is refused.</summary>
    public required string RequestHash { get; set; }

    public required byte[] Response { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public static class IdempotencyModel
{
    /// <summary>Maps <see cref="IdempotencyRecord"/> to the table "idempotency", keyed by operation and key.</summary>
    public static ModelBuilder AddIdempotencyTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency");
            e.HasKey(i => new { i.Operation, i.Key });
        });
        return modelBuilder;
    }
}
