using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Progress;

/// <summary>What a person typed into the 办理进度 form, as typed (the form shows the business and reference again, never the code).</summary>
public sealed record ProgressQuery(string Business, string Reference, string Code)
{
    public static ProgressQuery Empty { get; } = new("", "", "");

    public static ProgressQuery From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form["business"].ToString(), form["reference"].ToString().Trim(), form["code"].ToString().Trim());
    }

    /// <summary>What was asked, in one line for the folded form (never the code).</summary>
    public string SummaryZh() =>
        $"{ApplicationProgressLookup.Businesses.FirstOrDefault(b => b.Value == Business)?.NameZh} 申请编号 {Reference}".Trim();
}

/// <summary>What the 办理进度 page shows: the query, and either a problem with it or the service's answer.</summary>
public sealed record ProgressView(ProgressQuery Query, string? InputProblem, ServiceAnswer<ApplicationProgress>? Answer);

/// <summary>A business whose applications can be followed: the form's value, its name, the subsidy service that answers.</summary>
public sealed record ProgressBusiness(string Value, string NameZh, string Service);

/// <summary>
/// 办理进度: follows an application with its reference and 查询码 through the owning service's public
/// SubsidyCases.GetApplicationProgress (the service checks the code; an unknown reference and a wrong or missing
/// code come back as the same refusal, shown in the service's words). Posted, so the code stays out
/// of URLs, history and logs; the gateway limits these posts per address (Gateway:ProgressRateLimit).
/// </summary>
public sealed class ApplicationProgressLookup(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    public static IReadOnlyList<ProgressBusiness> Businesses { get; } =
    [
        new("loans", "创业担保贷款", PlatformServices.Loans),
        new("training", "培训补贴（技能提升、职业培训、新型学徒制）", PlatformServices.Training),
        new("hiring", "吸纳就业、扩岗、社保、见习补贴和一次性创业补贴", PlatformServices.Hiring),
    ];

    public async Task<ProgressView> FindAsync(ProgressQuery query, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        var business = Businesses.FirstOrDefault(b => b.Value == query.Business);
        if (business is null)
        {
            return new ProgressView(query, "请选择“业务类型”。", null);
        }

        if (query.Reference.Length == 0)
        {
            return new ProgressView(query, "请填写“申请编号”（见窗口出具的受理回执）。", null);
        }

        var request = new ApplicationProgressRequest { Reference = query.Reference, Code = query.Code };
        var answer = await calls.CallAsync(PlatformServices.Find(business.Service)?.NameZh ?? business.NameZh, cases.For(business.Service)!,
            async (client, options) => await client.GetApplicationProgressAsync(request, options), cancellation);
        return new ProgressView(query, null, answer);
    }
}
