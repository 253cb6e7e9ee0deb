using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Who may see a record a caller asked for by its key ("refusals name another bank's or
/// region's ownership"): a bank only its own bank's records, a counter only its region's (RegionScope).
/// To anyone else the record is NOT_FOUND, exactly as a key that does not exist, so the refusal does
/// not confirm that the record exists or say who owns it.
/// </summary>
public static class RecordVisibility
{
    public static void RequireVisible(this Caller caller, string what, string key, string? bankCode, params ReadOnlySpan<string?> regionCodes)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var visible = caller.Role switch
        {
            CallerRole.Bank => string.Equals(caller.BankCode, bankCode, StringComparison.Ordinal),
            _ => RegionScope.Of(caller).Covers(regionCodes),
        };
        if (!visible)
        {
            throw RpcErrors.NotFound(what, key);
        }
    }
}
