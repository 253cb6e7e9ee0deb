using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Notices;

/// <summary>公示 as the page shows it: the region chosen and the batches on notice there today, or why they cannot be shown.</summary>
public sealed record NoticesView(string Region, ServiceAnswer<ListPaymentNoticesResponse> Notices);

/// <summary>
/// One line objected to: the form (the reason, the mobile phone, the code texted to it), then the receipt or the refusal
/// with the answers kept; <paramref name="CodeSent"/> says where the code went once one was asked for.
/// </summary>
public sealed record ObjectionView(string BatchId, string RecordId, PaymentNoticeEntry? Line, string Reason, string Phone, string IdempotencyKey, ServiceProblem? Problem, ObjectionReceipt? Receipt)
{
    public string CodeSent { get; init; } = "";

    public string ActionPath => PublicNotices.ObjectionPath(BatchId, RecordId);
}

/// <summary>
/// 公示 and 公示异议 on the public site: the hiring service's batches on notice in a region (<c>ListPaymentNotices</c>,
/// names and numbers masked by the service) and an objection to one line (<c>FileObjection</c>), which holds that line
/// from payment until the office has looked into it. Nobody signs in for either: an objector confirms a mobile phone with
/// the code the service texts to it (<c>RequestObjectionCode</c>).
/// </summary>
public sealed class PublicNotices(ServiceCalls calls)
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

    private const string ServiceZh = "就业补贴服务";

    /// <summary>The regions whose notices are published here, as the page offers them.</summary>
    public static IReadOnlyList<(string Code, string NameZh)> Regions { get; } = [("410800", "焦作市"), ("419001", "济源市")];

    public static string ObjectionPath(string batchId, string recordId) =>
        $"{Path}/{Uri.EscapeDataString(batchId)}/objection?record={Uri.EscapeDataString(recordId)}";

    public async Task<NoticesView> LoadAsync(IQueryCollection query, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asked = query["region"].ToString();
        var region = Regions.Any(r => r.Code == asked) ? asked : Regions[0].Code;
        var notices = await calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, ListPaymentNoticesResponse>(ServiceZh,
            (client, options) => client.ListPaymentNoticesAsync(new ListPaymentNoticesRequest { Region = new RegionCode { Code = region } }, options).ResponseAsync, cancellation);
        return new NoticesView(region, notices);
    }

    /// <summary>The form for one line of a batch; the line as the notice shows it, or a problem when the batch cannot be read.</summary>
    public async Task<ObjectionView> OpenAsync(string batchId, string recordId, CancellationToken cancellation)
    {
        var notice = await calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, PaymentNotice>(ServiceZh,
            (client, options) => client.GetPaymentNoticeAsync(new GetPaymentBatchRequest { BatchId = batchId }, options).ResponseAsync, cancellation);
        return new ObjectionView(batchId, recordId, notice.Value?.Entries.FirstOrDefault(e => e.RecordId == recordId), "", "", ScreenKeys.New(), notice.Problem, null);
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
            var sent = await calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, ObjectionCodeSent>(ServiceZh,
                (client, options) => client.RequestObjectionCodeAsync(new RequestObjectionCodeRequest { BatchId = opened.BatchId, Phone = view.Phone }, options).ResponseAsync, cancellation);
            return sent.Value is { } code ? view with { CodeSent = code.NextStepZh, Problem = null } : view with { Problem = sent.Problem };
        }

        var request = new FileObjectionRequest
        {
            IdempotencyKey = view.IdempotencyKey, BatchId = opened.BatchId, RecordId = opened.RecordId, ReasonZh = view.Reason, ContactPhone = view.Phone,
            PhoneCode = posted[CodeField].ToString().Trim(),
        };
        var filed = await calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, ObjectionReceipt>(ServiceZh,
            (client, options) => client.FileObjectionAsync(request, options).ResponseAsync, cancellation);
        return filed.Value is { } receipt ? view with { Receipt = receipt, Problem = null } : view with { Problem = filed.Problem, IdempotencyKey = ScreenKeys.New() };
    }
}
