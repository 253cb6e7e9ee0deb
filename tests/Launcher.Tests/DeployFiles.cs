using System.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Launcher.Tests;

/// <summary>
/// What the deployment tests read: the services the launcher registers (asked of the launcher itself,
/// `Employment.Launcher services`, so that a service registered later is checked with no list to
/// update here), and docker-compose.yml and deploy/kubernetes/ parsed as YAML.
/// </summary>
internal static class DeployFiles
{
    private static readonly Lazy<IReadOnlyList<(string Name, int Port)>> Registered = new(AskTheLauncher);

    public static IReadOnlyList<(string Name, int Port)> RegisteredServices => Registered.Value;

    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docker-compose.yml")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (docker-compose.yml) was not found above the tests.");
    }

    /// <summary>docker-compose.yml as maps, lists and strings.</summary>
    public static Dictionary<object, object> Compose() =>
        Map(new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(Path.Combine(Root(), "docker-compose.yml"))), "docker-compose.yml");

    /// <summary>Every document of every manifest in deploy/kubernetes/, with the file it came from.</summary>
    public static List<(string File, Dictionary<object, object> Document)> Kubernetes()
    {
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<(string, Dictionary<object, object>)>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Root(), "deploy", "kubernetes"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var parser = new Parser(new StringReader(File.ReadAllText(path)));
            parser.Consume<StreamStart>();
            while (parser.Accept<DocumentStart>(out _))
            {
                if (deserializer.Deserialize<object>(parser) is { } document)
                {
                    documents.Add((Path.GetFileName(path), Map(document, path)));
                }
            }
        }

        return documents;
    }

    /// <summary>The documents of one kind with the given name.</summary>
    public static List<Dictionary<object, object>> OfKind(this IEnumerable<(string File, Dictionary<object, object> Document)> documents, string kind, string? name = null) =>
        [.. documents.Select(d => d.Document).Where(d => Text(d, "kind") == kind && (name is null || Text(At(d, "metadata"), "name") == name))];

    public static Dictionary<object, object> Map(object? value, string where) =>
        value as Dictionary<object, object> ?? throw new InvalidDataException($"{where}: a mapping was expected, found {value?.GetType().Name ?? "nothing"}.");

    public static Dictionary<object, object> At(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) ? Map(value, key) : throw new KeyNotFoundException($"No '{key}' among {string.Join(", ", map.Keys)}.");

    public static Dictionary<object, object>? Find(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) ? value as Dictionary<object, object> : null;

    public static List<object> List(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) && value is List<object> list ? list : [];

    public static string? Text(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;

    private static List<(string Name, int Port)> AskTheLauncher()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(LaunchedPlatform.LauncherDll());
        start.ArgumentList.Add("services");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`Employment.Launcher services` failed ({process.ExitCode}): {errors}");
        }

        var services = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .Select(parts => (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return services.Count > 0 ? services : throw new InvalidOperationException("The launcher lists no service.");
    }
}
