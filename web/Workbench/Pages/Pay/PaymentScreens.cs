using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Employment.Common.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>A desk's part of 发放: approved records not yet in a batch, and the batches whose records wait to be paid.</summary>
public sealed record DeskPayments(PaymentDesk Desk, ServiceAnswer<IReadOnlyList<PayableItem>> Approved)
{
    /// <summary>公示异议 still to resolve.</summary>
    public ServiceAnswer<IReadOnlyList<Objection>> Objections { get; init; } = ServiceAnswer<IReadOnlyList<Objection>>.Of([]);

    public IEnumerable<PayableItem> ToBatch => Approved.Value?.Where(i => i.BatchId.Length == 0) ?? [];

    public IEnumerable<IGrouping<string, PayableItem>> Batches => Approved.Value?.Where(i => i.BatchId.Length > 0).GroupBy(i => i.BatchId) ?? [];
}

/// <summary>发放 as a screen shows it: each desk's records to batch and batches waiting, and what the last step did.</summary>
public sealed record PaymentsView(IReadOnlyList<DeskPayments> Desks, string IdempotencyKey, ServiceProblem? Problem);

/// <summary>What one line of a return file, or one payment by hand, came to.</summary>
public sealed record PaymentOutcome(int Row, string Reference, string OutcomeZh, bool Done);

/// <summary>A batch as its screen shows it: the batch and its 公示名单, each record's state, and what the last step did.</summary>
public sealed record BatchView(
    PaymentDesk Desk,
    string BatchId,
    ServiceAnswer<BatchSummary> Batch,
    IReadOnlyList<PayableItem> Items,
    IReadOnlyList<PaymentOutcome> Outcomes,
    IReadOnlyList<ReturnProblem> FileProblems,
    string IdempotencyKey)
{
    public static string PathOf(string desk, string batchId) => $"{PaymentScreens.Path}/{desk}/batches/{Uri.EscapeDataString(batchId)}";
}

/// <summary>
/// 发放 at the workbench: approved records put on 公示 in a batch of the clerk's office; the printed 公示名单 (masked as
/// the service masks it); the paying bank's return file read line by line into payments and failures (a failed one
/// stays in its batch with the bank's reason, to be paid again); a payment recorded by hand. The services decide what
/// may be paid and when (the notice period, the amount decided, a hold); the screens say what they answered.
/// </summary>
public sealed class PaymentScreens(ServiceCalls calls, ServiceDefaults.Clients.SubsidyClients<SubsidyPayments.SubsidyPaymentsClient> payments)
{
    /// <summary>One desk per subsidy service that pays on public notice, in the platform's order.</summary>
    private readonly IReadOnlyList<PaymentDesk> desks = [.. payments.Services.Select(s => new PaymentDesk(s, calls, payments))];

    public const string Path = WorkbenchOptions.PathBase + "/payments";

    /// <summary>The most records of a batch its screen lists.</summary>
    public const int MaxItemsShown = 200;

    public PaymentDesk? Desk(string name) => desks.FirstOrDefault(d => d.Name == name);

    public async Task<PaymentsView> OverviewAsync(string key, ServiceProblem? problem, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(desks.Select(async d =>
        {
            var objections = d.OpenObjectionsAsync(cancellationToken);
            return new DeskPayments(d, await d.ApprovedAsync(cancellationToken)) { Objections = await objections };
        }));
        return new(read, key, problem);
    }

    /// <summary>Puts the records the clerk ticked on 公示 in one batch of the office; the batch's screen when it was made.</summary>
    public async Task<(string? BatchId, PaymentsView? Again)> CreateBatchAsync(PaymentDesk desk, IFormCollection form, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(form);
        var key = ScreenKeys.Of(form);
        var references = form["record"].Select(r => (r ?? "").Trim()).Where(r => r.Length is > 0 and <= 40).Distinct(StringComparer.Ordinal).ToList();
        if (references.Count == 0)
        {
            return (null, await OverviewAsync(key, ServiceProblem.Refused(desk.ServiceZh, "请先勾选要列入发放批次的申请。"), cancellationToken));
        }

        var made = await desk.CreateBatchAsync(references, region, key, cancellationToken);
        return made.Value is { } batchId ? (batchId, null) : (null, await OverviewAsync(key, made.Problem, cancellationToken));
    }

    /// <summary>核实 of an objection: the clerk's finding and whether it stands; the overview again, with the service's refusal if any.</summary>
    public async Task<PaymentsView> ResolveObjectionAsync(PaymentDesk desk, string objectionId, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(form);
        var upheld = form["decision"].ToString() == "upheld";
        var resolved = await desk.ResolveObjectionAsync(objectionId, upheld, form["finding"].ToString(), ScreenKeys.Of(form), cancellationToken);
        return await OverviewAsync(ScreenKeys.New(), resolved.Problem, cancellationToken);
    }

    public async Task<BatchView> BatchAsync(PaymentDesk desk, string batchId, IReadOnlyList<PaymentOutcome> outcomes, IReadOnlyList<ReturnProblem> fileProblems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var batch = await desk.BatchAsync(batchId, cancellationToken);
        var items = batch.Value is not null ? (await desk.BatchItemsAsync(batchId, MaxItemsShown, cancellationToken)).Value ?? [] : [];
        return new(desk, batchId, batch, items, outcomes, fileProblems, ScreenKeys.New());
    }

