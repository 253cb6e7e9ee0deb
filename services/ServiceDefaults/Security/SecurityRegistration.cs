using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// What every host registers to know its callers: JwtBearer authentication with the keys of the
/// <c>Authentication</c> section, the declared-access authorization policy, the bank binding on every
/// gRPC call, and the token the host sends on its own calls.
/// </summary>
public static class SecurityRegistration
{
    public static void AddCallerVerification(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = TokenOptionsOf(builder);
        var keys = TrustedKeysOf(builder, options);
        builder.Services.AddPlatformAuthentication(options, keys);
        builder.Services.TryAddSingleton(options);
        builder.Services.TryAddSingleton<ICallerResolver, PrincipalCallerResolver>();
        if (!string.IsNullOrWhiteSpace(options.Client.TokenAddress))
        {
            // A token's validity is real time, not the business date a host may be set to.
            ClientCredentialsTokenSource.Register(builder.Services, options, TimeProvider.System);
        }

        builder.Services.TryAddSingleton<IServiceTokenSource>(
            !string.IsNullOrEmpty(options.ServiceToken) || !options.UseDevelopmentKey
                ? new ConfiguredServiceToken(options.ServiceToken)
                : new MintingServiceTokenSource(TokenIssuer.Development(options), serviceName));

        // First of the interceptors: a bank's request names its own bank wherever the contract marks one.
        builder.Services.Configure<GrpcServiceOptions>(o =>
        {
            o.Interceptors.Add<BankBindingInterceptor>();
            var binding = o.Interceptors[^1];
            o.Interceptors.RemoveAt(o.Interceptors.Count - 1);
            o.Interceptors.Insert(0, binding);
        });
    }

    /// <summary>The <c>Authentication</c> section; in Development without keys, the development key.</summary>
    private static TokenOptions TokenOptionsOf(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TokenOptions.SectionName).Get<TokenOptions>() ?? new TokenOptions();

        // A local run with no keys configured trusts the development key, so the launcher's printed tokens work.
        if (builder.Environment.IsDevelopment() && options.SigningKeys.Count == 0 && string.IsNullOrWhiteSpace(options.KeysAddress))
        {
            options.UseDevelopmentKey = true;
        }

        return options;
    }

    /// <summary>
    /// The keys tokens are verified with. Outside Development a host without any refuses to start:
    /// it could verify no token, and its callers would all be refused anyway.
    /// </summary>
    private static IReadOnlyList<SecurityKey> TrustedKeysOf(WebApplicationBuilder builder, TokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var keys = TrustedKeys.Load(options, builder.Environment.IsDevelopment());
        if (keys.Count == 0 && string.IsNullOrWhiteSpace(options.KeysAddress))
        {
            throw new InvalidOperationException(
                $"No token signing keys are configured (Authentication:KeysAddress, the identity provider's key set; or Authentication:SigningKeys:0:KeyId and :PublicKey, or the file Authentication__SigningKeys__0__PublicKey in the secrets directory) for the {builder.Environment.EnvironmentName} environment; the host does not start without them.");
        }

        return keys;
    }
}
