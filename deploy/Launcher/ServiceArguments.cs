using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>Splits the launcher's arguments: shared ones go to every service and web application, "--name:Key=value" ones to that host only.</summary>
internal static class ServiceArguments
{
    public static string[] For(IServiceModule module, string[] args)
    {
        ArgumentNullException.ThrowIfNull(module);
        return For(module.Name, args);
    }

    /// <summary>The arguments of the host named <paramref name="name"/> (a service, or the public site).</summary>
    public static string[] For(string name, string[] args)
    {
        var prefix = "--" + name + ":";
        var result = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith(prefix, StringComparison.Ordinal))
            {
                result.Add("--" + arg[prefix.Length..]);
            }
            else if (!IsForAnotherService(arg))
            {
                result.Add(arg);
            }
        }

        return result.ToArray();
    }

    private static bool IsForAnotherService(string arg) =>
        arg.StartsWith(GatewayArguments.Prefix, StringComparison.Ordinal)
        || arg.StartsWith(PublicSiteArguments.Prefix, StringComparison.Ordinal)
        || arg.StartsWith("--" + WorkbenchArguments.Name + ":", StringComparison.Ordinal)
        || arg.StartsWith(IdentityProviderArguments.Prefix, StringComparison.Ordinal)
        || RegisteredServices.All.Any(m => arg.StartsWith("--" + m.Name + ":", StringComparison.Ordinal));
}
