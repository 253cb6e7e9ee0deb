using Employment.Common.V1;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases;

/// <summary>
/// The public search: the request read into a <see cref="PostingQuery"/> (the engine checks the text,
/// region and page and names the field it refuses), the hits and facets mapped to the contract.
/// The index holds only open postings, and the engine leaves out those past their last day.
/// </summary>
public sealed class SearchPostings(IPostingSearch search)
{
    public async Task<V1.SearchPostingsResponse> SearchAsync(V1.SearchPostingsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var least = request.PayAtLeast?.Fen;
        var most = request.PayAtMost?.Fen;
        if (least < 0 || most < 0)
        {
            throw DomainRuleException.Invalid(least < 0 ? "pay_at_least" : "pay_at_most", "薪酬条件不能为负数；不限薪酬请不填。");
        }

        if (least is { } l && most is { } m && m > 0 && l > m)
        {
            throw DomainRuleException.Invalid("pay_at_most", $"薪酬上限（{m / 100m:0.##} 元）低于下限（{l / 100m:0.##} 元）。");
        }

        if (!Enum.IsDefined(request.Order))
        {
            throw DomainRuleException.Invalid("order", "未知的排序方式。");
        }

        if (!Enum.IsDefined(request.EmploymentType) || !Enum.IsDefined(request.PayPeriod))
        {
            throw DomainRuleException.Invalid(Enum.IsDefined(request.EmploymentType) ? "pay_period" : "employment_type", "未知的岗位类型或薪酬周期。");
        }

        var since = PostingInput.Day(request.PostedSince, "posted_since");
        var query = new PostingQuery
        {
            Text = request.Query,
            Region = RegionCodes.Place(request.Region, "region", required: false) is { Length: > 0 } region ? region : null,
            Kind = request.EmploymentType == V1.EmploymentType.Unspecified ? null : (EmploymentKind)(int)request.EmploymentType,
            PayAtLeastFen = least is > 0 ? least : null,
            PayAtMostFen = most is > 0 ? most : null,
            PayPeriod = request.PayPeriod == V1.PayPeriod.Unspecified ? PayPeriod.Month : (PayPeriod)(int)request.PayPeriod,
            PostedSince = since == default ? null : since,
            PageSize = request.Page?.PageSize ?? 0,
            PageToken = request.Page?.PageToken ?? "",
            WithFacets = !request.WithoutFacets,
            Near = request.Near is { } near ? new Domain.Matching.GeoPoint(near.Latitude, near.Longitude) : null,
            WithinKm = request.WithinKm == 0 ? null : request.WithinKm,
            Education = request.Education == EducationLevel.Unspecified ? null : (int)request.Education,
            OccupationCode = request.OccupationCode,
            Order = (SearchOrder)(int)request.Order,
        };
        var result = await search.SearchAsync(query, cancellationToken);
        var response = new V1.SearchPostingsResponse
        {
            Hits = { result.Hits.Select(PostingAnswers.Hit) },
            Page = Pages.Engine(result.NextPageToken, result.Total),
            CountsEstimated = result.CountsEstimated,
        };
        if (result.Total != PostingSearchResult.TotalUnknown)
        {
            var f = result.Facets;
            response.Facets = new V1.SearchFacets
            {
                ByCounty = { f.ByCounty.OrderByDescending(p => p.Value).Select(p => Count(p.Key, p.Value)) },
                ByCity = { f.ByCity.OrderByDescending(p => p.Value).Select(p => Count(p.Key, p.Value)) },
                ByEmploymentType = { f.ByKind.OrderByDescending(p => p.Value).Select(p => Count(((V1.EmploymentType)(int)p.Key).ToString(), p.Value)) },
                ByMonthlyPayFloor = { f.ByMonthlyPayFloor.OrderBy(p => p.Key).Select(p => Count(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)) },
                ByMinEducation = { f.ByMinEducation.OrderBy(p => p.Key).Select(p => Count(((EducationLevel)p.Key).ToString(), p.Value)) },
                ByOccupationGroup = { f.ByOccupationGroup.OrderByDescending(p => p.Value).Select(p => Count(p.Key, p.Value)) },
                ByDistanceKm = { f.ByDistanceKm.OrderBy(p => p.Key).Select(p => Count(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)) },
            };
        }

        return response;
    }

    private static V1.FacetCount Count(string value, int count) => new() { Value = value, Count = count };
}
