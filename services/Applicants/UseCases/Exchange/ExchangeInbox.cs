using Employment.Applicants.V1;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>What one pass over the inbox did.</summary>
public sealed record InboxPass(int Imported, int Refused, int Waiting);

/// <summary>
/// The agencies' deliveries to the exchange's inbox (the 前置机's shared directory): each delivery is a data file and,
/// written after it, a control file <c>*.ok</c> holding the batch's header (<see cref="AgencyBatchHeader"/> as proto JSON:
/// source, batch id, encoding, delimiter and the data file's name). Each is imported as the exchange's stream is
/// (<see cref="AgencyBatchImport"/>, as the exchange's service): imported, its files move to <c>done/&lt;source&gt;_&lt;batch&gt;/</c>
/// with the receipt beside them; refused whole (a control file that does not parse, a data file missing, a header row or
/// encoding that is not what was declared), they move to <c>refused/</c> with the reason; a batch another copy is
/// importing waits for the next pass. A pass stopped halfway leaves the delivery where it is: the next carries on after
/// the batch's last committed line.
/// </summary>
public sealed partial class ExchangeInbox(IServiceScopeFactory scopes, ILogger<ExchangeInbox> logger)
{
    public const string ControlSuffix = ".ok";

    /// <summary>Who the inbox's imports are recorded as: the exchange, as when it streams a batch.</summary>
    public static readonly Caller Exchange = new(CallerRole.Service, "agency-exchange");

    /// <summary>The largest control file read: a technical bound (a header is a few hundred bytes).</summary>
    private const int MaxControlBytes = 16 * 1024;

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public async Task<InboxPass> PassAsync(string inbox, CancellationToken cancellationToken)
    {
        var (imported, refused, waiting) = (0, 0, 0);
        foreach (var control in Directory.EnumerateFiles(inbox, "*" + ControlSuffix, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (await DeliverAsync(inbox, control, cancellationToken))
            {
                case true: imported++; break;
                case false: refused++; break;
                default: waiting++; break;
            }
        }

        return new InboxPass(imported, refused, waiting);
    }

    /// <summary>One delivery: true imported, false refused, null left for the next pass.</summary>
    private async Task<bool?> DeliverAsync(string inbox, string control, CancellationToken cancellationToken)
    {
        AgencyBatchHeader header;
        string data;
        try
        {
            header = await ReadControlAsync(control, cancellationToken);
            data = DataFileOf(inbox, header);
        }
        catch (DomainRuleException e)
        {
            Refuse(inbox, control, null, e.Message);
            return false;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var file = new FileStream(data, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var receipt = await scope.ServiceProvider.GetRequiredService<AgencyBatchImport>().ImportAsync(Exchange, new FileChunks(header, file), cancellationToken);
            var done = Directory.CreateDirectory(Path.Combine(inbox, "done", $"{header.Source}_{receipt.BatchId}")).FullName;
            await File.WriteAllTextAsync(Path.Combine(done, Path.GetFileName(control) + ".receipt.json"), Formatter.Format(receipt), cancellationToken);
            File.Move(data, Path.Combine(done, Path.GetFileName(data)), overwrite: true);
            File.Move(control, Path.Combine(done, Path.GetFileName(control)), overwrite: true);
            Imported(logger, Path.GetFileName(data), receipt.Received, receipt.Added, receipt.Rejected, receipt.Replayed);
            return true;
        }
        catch (DomainRuleException e) when (e.Kind == DomainRuleKind.StaleVersion)
        {
            return null; // another copy is importing this batch: the next pass finds it completed or carries it on
        }
        catch (DomainRuleException e)
        {
            Refuse(inbox, control, data, e.Message);
            return false;
        }
    }

    private static async Task<AgencyBatchHeader> ReadControlAsync(string control, CancellationToken cancellationToken)
    {
        if (new FileInfo(control).Length > MaxControlBytes)
        {
            throw DomainRuleException.Invalid("control", $"控制文件 {Path.GetFileName(control)} 超过 {MaxControlBytes / 1024} KiB：它只应写批次说明。");
        }

        var text = await File.ReadAllTextAsync(control, cancellationToken);
        try
        {
            return Parser.Parse<AgencyBatchHeader>(text);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw DomainRuleException.Invalid("control", $"控制文件 {Path.GetFileName(control)} 无法读取：应为批次说明的 JSON（source、batchId、encoding、delimiter、fileName）。{e.Message}");
        }
        catch (InvalidJsonException e)
        {
            throw DomainRuleException.Invalid("control", $"控制文件 {Path.GetFileName(control)} 不是有效的 JSON：{e.Message}");
        }
    }

    /// <summary>The data file the control file names: a plain name within the inbox, never a path out of it.</summary>
    private static string DataFileOf(string inbox, AgencyBatchHeader header)
    {
        var name = header.FileName;
        if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or ".." || name.EndsWith(ControlSuffix, StringComparison.OrdinalIgnoreCase))
        {
            throw DomainRuleException.Invalid("control.fileName", $"控制文件应以 fileName 写明同一目录下数据文件的文件名（不含路径），而不是“{name}”。");
        }

        var path = Path.Combine(inbox, name);
        return File.Exists(path) ? path : throw DomainRuleException.Invalid("control.fileName", $"控制文件写明的数据文件 {name} 不在交换目录中：请先传数据文件，再传控制文件。");
    }

    /// <summary>A delivery refused whole: its files and the reason, together under refused/.</summary>
    private void Refuse(string inbox, string control, string? data, string reason)
    {
        var name = Path.GetFileNameWithoutExtension(control);
        var refused = Directory.CreateDirectory(Path.Combine(inbox, "refused", $"{name}-{Guid.CreateVersion7():N}")).FullName;
        File.WriteAllText(Path.Combine(refused, name + ".refusal.txt"), reason + Environment.NewLine);
        if (data is not null && File.Exists(data))
        {
            File.Move(data, Path.Combine(refused, Path.GetFileName(data)));
        }

        File.Move(control, Path.Combine(refused, Path.GetFileName(control)));
        Refused(logger, Path.GetFileName(control), reason);
    }

    [LoggerMessage(EventId = 270, Level = LogLevel.Information, Message = "Inbox delivery {File} imported: {Received} rows, {Added} added, {Rejected} rejected (replayed: {Replayed})")]
    private static partial void Imported(ILogger logger, string file, long received, long added, long rejected, bool replayed);

    [LoggerMessage(EventId = 271, Level = LogLevel.Warning, Message = "Inbox delivery {File} refused: {Reason}")]
    private static partial void Refused(ILogger logger, string file, string reason);
}
