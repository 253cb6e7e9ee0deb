using Microsoft.Extensions.Logging;

namespace Employment.IdentityProvider.Citizens;

/// <summary>Sends a sign-in's one-time code to a person's phone.</summary>
public interface ISignInMessages
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

/// <summary>
/// The Development stand-in for an SMS gateway: each message is a line appended to a file (and logged), where
/// the person trying the platform, or a test, reads the code. Never registered outside Development.
/// </summary>
public sealed partial class DevelopmentSmsOutbox(string path, TimeProvider time, ILogger<DevelopmentSmsOutbox> log) : ISignInMessages
{
    private readonly SemaphoreSlim _append = new(1, 1);

    public async Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        await _append.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.AppendAllTextAsync(path, $"{time.GetUtcNow():O}\t{phone}\t{text}{Environment.NewLine}", cancellationToken);
        }
        finally
        {
            _append.Release();
        }

        Sent(log, phone, path);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Development SMS to {Phone} written to {Path}")]
    private static partial void Sent(ILogger logger, string phone, string path);
}
