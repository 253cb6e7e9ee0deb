using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Web.Kit.Hosting;

/// <summary>What every web application's host shares: where it listens, and the keys its copies share.</summary>
public static class WebApplicationHosting
{
    /// <summary>
    /// One HTTP/1.1 port (<c>Listen:Address</c>, <c>Listen:Port</c>; port 0: one the system chooses) on loopback or the
    /// pod's address: the gateway is the application's only caller, a YARP cluster like any service's.
    /// </summary>
    public static void ListenForTheGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var listen = builder.Configuration.GetSection("Listen");
            kestrel.Listen(IPAddress.Parse(listen["Address"] ?? "127.0.0.1"), listen.GetValue<int>("Port"), endpoint => endpoint.Protocols = HttpProtocols.Http1);
        });
    }

    /// <summary>
    /// A form (or a sign-in session) one copy of an application wrote is read by whichever copy the gateway picks, so
    /// every copy reads the same data-protection keys and the same sessions: in the platform's Redis
    /// (<c>ConnectionStrings:Redis</c>) where there is one; a single local copy keeps ASP.NET Core's own per-user key
    /// folder and its sessions in memory.
    /// </summary>
    /// <param name="site">The application's name in the platform (<c>public-site</c>, <c>workbench</c>): its keys are its own.</param>
    public static void ShareKeysAmongCopies(this WebApplicationBuilder builder, string site)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var protection = builder.Services.AddDataProtection().SetApplicationName("employment-" + site);
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            var connection = new Lazy<StackExchange.Redis.IConnectionMultiplexer>(() => StackExchange.Redis.ConnectionMultiplexer.Connect(redis));
            protection.PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), $"employment:{site}:data-protection-keys");
            // The sign-in sessions (SignIn/ServerSessions) too: whichever copy the gateway picks reads them, and a
            // sign-out at one ends the session at all.
            builder.Services.AddStackExchangeRedisCache(cache =>
            {
                cache.InstanceName = $"employment:{site}:";
                cache.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Value);
            });
        }
    }
}
