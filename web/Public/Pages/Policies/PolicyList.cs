using Grpc.Core;
using System.Globalization;
using Employment.Common.V1;
using Employment.Policy.V1;
using Employment.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Policies;

/// <summary>What the 政策清单 page shows: the filters as the URL gave them, and the catalog's answer.</summary>
public sealed record PolicyListView(string Region, string Domain, string On, string? InputProblem, ServiceAnswer<ListMeasuresResponse>? Answer)
{
    /// <summary>True past the first page.</summary>
    public bool Paged { get; init; }

    /// <summary>Who the person is (an audience id of the catalog: veterans, graduates…); "" = everyone.</summary>
    public string Audience { get; init; } = "";

    /// <summary>This list's URL at another page (an empty token: the first).</summary>
    public string PageUrl(string pageToken) => WithAudience(Audience, pageToken);

    /// <summary>The first page of this list for another audience ("" = everyone): what its links narrow to.</summary>
    public string WithAudience(string audience, string pageToken = "") => "/policies" + QueryString.Create(
        new Dictionary<string, string?> { ["region"] = Region, ["domain"] = Domain, ["group"] = audience, ["on"] = On, ["page"] = pageToken }
            .Where(p => p.Value is { Length: > 0 }));
}

/// <summary>
/// The public policy list (政策清单, 焦政办〔2024〕15号（二十）) for the page: the filters live in the
/// URL (<c>/policies?region=410800&amp;domain=loans&amp;on=2024-03-01</c>), the measures come from
/// the policy catalog's public ListMeasures.
/// </summary>
public sealed class PolicyList(ServiceCalls calls, ChinaClock clock)
{
    private const string ServiceZh = "政策清单服务";

    /// <summary>
    /// Measures per page: keeps a page well under the 200 KB the issue allows however many measures
    /// the catalog grows to (12 of Jiaozuo's measures came to 27 KB in November 2026).
    /// </summary>
    public const int MeasuresPerPage = 12;

    public async Task<PolicyListView> LoadAsync(IQueryCollection query, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        var region = query["region"].ToString() is { Length: > 0 } r ? r : Places.All[0].Code;
        var domain = query["domain"].ToString();
        var onText = query["on"].ToString();
        var on = clock.Today;
        if (Places.Find(region) is null)
        {
            return new PolicyListView(region, domain, onText, "“地区”不在可选范围内，请从列表中选择。", null);
        }

        var domainFilter = Display.Domains.FirstOrDefault(d => d.Slug == domain);
        if (domain.Length > 0 && domainFilter.Slug is null)
        {
            return new PolicyListView(region, domain, onText, "“政策类别”不在可选范围内，请从列表中选择。", null);
        }

        var audience = query["group"].ToString();
        if (audience.Length > 40 || audience.Any(c => !(char.IsAsciiLetterLower(c) || c == '-')))
        {
            return new PolicyListView(region, domain, onText, "“适用人群”不在可选范围内，请从列表中选择。", null) { Audience = audience };
        }

        if (onText.Length > 0 && !DateOnly.TryParseExact(onText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            return new PolicyListView(region, domain, onText, "“查询日期”应写成 2024-03-01 这样的年-月-日。", null);
        }

        var request = new ListMeasuresRequest
        {
            Region = new RegionCode { Code = region },
            On = new CalendarDate { Year = on.Year, Month = on.Month, Day = on.Day },
            Domain = domainFilter.Domain,
            Audience = audience,
            Page = new PageRequest { PageSize = MeasuresPerPage, PageToken = query["page"].ToString() },
        };
        var answer = await calls.CallAsync(
            ServiceZh,
            async (PolicyCatalog.PolicyCatalogClient client, CallOptions options) => await client.ListMeasuresAsync(request, options),
            cancellation);
        return new PolicyListView(region, domain, on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, answer) { Paged = request.Page.PageToken.Length > 0, Audience = audience };
    }
}
