using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// What every host registers to know its callers: bearer-token verification from the
/// <c>Authentication</c> section, the access interceptor on every gRPC call, and the token the host
/// sends on its own calls.
/// </summary>
public static class SecurityRegistration
{
    public static void AddCallerVerification(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TokenOptions.SectionName).Get<TokenOptions>() ?? new TokenOptions();
        var isDevelopment = builder.Environment.IsDevelopment();

        // A local run with no keys configured trusts the development key, so the launcher's printed
        // tokens work; outside Development a host without keys verifies no token (only public calls pass).
        if (isDevelopment && options.SigningKeys.Count == 0)
        {
            options.UseDevelopmentKey = true;
        }

        var keys = TrustedKeys.Load(options, isDevelopment);
        if (keys.Count == 0)
        {
            builder.Services.AddHostedService<NoTrustedKeysWarning>();
        }

        builder.Services.TryAddSingleton(options);
        builder.Services.TryAddSingleton(AccessRules.Shared);
        var resolver = new JwtCallerResolver(options, keys);
        builder.Services.TryAddSingleton(resolver);
        builder.Services.TryAddSingleton<ICallerResolver>(resolver);
        builder.Services.TryAddSingleton<IServiceTokenSource>(
            !string.IsNullOrEmpty(options.ServiceToken) || !options.UseDevelopmentKey
                ? new ConfiguredServiceToken(options.ServiceToken)
                : new MintingServiceTokenSource(TokenIssuer.Development(options), serviceName));
        builder.Services.TryAddSingleton<AccessInterceptor>();

        // First of the interceptors: nothing of a service runs for a caller its contract refuses.
        builder.Services.Configure<GrpcServiceOptions>(o =>
        {
            o.Interceptors.Add<AccessInterceptor>();
            var access = o.Interceptors[^1];
            o.Interceptors.RemoveAt(o.Interceptors.Count - 1);
            o.Interceptors.Insert(0, access);
        });
    }
}
