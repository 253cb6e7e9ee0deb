namespace Employment.TestInfrastructure;

/// <summary>Folders of the repository the tests run from (scripts, examples, the Python peers).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds Employment.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string PythonDirectory => Path.Combine(Root, "tests", "Interop", "python");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Employment.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Employment.sln not found above " + AppContext.BaseDirectory);
    }
}
