using Microsoft.Extensions.Configuration;

namespace Employment.Launcher;

/// <summary>
/// The environment the launcher runs every host in: <c>--environment=</c>, else DOTNET_ENVIRONMENT or
/// ASPNETCORE_ENVIRONMENT (the container image sets Production), else Development for a local run.
/// </summary>
internal static class LaunchEnvironment
{
    public const string Development = "Development";

    public static string Resolve(string[] args)
    {
        var named = new ConfigurationBuilder().AddCommandLine(args).Build()["environment"];
        return FirstSet(named, Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"), Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")) ?? Development;
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
