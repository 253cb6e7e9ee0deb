using System.Text.RegularExpressions;
using Xunit;

namespace Loans.Tests;

/// <summary>
/// Issue 11, "the shape of a service": the gRPC layer of the loans service is thin. Read from the
/// sources, so that a handler reaching for the database again fails here rather than in review.
/// </summary>
public sealed partial class LoansShapeTests
{
    private static string LoansFolder(string folder)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Employment.sln")))
        {
            root = root.Parent!;
        }

        return Path.Combine(root.FullName, "services", "Loans", folder);
    }

    private static IEnumerable<string> GrpcFiles() => Directory.EnumerateFiles(LoansFolder("Grpc"), "*.cs", SearchOption.AllDirectories);

    [GeneratedRegex(@"LoansDbContext|DbContext|Microsoft\.EntityFrameworkCore|\bdb\.")]
    private static partial Regex DatabaseUse();

    [Fact]
    public void Issue11_no_file_under_Grpc_uses_the_database()
    {
        var files = GrpcFiles().ToList();
        Assert.NotEmpty(files);
        Assert.Empty(files.Where(f => DatabaseUse().IsMatch(File.ReadAllText(f))).Select(Path.GetFileName));
    }

    [Fact]
    public void Issue11_the_service_is_one_class_not_a_partial_class_spread_over_files()
    {
        Assert.Empty(GrpcFiles().Where(f => File.ReadAllText(f).Contains("partial class StartupLoansService", StringComparison.Ordinal)).Select(Path.GetFileName));
        Assert.Single(GrpcFiles(), f => File.ReadAllText(f).Contains("class StartupLoansService", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue11_the_domain_knows_neither_EF_nor_gRPC_statuses()
    {
        var domain = Directory.EnumerateFiles(LoansFolder("Domain"), "*.cs", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(domain);
        Assert.Empty(domain
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || text.Contains("RpcException", StringComparison.Ordinal)
                    || text.Contains("RpcErrors", StringComparison.Ordinal) || text.Contains("StatusCode", StringComparison.Ordinal)))
            .Select(Path.GetFileName));
    }
}
