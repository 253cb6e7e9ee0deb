using System.Text.RegularExpressions;
using Xunit;

namespace Architecture.Tests;

/// <summary>
/// A kind states itself once: its class (under <c>UseCases/Kinds/</c>) gives its name, its measure, the
/// request's item fields it takes and how its stored items answer. The parts every kind shares read those
/// from the registry of kinds, so adding a kind touches none of them, and none can miss a kind and
/// pass it off as another (a kind missing from a list was once exported to the risk scan as "hiring").
/// </summary>
public sealed partial class KindTests
{
    /// <summary>The shared parts of the services that take kinds: the shape check, the answers, the audit export, the progress lookup and the forms.</summary>
    public static TheoryData<string> SharedParts() =>
    [
        "services/Hiring/UseCases/ClaimShape.cs",
        "services/Hiring/UseCases/ClaimAnswers.cs",
        "services/Hiring/UseCases/ClaimAuditExport.cs",
        "services/Hiring/UseCases/ClaimProgressLookup.cs",
        "services/Hiring/UseCases/Kinds/ClaimKinds.cs",
        "services/Hiring/UseCases/ClaimForms.cs",
        "services/Training/UseCases/ApplicationAuditExport.cs",
        "services/Training/UseCases/ApplicationProgressLookup.cs",
        "services/Training/UseCases/Kinds/ApplicationKinds.cs",
        "services/Training/UseCases/ApplicationForms.cs",
    ];

    // A kind named by its enum member (V1.SubsidyKind.Transport), not Unspecified, which means "none given".
    [GeneratedRegex(@"\bSubsidyKind\.(?!Unspecified\b)[A-Z]\w*")]
    private static partial Regex NamedKind();

    [Theory]
    [MemberData(nameof(SharedParts))]
    public void A_part_every_kind_shares_names_no_kind(string file)
    {
        var path = Path.Combine(ServiceShapeTests.RepositoryRoot(), file);
        Assert.True(File.Exists(path), $"{file} is gone: update this list to the part that took its place.");
        var named = NamedKind().Matches(File.ReadAllText(path)).Select(m => m.Value).Distinct().ToList();
        Assert.True(named.Count == 0, $"{file} names {string.Join(", ", named)}: let the kind's class state it and read it from the registry of kinds.");
    }

    /// <summary>
    /// A kind is named only in its folder (<c>UseCases/Kinds/&lt;Kind&gt;/</c>): its class, its judging, its leg
    /// of the owed list, its self-check. Elsewhere in the services and the launcher a part reads the kind's
    /// class through the registry, or takes the kind as an argument from it (a query of stored items), and
    /// prints the name the service gives; the demo data, which writes one claim of a named kind to show, is
    /// the one exception. Named means by its enum member or by the name a clerk reads (a second copy of a
    /// name drifts: the launcher once printed 社会保险补贴 for 社会保险补贴（招用人员）).
    /// </summary>
    [Theory]
    [InlineData("services")]
    [InlineData("deploy")]
    public void A_kind_is_named_only_in_its_folder(string tree)
    {
        var root = ServiceShapeTests.RepositoryRoot();
        var names = KindNames(root);
        Assert.True(names.Count >= 13, $"Found only {names.Count} kinds' names: the pattern that reads a kind's statement no longer matches it.");
        var outside = SourcesOutsideKindFolders(Path.Combine(root, tree))
            .SelectMany(f => Named(File.ReadAllText(f), names).Select(n => $"{Path.GetRelativePath(root, f).Replace('\\', '/')}: {n}"))
            .Distinct()
            .ToList();
        Assert.True(outside.Count == 0, $"Kinds named outside their folders: {string.Join("; ", outside)}. Move the code into the kind's folder, or let the kind's class say it.");
    }

    /// <summary>The test itself finds a kind named outside its folder, by either of its names.</summary>
    [Fact]
    public void A_kind_named_outside_its_folder_is_found()
    {
        var names = KindNames(ServiceShapeTests.RepositoryRoot());
        Assert.Equal(["SubsidyKind.Transport"], Named("var kind = V1.SubsidyKind.Transport; var none = V1.SubsidyKind.Unspecified;", names));
        Assert.Equal(["\"一次性交通补助\""], Named("Console.WriteLine(\"一次性交通补助\");", names));
        Assert.Empty(Named("var text = $\"外出务工的一次性交通补助条件\";", names));
    }

    private static IEnumerable<string> SourcesOutsideKindFolders(string tree) =>
        Directory.EnumerateFiles(tree, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
            {
                var path = f.Replace('\\', '/');
                return !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal)
                    && !KindFolder().IsMatch(path) && !path.EndsWith("DemoData.cs", StringComparison.Ordinal);
            });

    private static List<string> Named(string source, IReadOnlySet<string> names) =>
    [
        .. NamedKind().Matches(source).Select(m => m.Value),
        .. Literal().Matches(source).Select(m => m.Value).Where(l => names.Contains(l[1..^1])),
    ];

    /// <summary>Every kind's name a clerk reads, as its class states it (a literal, or a constant of the same file).</summary>
    private static HashSet<string> KindNames(string root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "services"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => KindFolder().IsMatch(f.Replace('\\', '/'))))
        {
            var text = File.ReadAllText(file);
            foreach (Match taken in TakenKindName().Matches(text))
            {
                names.Add(taken.Groups["literal"].Success
                    ? taken.Groups["literal"].Value
                    : Regex.Match(text, $@"const string {taken.Groups["constant"].Value} = ""(?<value>[^""]+)""").Groups["value"].Value);
            }
        }

        names.Remove("");
        return names;
    }

    // A file in a kind's own folder: services/<Service>/UseCases/Kinds/<Kind>/…
    [GeneratedRegex(@"/services/[^/]+/UseCases/Kinds/[^/]+/")]
    private static partial Regex KindFolder();

    // A kind's statement: new(V1.SubsidyKind.Transport, "一次性交通补助", … or new(V1.SubsidyKind.Absorption, AbsorptionZh, …
    [GeneratedRegex(@"new\(V1\.SubsidyKind\.\w+,\s*(?:""(?<literal>[^""]+)""|(?<constant>\w+))")]
    private static partial Regex TakenKindName();

    // A whole string literal (a name inside a sentence is wording, not a list of kinds).
    [GeneratedRegex(@"""[^""\\\r\n]*""")]
    private static partial Regex Literal();
}
