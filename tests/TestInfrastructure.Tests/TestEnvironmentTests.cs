using Employment.TestInfrastructure;
using Xunit;

namespace TestInfrastructure.Tests;

public sealed class TestEnvironmentTests
{
    [Fact]
    public void Run_sh_exports_both_servers()
    {
        Assert.Matches(@"^127\.0\.0\.1:\d+$", TestEnvironment.RedisConfiguration);
        Assert.Contains("Host=127.0.0.1", TestEnvironment.PostgresConnectionString, StringComparison.Ordinal);
    }
}

/// <summary>Changes the process's environment, so runs alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(EnvironmentChanging), DisableParallelization = true)]
public sealed class EnvironmentChanging;

[Collection(nameof(EnvironmentChanging))]
public sealed class UnsetEnvironmentTests
{
    [Theory]
    [InlineData(TestEnvironment.RedisVariable)]
    [InlineData(TestEnvironment.PostgresVariable)]
    public void An_unset_server_fails_with_a_pointer_to_run_sh(string variable)
    {
        var saved = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, null);
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() =>
                variable == TestEnvironment.RedisVariable ? TestEnvironment.RedisConfiguration : TestEnvironment.PostgresConnectionString);
            Assert.Contains(variable, error.Message, StringComparison.Ordinal);
            Assert.Contains("run tests/run.sh, which starts Redis/PostgreSQL", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, saved);
        }
    }
}
