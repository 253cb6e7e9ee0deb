using System.Text.RegularExpressions;
using Xunit;

namespace Architecture.Tests;

/// <summary>
/// What services/README.md says a service is made of, and what lives once in the kit: every service has
/// its module and the four folders; a kind of subsidy is one folder registered by one line; the submission
/// skeleton and the payment lifecycle are written once; no name or comment points at an issue instead
/// of saying what it checks.
/// </summary>
public sealed partial class AnatomyTests
{
    [GeneratedRegex(@"\bclass (\w+)\s*\([^)]*\)\s*:\s*(ClaimKind|ApplicationKind)<", RegexOptions.Singleline)]
    private static partial Regex KindClass();

    [GeneratedRegex(@"\bIssue\d+|\b[Ii]ssues? \d+\b")]
    private static partial Regex IssueReference();

    public static TheoryData<string> Services() => [.. ServiceShapeTests.ServiceNames()];

    public static TheoryData<string> SubsidyServices() => ["Training", "Hiring"];

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_is_a_module_with_its_gRPC_class_and_what_it_keeps_in_Domain_Data_and_UseCases(string service)
    {
        var root = Path.Combine(ServiceShapeTests.RepositoryRoot(), "services", service);
        Assert.Single(Directory.EnumerateFiles(root, "*Module.cs"));
        Assert.NotEmpty(ServiceShapeTests.Files(service, "Grpc"));
        if (ServiceShapeTests.Files(service, "Data").Count > 0)
        {
            // A service that keeps records decides in Domain/ and acts in UseCases/.
            Assert.NotEmpty(ServiceShapeTests.Files(service, "Domain"));
            Assert.NotEmpty(ServiceShapeTests.Files(service, "UseCases"));
        }
    }

    [Theory]
    [MemberData(nameof(SubsidyServices))]
    public void A_kind_of_subsidy_is_one_folder_with_one_kind_class_registered_by_one_line(string service)
    {
        var root = ServiceShapeTests.RepositoryRoot();
        var kinds = Path.Combine(root, "services", service, "UseCases", "Kinds");
        // The kinds are listed once, one line each, in UseCases/Kinds/*KindList.cs, which the module registers.
        var list = File.ReadAllText(Directory.EnumerateFiles(kinds, "*KindList.cs").Single());
        var folders = Directory.EnumerateDirectories(kinds).ToList();
        Assert.NotEmpty(folders);
        foreach (var folder in folders)
        {
            var classes = Directory.EnumerateFiles(folder, "*.cs")
                .SelectMany(f => KindClass().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
                .ToList();
            var kind = Assert.Single(classes);
            Assert.Equal(1, Regex.Count(list, $@"\.Add<{kind}>\(\)"));
        }

        // Nothing outside its folder names a kind's class: the list's line is the only other place, and a judge may
        // read the name its kind states (OneOffHireClaims.AbsorptionZh), so the name is written once.
        var outside = Directory.EnumerateFiles(Path.Combine(root, "services", service), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(kinds + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !IsBuildOutput(f));
        var kindClasses = folders.SelectMany(d => Directory.EnumerateFiles(d, "*.cs")).SelectMany(f => KindClass().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();
        Assert.Empty(outside.Where(f => kindClasses.Exists(k => Regex.IsMatch(File.ReadAllText(f), $@"\b{k}\b(?!\.\w+Zh\b)"))).Select(Path.GetFileName));
    }

    [Fact]
    public void The_submission_skeleton_and_the_payment_lifecycle_are_written_once_in_the_kit()
    {
        var root = ServiceShapeTests.RepositoryRoot();
        var services = Directory.EnumerateFiles(Path.Combine(root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !f.Contains($"{Path.DirectorySeparatorChar}Persistence{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)))
            .Where(f => f.Path.Contains("Training", StringComparison.Ordinal) || f.Path.Contains("Hiring", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(services.Where(f => Regex.IsMatch(f.Text, @"\bclass (PaymentRules|PublicNotice|PaymentBatchRecord)\b")).Select(f => f.Path));
        Assert.Empty(services.Where(f => f.Text.Contains("ProgressCodes.Issue()", StringComparison.Ordinal)).Select(f => f.Path));
        Assert.Empty(services.Where(f => f.Text.Contains("IdempotentWrite.RunAsync", StringComparison.Ordinal)
            && Regex.IsMatch(f.Text, "\"(SubmitApplication|SubmitClaim|CreatePaymentBatch|RecordPayment)\"")).Select(f => f.Path));
    }

    [Fact]
    public void No_code_test_or_document_is_named_after_an_issue_rather_than_what_it_does()
    {
        var root = ServiceShapeTests.RepositoryRoot();
        string[] patterns = ["*.cs", "*.md", "*.csproj"];
        var offending = new[] { "services", "gateway", "web", "tests", "deploy", "docs" }
            .SelectMany(folder => patterns.SelectMany(pattern => Directory.EnumerateFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)))
            .Concat(Directory.EnumerateFiles(root, "*.md"))
            .Where(f => !IsBuildOutput(f) && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("AnatomyTests.cs", StringComparison.Ordinal))
            .Where(f => IssueReference().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f));
        Assert.Empty(offending);
    }

    /// <summary>
    /// Until the first release is tagged no database has gone to production, so each service keeps one
    /// migration per provider, InitialCreate, regenerated whole when its model changes (services/README.md).
    /// </summary>
    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_keeps_one_migration_per_provider_until_the_first_release(string service)
    {
        var migrations = Path.Combine(ServiceShapeTests.RepositoryRoot(), "services", service, "Data", "Migrations");
        if (!Directory.Exists(migrations))
        {
            return;
        }

        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            var files = Directory.EnumerateFiles(Path.Combine(migrations, provider), "*.cs")
                .Select(Path.GetFileName)
                .Where(f => !f!.EndsWith(".Designer.cs", StringComparison.Ordinal) && !f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal))
                .ToList();
            Assert.True(files.Count == 1 && files[0]!.EndsWith("_InitialCreate.cs", StringComparison.Ordinal),
                $"{service} {provider}: {string.Join(", ", files)} (one InitialCreate until the first release: regenerate it, see services/README.md)");
        }
    }

    [Fact]
    public void A_gRPC_class_checks_a_requests_key_and_version_with_the_kits_one_check()
    {
        var root = ServiceShapeTests.RepositoryRoot();
        var copies = Directory.EnumerateFiles(Path.Combine(root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && f.Contains($"{Path.DirectorySeparatorChar}Grpc{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\bstatic void (RequireId|RequireVersion)\("))
            .Select(f => Path.GetRelativePath(root, f));
        Assert.Empty(copies);
    }

    [Fact]
    public void Nothing_of_the_product_or_its_tests_reads_or_points_outside_the_repository()
    {
        // A clone alone must build, run and pass its tests: the policy documents' texts and the
        // rulings live in services/Policy/catalog, never in a folder beside the checkout.
        var root = ServiceShapeTests.RepositoryRoot();
        string[] extensions = [".cs", ".md", ".csproj", ".props", ".json", ".yaml", ".yml", ".sh"];
        var offending = new[] { "services", "gateway", "web", "tests", "deploy", "docs", "protos" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(root))
            .Where(f => !IsBuildOutput(f) && extensions.Contains(Path.GetExtension(f)) && !f.EndsWith("AnatomyTests.cs", StringComparison.Ordinal))
            .Where(f => OutsideReference().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f));
        Assert.Empty(offending);
    }

    [GeneratedRegex(@"\.\./shared\b|/work/shared|""\.\."",\s*""shared""")]
    private static partial Regex OutsideReference();

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
