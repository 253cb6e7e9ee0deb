namespace Employment.Training.UseCases;

/// <summary>
/// What a certificate's (or an apprentice's year's) key becomes once refused at the counter (坚持申请): free for a later
/// application, the key kept after the record's id so an appeal that sets the refusal aside holds it again.
/// </summary>
public static class RefusedKeys
{
    public const string Prefix = "不予批准/";

    public static string Of(string id, string key) => $"{Prefix}{id}/{key}";

    /// <summary>The key the record held before it was refused at the counter, or the key itself when it was not released.</summary>
    public static string Held(string id, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var released = Of(id, "");
        return key.StartsWith(released, StringComparison.Ordinal) ? key[released.Length..] : key;
    }
}
