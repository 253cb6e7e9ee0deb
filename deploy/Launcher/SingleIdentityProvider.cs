using Employment.IdentityProvider;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher identity-provider [arguments]</c>: the identity provider as its own process, as
/// production runs it, in the launcher's environment with identity-provider.json's defaults overridden by its
/// arguments and secret files (its signing keys, its database, the clients' secrets). Its schema is brought up
/// to date and its configured clients written before it listens. SIGTERM or Ctrl-C stops it.
/// </summary>
internal static class SingleIdentityProvider
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = IdentityProviderHost.Build([.. LaunchDefaults.For(LaunchEnvironment.Resolve(args)), .. args]);
        await IdentityProviderHost.InitializeAsync(app);
        await app.RunAsync();
        return 0;
    }
}
