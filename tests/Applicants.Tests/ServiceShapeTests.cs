using Xunit;

namespace Applicants.Tests;

/// <summary>
/// Issue 11, "the shape of a service": the registry's Grpc/ layer only checks requests, calls a use
/// case and maps its answer; the database belongs to Data/ and the use cases. Read from the source,
/// so a handler that reaches for the DbContext again fails here, not in review.
/// </summary>
public sealed class ServiceShapeTests
{
    private static readonly string[] DatabaseWords = ["ApplicantsDbContext", "DbContext", "Microsoft.EntityFrameworkCore"];

    [Fact]
    public void Issue11_no_file_under_Grpc_uses_the_DbContext_or_EF()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "services", "Applicants", "Grpc"), "*.cs", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var offending = files
            .SelectMany(file => DatabaseWords.Where(word => File.ReadAllText(file).Contains(word, StringComparison.Ordinal)).Select(word => $"{Path.GetFileName(file)}: {word}"))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void Issue11_the_gRPC_service_is_one_class_in_one_file_not_a_partial_class()
    {
        var grpc = Path.Combine(RepositoryRoot(), "services", "Applicants", "Grpc");
        var declaring = Directory.EnumerateFiles(grpc, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("class ApplicantsService", StringComparison.Ordinal))
            .ToList();
        var file = Assert.Single(declaring);
        Assert.DoesNotContain("partial class ApplicantsService", File.ReadAllText(file), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Employment.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Employment.sln not found above " + AppContext.BaseDirectory);
        }

        return directory.FullName;
    }
}
