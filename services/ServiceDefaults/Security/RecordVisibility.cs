using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Who may see a record a caller asked for by its key ("refusals name another bank's or
/// region's ownership"): a bank only its own bank's records, a counter only its region's (RegionScope),
/// a person or employer agent only records they own (none, unless the owner is given).
/// To anyone else the record is NOT_FOUND, exactly as a key that does not exist, so the refusal does
/// not confirm that the record exists or say who owns it.
/// </summary>
public static class RecordVisibility
{
    public static void RequireVisible(this Caller caller, string what, string key, string? bankCode, params ReadOnlySpan<string?> regionCodes) =>
        caller.RequireVisible(what, key, bankCode, default, regionCodes);

    /// <summary>As above, for a record persons or employer agents may read: shown to the one <paramref name="owner"/> names.</summary>
    public static void RequireVisible(this Caller caller, string what, string key, string? bankCode, RecordOwner owner, params ReadOnlySpan<string?> regionCodes)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var visible = caller.Role switch
        {
            CallerRole.Bank => string.Equals(caller.BankCode, bankCode, StringComparison.Ordinal),
            _ => RegionScope.Of(caller).Shows(owner, regionCodes),
        };
        if (!visible)
        {
            throw RpcErrors.NotFound(what, key);
        }
    }
}
