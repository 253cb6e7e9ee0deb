using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Web.Kit.SignIn;

/// <summary>
/// An application's sign-in sessions kept on the server (ASP.NET Core's <see cref="ITicketStore"/>): the cookie
/// carries only a session's key; the session itself (who, and the tokens) lives in the distributed cache — the
/// platform's Redis where there is one (<see cref="Hosting.WebApplicationHosting.ShareKeysAmongCopies"/>), so every copy
/// reads it — protected with the application's data-protection keys, for as long as the cookie would last. Signing out
/// removes it, so a copy of the cookie taken before 退出登录 signs no one in after it.
/// </summary>
public sealed class ServerSessions(IDistributedCache cache, IDataProtector protector, string prefix) : ITicketStore
{
    public static void KeepFor(IServiceCollection services, string cookieName)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Memory for a single local copy; the host's Redis cache, where configured, is registered in its place.
        services.AddDistributedMemoryCache();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IDistributedCache, IDataProtectionProvider>((cookie, cache, protection) =>
                cookie.SessionStore = new ServerSessions(cache, protection.CreateProtector("employment-sign-in-sessions"), cookieName + ":session:"));
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var entry = new DistributedCacheEntryOptions();
        if (ticket.Properties.ExpiresUtc is { } expires)
        {
            entry.AbsoluteExpiration = expires;
        }

        return cache.SetAsync(prefix + key, protector.Protect(TicketSerializer.Default.Serialize(ticket)), entry);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var stored = await cache.GetAsync(prefix + key);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(stored));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Written under keys no longer held: as good as signed out.
            return null;
        }
    }

    public Task RemoveAsync(string key) => cache.RemoveAsync(prefix + key);
}
