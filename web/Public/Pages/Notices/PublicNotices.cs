using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Notices;

/// <summary>A batch on notice and the subsidy service that pays it.</summary>
public sealed record ServiceNotice(SubsidyService Service, PaymentNotice Notice);

/// <summary>公示 as the page shows it: the region chosen and every subsidy service's batches on notice there today, and each service that could not answer.</summary>
public sealed record NoticesView(string Region, IReadOnlyList<ServiceNotice> Notices, IReadOnlyList<ServiceProblem> Problems);

/// <summary>
/// One line objected to: the form (the reason, the mobile phone, the code texted to it), then the receipt or the refusal
/// with the answers kept; <paramref name="CodeSent"/> says where the code went once one was asked for.
/// </summary>
public sealed record ObjectionView(string Service, string BatchId, string RecordId, PaymentNoticeLine? Line, string Reason, string Phone, string IdempotencyKey, ServiceProblem? Problem, ObjectionReceipt? Receipt)
{
    public string CodeSent { get; init; } = "";

    public string ActionPath => PublicNotices.ObjectionPath(Service, BatchId, RecordId);
}

/// <summary>
/// 公示 and 公示异议 on the public site: every subsidy service's batches on notice in a region (the shared
/// <c>SubsidyPayments.ListPaymentNotices</c>, names and numbers masked by the service) and an objection to one line
/// (<c>FileObjection</c>, to the service that pays it), which holds that line from payment until the office has looked
/// into it. Nobody signs in for either: an objector confirms a mobile phone with the code the service texts to it
/// (<c>RequestObjectionCode</c>). A subsidy service appears here by configuration alone.
/// </summary>
public sealed class PublicNotices(ServiceCalls calls, SubsidyClients<SubsidyPayments.SubsidyPaymentsClient> payments)
{
    public const string Path = "/notices";

    public const string ReasonField = "reason";

    public const string PhoneField = "phone";

    public const string CodeField = "code";

    /// <summary>The form's two buttons: 获取验证码 (<see cref="SendCode"/>) and 提交异议.</summary>
    public const string ActionField = "action";

    public const string SendCode = "code";

    /// <summary>Where the code went, carried through the code step so a refused filing keeps the code field.</summary>
    public const string SentField = "sent";

    /// <summary>The regions whose notices are published here, as the page offers them.</summary>
    public static IReadOnlyList<(string Code, string NameZh)> Regions { get; } = [("410800", "焦作市"), ("419001", "济源市")];

    public static string ObjectionPath(string service, string batchId, string recordId) =>
        $"{Path}/{Uri.EscapeDataString(batchId)}/objection?service={Uri.EscapeDataString(service)}&record={Uri.EscapeDataString(recordId)}";

    public async Task<NoticesView> LoadAsync(IQueryCollection query, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asked = query["region"].ToString();
        var region = Regions.Any(r => r.Code == asked) ? asked : Regions[0].Code;
        var answers = await calls.CallEachAsync(payments, payments.Services,
            async (client, options) => await client.ListPaymentNoticesAsync(new ListPaymentNoticesRequest { Region = new RegionCode { Code = region } }, options), cancellation);
        return new NoticesView(region,
            [.. answers.SelectMany(a => (a.Answer.Value?.Notices ?? []).Select(n => new ServiceNotice(a.Service, n)))],
            [.. answers.Select(a => a.Answer.Problem).OfType<ServiceProblem>()]);
    }

    /// <summary>The call to the service that pays a batch; a problem when the page names none that publishes notices.</summary>
    private Task<ServiceAnswer<T>> CallAsync<T>(string service, Func<SubsidyPayments.SubsidyPaymentsClient, Grpc.Core.CallOptions, Task<T>> call, CancellationToken cancellation)
        where T : class =>
        calls.CallAsync(payments, service, "没有找到这项公示，请回到公示列表重新选择。", call, cancellation);

    /// <summary>The form for one line of a batch; the line as the notice shows it, or a problem when the batch cannot be read.</summary>
    public async Task<ObjectionView> OpenAsync(string service, string batchId, string recordId, CancellationToken cancellation)
    {
        var notice = await CallAsync(service, async (client, options) => await client.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batchId }, options), cancellation);
        return new ObjectionView(service, batchId, recordId, notice.Value?.Lines.FirstOrDefault(e => e.RecordId == recordId), "", "", ScreenKeys.New(), notice.Problem, null);
    }

    /// <summary>
    /// 获取验证码 (the code texted to the phone typed, the form kept as typed), or 提交异议 sent under the page's key: the
    /// receipt, or the service's refusal with what was typed kept.
    /// </summary>
    public async Task<ObjectionView> FileAsync(ObjectionView opened, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var view = opened with
        {
            Reason = posted[ReasonField].ToString(), Phone = posted[PhoneField].ToString().Trim(), IdempotencyKey = ScreenKeys.Of(posted), CodeSent = posted[SentField].ToString(),
        };
        if (posted[ActionField].ToString() == SendCode)
        {
            var sent = await CallAsync(opened.Service,
                async (client, options) => await client.RequestObjectionCodeAsync(new RequestObjectionCodeRequest { BatchId = opened.BatchId, Phone = view.Phone }, options), cancellation);
            return sent.Value is { } code ? view with { CodeSent = code.NextStepZh, Problem = null } : view with { Problem = sent.Problem };
        }

        var request = new FileObjectionRequest
        {
            IdempotencyKey = view.IdempotencyKey, BatchId = opened.BatchId, RecordId = opened.RecordId, ReasonZh = view.Reason, ContactPhone = view.Phone,
            PhoneCode = posted[CodeField].ToString().Trim(),
        };
        var filed = await CallAsync(opened.Service, async (client, options) => await client.FileObjectionAsync(request, options), cancellation);
        return filed.Value is { } receipt ? view with { Receipt = receipt, Problem = null } : view with { Problem = filed.Problem, IdempotencyKey = ScreenKeys.New() };
    }
}