    /// <summary>
    /// The bank's return file, line by line: a paid line records the payment, a failed line the failure with the bank's
    /// reason; a line of another batch, for another amount, or already recorded is said so and changes nothing.
    /// </summary>
    public async Task<BatchView> ReturnFileAsync(PaymentDesk desk, string batchId, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(form);
        if (form.Files.GetFile("file") is not { } file || file.Length == 0 || file.Length > ReturnFile.MaxBytes)
        {
            return await BatchAsync(desk, batchId, [], [new ReturnProblem(0, $"请选择银行回盘文件（至多 {ReturnFile.MaxBytes / 1024} KB）。")], cancellationToken);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var encoding = ReturnFile.Encodings.Any(e => e.Value == form["encoding"]) ? form["encoding"].ToString() : "utf-8";
        var (lines, problems) = ReturnFile.Read(buffer.ToArray(), encoding);
        // The batch read once (one page of it) and each line looked up there; a line it does not hold (another batch's, or
        // past the page) is read on its own.
        var batch = lines.Count > 0 ? (await desk.BatchItemsAsync(batchId, MaxItemsShown, cancellationToken)).Value ?? [] : [];
        var read = batch.ToDictionary(i => i.Reference, StringComparer.Ordinal);
        var outcomes = new List<PaymentOutcome>();
        foreach (var line in lines)
        {
            outcomes.Add(read.TryGetValue(line.Reference, out var item)
                ? await ApplyAsync(desk, batchId, line, item, cancellationToken)
                : await ApplyAsync(desk, batchId, line, cancellationToken));
        }

        return await BatchAsync(desk, batchId, outcomes, problems, cancellationToken);
    }

    /// <summary>A payment recorded by hand (the bank's advice on paper): the day paid and its reference, for the amount decided.</summary>
    public async Task<BatchView> PayByHandAsync(PaymentDesk desk, string batchId, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(form);
        var reference = form["record"].ToString().Trim();
        var paymentReference = form["payment_reference"].ToString().Trim();
        if (!DateOnly.TryParseExact(form["paid_on"].ToString().Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paidOn))
        {
            return await BatchAsync(desk, batchId, [new PaymentOutcome(0, reference, "发放日期应写作 年-月-日，如 2026-12-04。", false)], [], cancellationToken);
        }

        if (paymentReference.Length is 0 or > 60 || paymentReference.Any(char.IsControl))
        {
            return await BatchAsync(desk, batchId, [new PaymentOutcome(0, reference, "请填写发放凭证号（至多 60 个字符）。", false)], [], cancellationToken);
        }

        // By hand the amount is the one decided: the record read once gives it and is what is paid.
        var read = await desk.ItemAsync(reference, cancellationToken);
        var outcome = read.Value is { } item
            ? await ApplyAsync(desk, batchId, new ReturnLine(0, reference, item.AmountFen, true, paymentReference, "", paidOn), item, cancellationToken)
            : new PaymentOutcome(0, reference, read.Problem?.Message ?? "没有这份申请。", false);
        return await BatchAsync(desk, batchId, [outcome], [], cancellationToken);
    }

    private static async Task<PaymentOutcome> ApplyAsync(PaymentDesk desk, string batchId, ReturnLine line, CancellationToken cancellationToken)
    {
        var read = await desk.ItemAsync(line.Reference, cancellationToken);
        return read.Value is { } item
            ? await ApplyAsync(desk, batchId, line, item, cancellationToken)
            : new(line.Row, line.Reference, read.Problem?.Message ?? "没有这份申请。", false);
    }

    private static async Task<PaymentOutcome> ApplyAsync(PaymentDesk desk, string batchId, ReturnLine line, PayableItem item, CancellationToken cancellationToken)
    {
        if (item.BatchId != batchId)
        {
            return new(line.Row, line.Reference, $"不属于发放批次 {batchId}，未记录。", false);
        }

        if (item.Paid)
        {
            return new(line.Row, line.Reference, $"此前已记录发放（凭证号 {item.PaymentReference}），未重复记录。", false);
        }

        if (line.AmountFen != item.AmountFen)
        {
            return new(line.Row, line.Reference, $"金额 {Display.Yuan(new Common.V1.Money { Fen = line.AmountFen })} 与核定金额 {Display.Yuan(new Common.V1.Money { Fen = item.AmountFen })} 不符，未记录。", false);
        }

        // One key per line and the version read: a second press of the same upload repeats the first answer.
        var key = Key(batchId, line, item.Version);
        var done = line.Paid
            ? await desk.PayAsync(item, line.On, line.BankReference, key, cancellationToken)
            : await desk.FailAsync(item, line.On, line.ReasonZh, line.BankReference, key, cancellationToken);
        return done.Value is not null
            ? new(line.Row, line.Reference, line.Paid ? $"已发放（{Display.Yuan(new Common.V1.Money { Fen = line.AmountFen })}，凭证号 {line.BankReference}）" : $"发放失败：{line.ReasonZh}。已退回待重新发放。", true)
            : new(line.Row, line.Reference, done.Problem?.Message ?? "未能记录。", false);
    }

    private static string Key(string batchId, ReturnLine line, long version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', batchId, line.Reference, line.Paid, line.BankReference, line.On.ToString("O", CultureInfo.InvariantCulture), version))))[..40];
}
