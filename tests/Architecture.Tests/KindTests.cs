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
    /// of the owed list, its self-check. Elsewhere a part reads the kind's class through the registry, or takes
    /// the kind as an argument from it (a query of stored items); the demo data, which writes one claim of a
    /// named kind to show, is the one exception.
    /// </summary>
    [Theory]
    [InlineData("services/Hiring")]
    [InlineData("services/Training")]
    public void A_kind_is_named_only_in_its_folder(string service)
    {
        var root = Path.Combine(ServiceShapeTests.RepositoryRoot(), service);
        var outside = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal)
                && !(f.StartsWith("UseCases/Kinds/", StringComparison.Ordinal) && f.Count(c => c == '/') >= 3)
                && !f.EndsWith("DemoData.cs", StringComparison.Ordinal))
            .SelectMany(f => NamedKind().Matches(File.ReadAllText(Path.Combine(root, f))).Select(m => $"{f}: {m.Value}"))
            .Distinct()
            .ToList();
        Assert.True(outside.Count == 0, $"Kinds named outside their folders in {service}: {string.Join("; ", outside)}. Move the code into the kind's folder, or let the kind's class say it.");
    }
}
