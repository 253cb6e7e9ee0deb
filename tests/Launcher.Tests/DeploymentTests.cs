using System.Diagnostics;
using Employment.TestInfrastructure;
using Xunit;

namespace Launcher.Tests;

/// <summary>
/// "The container image trusts a public signing key": the image and compose run
/// Production, with no development key, no demo data and no development tokens; keys and passwords
/// come from secrets; a platform started in Production without them refuses to start.
/// </summary>
public sealed class DeploymentTests
{
    [Fact]
    public void The_image_runs_in_production_and_compose_takes_keys_and_passwords_from_secrets()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "Dockerfile"));
        Assert.Contains("ENV DOTNET_ENVIRONMENT=Production", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotContain("Development", dockerfile.Split('\n').Where(l => !l.TrimStart().StartsWith('#')).Aggregate("", string.Concat), StringComparison.Ordinal);

        var compose = File.ReadAllText(Path.Combine(RepositoryRoot(), "docker-compose.yml"));
        var settings = compose.Split('\n').Where(l => !l.TrimStart().StartsWith('#')).ToList();
        Assert.Contains(settings, l => l.Trim() == "DOTNET_ENVIRONMENT: Production");
        Assert.DoesNotContain(settings, l => l.Contains("Password=", StringComparison.OrdinalIgnoreCase) || l.Contains("POSTGRES_PASSWORD:", StringComparison.Ordinal));
        Assert.DoesNotContain(settings, l => l.Contains("UseDevelopmentKey", StringComparison.Ordinal));
        foreach (var setting in new[] { "Authentication__SigningKeys__0__PublicKey", "Loans__BorrowerKey", "ConnectionStrings__ApplicantsPostgres", "ConnectionStrings__LoansPostgres", "ConnectionStrings__TrainingPostgres", "ConnectionStrings__HiringPostgres" })
        {
            Assert.Contains(settings, l => l.Trim() == "target: " + setting);
        }

        // Only the gateway is published.
        var published = settings.Where(l => l.TrimStart().StartsWith("- \"", StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal(["- \"8080:8080\"", "- \"8081:8081\""], published);
    }

    [Fact(Timeout = 600_000)]
    public async Task In_production_without_keys_the_platform_refuses_to_start_and_writes_no_development_tokens()
    {
        var data = Path.Combine(Path.GetTempPath(), "launcher-prod-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[] { LaunchedPlatform.LauncherDll(), "--Listen:Port=0", $"--DataDirectory={data}", $"--gateway:Gateway:HttpPort={FreePort.Get()}", $"--gateway:Gateway:GrpcPort={FreePort.Get()}", "--SecretsDirectory=/nonexistent" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("In Production without keys the launcher kept running:\n" + await output);
        }

        var printed = await output + await errors;
        try
        {
            Assert.NotEqual(0, process.ExitCode);
            Assert.DoesNotContain("Each serves", printed, StringComparison.Ordinal);
            // The identity provider starts first and names its own keys; a service would name its own settings.
            Assert.True(printed.Contains("IdentityProvider:SigningKeys", StringComparison.Ordinal) || printed.Contains("Loans:BorrowerKey", StringComparison.Ordinal) || printed.Contains("Authentication:SigningKeys", StringComparison.Ordinal),
                "The refusal names the missing setting:\n" + printed);
            Assert.False(File.Exists(Path.Combine(data, "dev-tokens.env")));
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    /// <summary>
    /// after a PostgreSQL restart every copy reconnects at once; with Npgsql's default pool
    /// (100 per copy) they exhausted the server (53300) in the fault run. Every connection string an
    /// operator is shown — compose's secrets and the Kubernetes Secret — bounds its pool.
    /// </summary>
    [Fact]
    public void Every_database_connection_string_shown_to_an_operator_bounds_its_pool()
    {
        var shown = new[] { "docker-compose.yml", Path.Combine("deploy", "kubernetes", "configuration.yaml") }
            .SelectMany(file => File.ReadAllLines(Path.Combine(RepositoryRoot(), file)).Select(line => (file, line)))
            .Where(x => x.line.Contains("Host=", StringComparison.Ordinal) && x.line.Contains("Database=", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(16, shown.Count); // eight databases (seven services' and the identity provider's), in each file
        Assert.All(shown, x => Assert.Matches(@"Maximum Pool Size=\d+", x.line));
    }

    /// <summary>
    /// Least privilege: each service logs in as a role of its own that owns its database, never as the
    /// operator's role, in every place an operator is shown a connection string and in the script that
    /// makes the containers' databases.
    /// </summary>
    [Fact]
    public void Every_service_connects_as_a_database_role_of_its_own()
    {
        var roles = new[] { "docker-compose.yml", Path.Combine("deploy", "kubernetes", "configuration.yaml") }
            .SelectMany(file => File.ReadAllLines(Path.Combine(RepositoryRoot(), file)))
            .Where(line => line.Contains("Host=", StringComparison.Ordinal) && line.Contains("Database=", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"Database=(?<db>\w+);Username=(?<role>\w+);"))
            .Select(m => (Database: m.Groups["db"].Value, Role: m.Groups["role"].Value))
            .ToList();
        var init = File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "postgres-init", "01-databases.sh"));

        Assert.Equal(16, roles.Count);
        Assert.All(roles, r => Assert.StartsWith("svc_", r.Role, StringComparison.Ordinal));
        Assert.Equal(8, roles.Distinct().Count());
        Assert.Equal(8, roles.Select(r => r.Role).Distinct().Count());
        Assert.All(roles, r => Assert.Contains($"{r.Database}:{r.Role["svc_".Length..]}", init, StringComparison.Ordinal));
        Assert.Contains("REVOKE CONNECT ON DATABASE", init, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
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
}
