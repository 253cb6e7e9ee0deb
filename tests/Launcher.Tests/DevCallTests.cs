using System.Diagnostics;
using Xunit;

namespace Launcher.Tests;

/// <summary>
/// The launcher's `call` client, as a newcomer types it: a mistyped field in the request is named with the message's
/// own fields, as the services name a field, never a .NET stack trace, and nothing is sent.
/// </summary>
public sealed class DevCallTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_mistyped_field_is_named_with_the_fields_the_request_has_and_no_stack_trace()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList =
            {
                LaunchedPlatform.LauncherDll(), "call", "no-tokens-file-needed.json", "counter",
                "/employment.training.v1.TrainingSubsidies/DecideApplication", """{"applicationIdd":"T1","approve":true}""",
            },
        };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("applicationIdd", error, StringComparison.Ordinal);
        Assert.Contains("Its fields: idempotencyKey, applicationId, expectedVersion, approve, reasonZh", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
