using Employment.ServiceDefaults.Security;
using Grpc.Core;

namespace Employment.TestInfrastructure;

/// <summary>
/// The call metadata that makes a test call come from a given role. Every service test builds its
/// callers here, so when the way identities are carried changes (headers today, signed tokens with
/// the gateway issue) only this file changes.
/// </summary>
public static class TestCallers
{
    public static Metadata Bank(string bankCode, string subject = "bank-operator") =>
        For(new Caller(CallerRole.Bank, subject, BankCode: bankCode));

    public static Metadata Counter(string regionCode = "410800", string clerk = "clerk-001") =>
        For(new Caller(CallerRole.Counter, clerk, RegionCode: regionCode));

    public static Metadata Admin(string subject = "admin-001") => For(new Caller(CallerRole.Admin, subject));

    public static Metadata Service(string serviceName) => For(new Caller(CallerRole.Service, serviceName));

    public static Metadata Public() => [];

    public static Metadata For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var metadata = new Metadata
        {
            { HeaderCallerResolver.RoleHeader, caller.Role.ToString().ToLowerInvariant() },
            { HeaderCallerResolver.ActorHeader, caller.Subject },
        };
        if (caller.BankCode is { } bank)
        {
            metadata.Add(HeaderCallerResolver.BankHeader, bank);
        }

        if (caller.RegionCode is { } region)
        {
            metadata.Add(HeaderCallerResolver.RegionHeader, region);
        }

        return metadata;
    }
}
