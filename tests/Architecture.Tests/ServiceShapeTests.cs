using System.Text.RegularExpressions;
using Xunit;

namespace Architecture.Tests;

/// <summary>
/// The anatomy of a service (services/README.md), checked for every service from its sources, so that the next
/// service is held to it too and a handler reaching for the database fails here rather than in review:
/// Grpc/ is one thin, non-partial class with no EF; Domain/ knows neither EF nor gRPC statuses; no
/// code reads the machine's clock (the China calendar clock is the one source of today); one paging
/// helper.
/// </summary>
public sealed partial class ServiceShapeTests
{
    public static TheoryData<string> Services() => [.. ServiceNames()];

    internal static IEnumerable<string> ServiceNames() => Directory.EnumerateDirectories(Path.Combine(RepositoryRoot(), "services"))
        .Where(d => Directory.Exists(Path.Combine(d, "Grpc")))
        .Select(d => new DirectoryInfo(d).Name);

    [GeneratedRegex(@"\bDbContext\b|[A-Za-z]+DbContext\b|Microsoft\.EntityFrameworkCore")]
    private static partial Regex DatabaseUse();

    [GeneratedRegex(@"GetLocalNow|DateTime(Offset)?\.(Utc)?Now\b")]
    private static partial Regex MachineClock();

    [GeneratedRegex(@"NextPageToken\s*=|PageSize\s*(==|!=|<=|>=|<|>)|[Pp]ageSize\s+switch|Math\.Min\([^)]*PageSize")]
    private static partial Regex NextPageOrSize();

    [GeneratedRegex(@"class (\w+)\s*\([^)]*\)\s*:\s*[\w.]+Base\b|class (\w+)\s*:\s*[\w.]+Base\b", RegexOptions.Singleline)]
    private static partial Regex GrpcServiceClass();

    [Fact]
    public void The_services_checked_here_are_the_ones_with_a_gRPC_layer()
    {
        Assert.Contains("Loans", ServiceNames());
        Assert.Contains("Applicants", ServiceNames());
        Assert.Contains("Training", ServiceNames());
        Assert.Contains("Hiring", ServiceNames());
        Assert.Contains("Jobs", ServiceNames());
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void No_file_under_Grpc_uses_the_database(string service)
    {
        var files = Files(service, "Grpc");
        Assert.NotEmpty(files);
        Assert.Empty(files.Where(f => DatabaseUse().IsMatch(File.ReadAllText(f))).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_gRPC_service_is_one_class_in_one_file_not_a_partial_class(string service)
    {
        var declaring = Files(service, "Grpc").Where(f => GrpcServiceClass().IsMatch(File.ReadAllText(f))).ToList();
        Assert.NotEmpty(declaring);
        Assert.All(declaring, f => Assert.DoesNotContain("partial class", File.ReadAllText(f), StringComparison.Ordinal));
        var names = declaring.SelectMany(f => GrpcServiceClass().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_domain_knows_neither_EF_nor_gRPC_statuses(string service)
    {
        var domain = Files(service, "Domain");
        if (domain.Count == 0)
        {
            // Only a service that keeps nothing may have no Domain/ (policy-catalog answers from the shared catalog).
            Assert.Empty(Files(service, "Data"));
            return;
        }

        Assert.Empty(domain
            .Where(f => File.ReadAllText(f) is var text
                && (DatabaseUse().IsMatch(text) || text.Contains("RpcException", StringComparison.Ordinal)
                    || text.Contains("RpcErrors", StringComparison.Ordinal) || text.Contains("Grpc.Core", StringComparison.Ordinal)))
            .Select(Path.GetFileName));
    }

    [Fact]
    public void Nothing_in_services_the_gateway_or_the_web_reads_the_machines_clock()
    {
        var root = RepositoryRoot();
        var offending = new[] { "services", "gateway", "web" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => MachineClock().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f));
        Assert.Empty(offending);
    }

    [Fact]
    public void One_paging_helper_serves_every_service()
    {
        var pagers = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // Whoever sets the next page's token or applies a rule to a page size is a paging helper.
            .Where(f => NextPageOrSize().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Equal(["Pages.cs"], pagers);
    }

    internal static List<string> Files(string service, string folder)
    {
        var path = Path.Combine(RepositoryRoot(), "services", service, folder);
        return Directory.Exists(path) ? [.. Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)] : [];
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Employment.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Employment.sln) was not found above the tests.");
    }
}
