using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Authentication with JwtBearer and authorization by the declared-access policy, the same in the
/// gateway and in every service host.
/// </summary>
public static class PlatformAuthentication
{
    public static void AddPlatformAuthentication(this IServiceCollection services, TokenOptions options, IReadOnlyList<SecurityKey> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One memory of verified tokens per host, shared with whatever else asks whether a token is known good.
        var remembered = options.RememberVerifiedTokens ? new VerifiedTokens(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System) : null;
        if (remembered is not null)
        {
            services.AddSingleton(remembered);
        }

        // One reader of the provider's published keys per host, warmed at start (IdentityWarmUp).
        var published = PublishedKeys.ManagerFor(options);
        if (published is not null)
        {
            services.AddSingleton(published);
        }

        services.AddHostedService<IdentityWarmUp>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(bearer =>
        {
            bearer.MapInboundClaims = false;
            // Nothing reads the token back from the authentication properties (GetTokenAsync), and
            // storing it there cost every call with a token an allocation or two (the profile).
            bearer.SaveToken = false;
            bearer.TokenValidationParameters = PlatformTokens.Parameters(options, trustedKeys);
            // The identity provider's published keys, beside the configured ones (TokenOptions.KeysAddress).
            bearer.ConfigurationManager = published;
            // The same checks, remembered per token for its lifetime: see VerifiedTokens.
            if (remembered is not null)
            {
                bearer.TokenHandlers.Clear();
                bearer.TokenHandlers.Add(remembered);
            }
            bearer.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    // Two authorization headers would be read differently by different parts (joined,
                    // first or last wins): one caller sends one token. A client library may join them
                    // into one value with a comma, which no bearer token contains.
                    var authorization = context.Request.Headers.Authorization;
                    if (authorization.Count > 1 || authorization.ToString().Contains(',', StringComparison.Ordinal))
                    {
                        Refuse(context, new("请求携带了多个 authorization 请求头，请只发送一个 Bearer 令牌。 (The call carries more than one authorization header; send one bearer token.)", "TOKEN_REPEATED"));
                    }
                    else if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } header
                             && !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                    {
                        Refuse(context, new("authorization 请求头须为 Bearer 令牌。 (The authorization header must be a bearer token.)", "TOKEN_NOT_BEARER"));
                    }

                    return Task.CompletedTask;
                },
                OnTokenValidated = context =>
                {
                    // The wall clock, as JwtBearer's own lifetime check reads it: a token's validity is
                    // real time, not the business date a host may be set to (tests run claims in 2024).
                    if (PlatformTokens.Refusal(context.SecurityToken, options, TimeProvider.System.GetUtcNow()) is { } refusal)
                    {
                        Refuse(context, refusal);
                    }

                    return Task.CompletedTask;
                },
                OnAuthenticationFailed = context =>
                {
                    // The exception's type says why (expired, bad signature, unknown key) without echoing the token.
                    Refuse(context, TokenRefusal.Of(context.Exception));
                    return Task.CompletedTask;
                },
            };
        });

        services.AddAuthorization(authorization => authorization.FallbackPolicy = DeclaredAccess.Policy);
        services.TryAddSingleton(AccessRules.Shared);
        services.AddSingleton<IAuthorizationHandler, DeclaredAccess.Handler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResults>();
    }

    /// <summary>
    /// Why the call's token was refused, when it was: ASP.NET Core keeps no failed authentication
    /// result on the request, and the refusal's answer should say more than "sign in".
    /// </summary>
    public static TokenRefusal? TokenFailure(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[TokenFailureKey] as TokenRefusal;
    }

    private static readonly object TokenFailureKey = new();

    private static void Refuse<TOptions>(ResultContext<TOptions> context, TokenRefusal refusal)
        where TOptions : AuthenticationSchemeOptions
    {
        context.HttpContext.Items[TokenFailureKey] = refusal;
        context.Fail(refusal.Message);
    }
}
