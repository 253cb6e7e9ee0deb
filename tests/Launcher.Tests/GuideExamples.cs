using System.Text.RegularExpressions;
using Employment.TestInfrastructure;

namespace Launcher.Tests;

/// <summary>
/// The shell examples of a guide in docs/, as one bash script against a launched platform: every
/// ```sh block in order (so a block that sources the tokens serves the ones after it), each command
/// whole, with the paths of a local run pointed at the test's own.
/// </summary>
internal static partial class GuideExamples
{
    /// <summary>The commands of <paramref name="guide"/> (a path under the repository), continuation lines joined.</summary>
    public static IReadOnlyList<string> Commands(string guide)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, guide));
        return ShellBlock().Matches(text)
            .SelectMany(m => Continuation().Replace(m.Groups["body"].Value, " ").Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }

    /// <summary>
    /// The script that runs <paramref name="commands"/> from the repository root, stopping at the first
    /// that fails; each command's output follows a "### n" line. What a local run names
    /// (.data/dev-tokens.env, the launcher's Debug build, /tmp folders, the PATH's python3) becomes
    /// <paramref name="replacements"/>' values.
    /// </summary>
    public static string Script(IEnumerable<string> commands, IReadOnlyDictionary<string, string> replacements)
    {
        var lines = new List<string> { "set -euo pipefail", $"cd '{RepositoryPaths.Root}'" };
        var n = 0;
        foreach (var command in commands)
        {
            lines.Add($"echo '### {++n}'");
            lines.Add(replacements.Aggregate(command, (c, r) => c.Replace(r.Key, r.Value, StringComparison.Ordinal)));
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"\\\n\s*")]
    private static partial Regex Continuation();
}
