using Google.Protobuf;

namespace Employment.Applicants.Domain.Registry;

/// <summary>
/// What the registry stores of a contract message (a fact, an employer's details): the message's own
/// content, without what the registry assigns (ids, the record's version, superseded) and without the
/// fields held in columns of their own.
/// </summary>
public static class StoredContent
{
    private static readonly string[] AssignedFields = ["fact_id", "record", "superseded", "employer_id", "credit_code", "name"];

    public static byte[] Of<T>(T message)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(message);
        var copy = message.Clone();
        foreach (var name in AssignedFields)
        {
            copy.Descriptor.FindFieldByName(name)?.Accessor.Clear(copy);
        }

        return copy.ToByteArray();
    }
}
