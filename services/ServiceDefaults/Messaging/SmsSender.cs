using Microsoft.Extensions.Logging;

namespace Employment.ServiceDefaults.Messaging;

/// <summary>
/// The SMS provider as the platform sees it: one text to one phone (a sign-in's one-time code, a message about an
/// application). A provider's client implements it in production; <see cref="DevelopmentSmsOutbox"/> stands in elsewhere.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

/// <summary>
/// The stand-in for an SMS gateway: each message is a line appended to a file (and logged), where the person trying
/// the platform, or a test, reads it. The identity provider registers it in Development only.
/// </summary>
public sealed partial class DevelopmentSmsOutbox(string path, TimeProvider time, ILogger<DevelopmentSmsOutbox> log) : ISmsSender
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
