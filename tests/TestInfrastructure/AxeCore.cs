using System.Text.Json;

namespace Employment.TestInfrastructure;

/// <summary>
/// axe-core for the browser tests of every web project: its script, installed from npm by tests/test-services.sh into a
/// cache outside the repository (never vendored), the run that checks WCAG 2.x A/AA and best practice, and the
/// violations a test refuses (impact serious or critical).
/// </summary>
public static class AxeCore
{
    /// <summary>The release the tests use (tests/test-services.sh installs the same).</summary>
    public const string Version = "4.14.1";

    /// <summary>The script run in the page: axe's version and each violation with its impact, rule, help and nodes.</summary>
    public const string Run = """
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
          .then(r => ({ version: axe.version, violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })) }))
        """;

    /// <summary>TEST_AXE_CORE as tests/run.sh exports it, else the cache's usual place.</summary>
    public static string ScriptPath =>
        Environment.GetEnvironmentVariable("TEST_AXE_CORE") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "employment-tests", "axe-core-" + Version, "node_modules", "axe-core", "axe.min.js");

    /// <summary>The serious and critical violations of a <see cref="Run"/> result, each as a line naming its rule and nodes.</summary>
    public static IReadOnlyList<string> Grave(JsonElement result) =>
        [.. result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray())}")];
}
