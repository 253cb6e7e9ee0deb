using Employment.Common.V1;
using Google.Protobuf.WellKnownTypes;

namespace Employment.Persistence.Records;

/// <summary>The contract's <see cref="RecordInfo"/> (version and audit columns) of a stored row.</summary>
public static class RecordInfoMapping
{
    public static RecordInfo ToRecordInfo(this AuditedRecord record) =>
        Info(record.Version, record.CreatedAt, record.CreatedBy, record.UpdatedAt, record.UpdatedBy);

    /// <summary>For rows written once and never changed (a fact, an overdue spell): created is also last updated.</summary>
    public static RecordInfo Info(long version, DateTimeOffset createdAt, string createdBy, DateTimeOffset updatedAt, string updatedBy) => new()
    {
        Version = version,
        CreatedAt = Timestamp.FromDateTimeOffset(createdAt),
        CreatedBy = createdBy,
        UpdatedAt = Timestamp.FromDateTimeOffset(updatedAt),
        UpdatedBy = updatedBy,
    };
}
