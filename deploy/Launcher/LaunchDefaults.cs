namespace Employment.Launcher;

/// <summary>
/// What every service host the launcher starts is given before the caller's own arguments, in one
/// process or one per service: the environment, the data folder, quiet logs (the launcher's listing
/// says where everything is), and the sample values of the R3 configuration parameters
/// (demo-configuration/, each marked sample: true). Later arguments override them, e.g. a
/// deployment's own <c>--Policy:ConfigurationPaths:0=</c>.
/// </summary>
internal static class LaunchDefaults
{
    public static string[] For(string environment) =>
    [
        $"--environment={environment}", "--DataDirectory=.data", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        $"--Policy:ConfigurationPaths:0={Path.Combine(AppContext.BaseDirectory, "demo-configuration")}",
    ];
}
