using Employment.Common.V1;
using Employment.ServiceDefaults.Data;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Outbox;

/// <summary>
/// A message to send about a record (table "outbox" of the service that owns the record), written in the same
/// transaction as the step it tells of, so a step is never taken without its message nor a message sent for a step
/// not taken. <see cref="OutboxRelay{TContext}"/> sends it and stamps <see cref="DeliveredAt"/>.
/// </summary>
public sealed class OutboxRecord
{
    /// <summary>"O" and a time-ordered GUID: sent in the order written. The message's own id.</summary>
    public required string Id { get; set; }

    /// <summary>The <see cref="OutgoingMessage"/>, serialised.</summary>
    public required byte[] Message { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Sends tried and failed so far.</summary>
    public int Attempts { get; set; }
}

public static class OutboxModel
{
    /// <summary>Maps <see cref="OutboxRecord"/> to "outbox", the undelivered found first.</summary>
    public static ModelBuilder AddOutboxTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxRecord>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(o => o.Id);
            e.HasIndex(o => new { o.DeliveredAt, o.Id });
        });
        return modelBuilder;
    }

    /// <summary>Adds a message to the unit of work of the step it tells of (saved with it, or not at all).</summary>
    public static void AddMessage(this DbContext db, OutgoingMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var id = RecordIds.New("O");
        var sent = message.Clone();
        sent.MessageId = id;
        db.Set<OutboxRecord>().Add(new OutboxRecord { Id = id, Message = sent.ToByteArray(), CreatedAt = now });
    }
}
