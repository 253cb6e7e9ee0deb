using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>Splits the launcher's arguments: shared ones go to every service, "--name:Key=value" ones to that service only.</summary>
internal static class ServiceArguments
{
    public static string[] For(IServiceModule module, string[] args)
    {
        var prefix = "--" + module.Name + ":";
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
        || RegisteredServices.All.Any(m => arg.StartsWith("--" + m.Name + ":", StringComparison.Ordinal));
}
