using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Employment.Launcher;

/// <summary>
/// Answers any <c>ConnectionStrings:{Name}Postgres</c> with one server's connection string and the
/// database <c>{name}</c>. It lists no keys of its own: a service asks for its connection string by
/// name, and only that lookup is answered.
/// </summary>
internal sealed partial class PostgresServerConfiguration(string server) : ConfigurationProvider, IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public override bool TryGet(string key, out string? value)
    {
        var match = ServiceConnectionString().Match(key);
        value = match.Success ? $"{server.TrimEnd(';')};Database={match.Groups["name"].Value.ToLowerInvariant()}" : null;
        return match.Success;
    }

    [GeneratedRegex("^ConnectionStrings:(?<name>[A-Za-z0-9]+)Postgres$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServiceConnectionString();
}
