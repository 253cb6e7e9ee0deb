using System.Globalization;
using Employment.Jobs.V1;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>A way to narrow a search: what it keeps, how many postings, and the narrowed search's first page.</summary>
public sealed record FacetLink(string TextZh, int Count, string Url);

/// <summary>The narrowing links of one filter (按地点, 按职业…).</summary>
public sealed record FacetGroup(string TitleZh, IReadOnlyList<FacetLink> Links);

/// <summary>
/// The answer's counts as links that narrow the search, one group per filter the person has not set:
/// only values that would narrow it (fewer postings than now, but some), so every link leads somewhere.
/// </summary>
public static class JobFacets
{
    /// <summary>Occupation groups shown: the largest; the form's list has every one.</summary>
    public const int MaxOccupationLinks = 8;

    public static IReadOnlyList<FacetGroup> For(JobFilters filters, SearchFacets? facets, int total)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (facets is null || total <= 1)
        {
            return [];
        }

        var first = filters with { PageToken = "", Trail = [], PageNumber = 1 };
        var groups = new List<FacetGroup>();
        void Group(string title, IEnumerable<(string TextZh, int Count, JobFilters Narrowed)> values)
        {
            var links = values.Where(v => v.Count > 0 && v.Count < total).Select(v => new FacetLink(v.TextZh, v.Count, v.Narrowed.Url())).ToList();
            if (links.Count > 0)
            {
                groups.Add(new FacetGroup(title, links));
            }
        }

        if (Places.Find(filters.Region) is null or { IsCity: true })
        {
            Group("按地点", facets.ByCounty.Select(f => (Places.NameOf(f.Value), f.Count, first with { Region = f.Value })));
        }

        if (filters.Kind.Length == 0)
        {
            Group("按岗位类型", JobFilters.Kinds.Select(k => (k.NameZh, Count(facets.ByEmploymentType, k.Contract.ToString()), first with { Kind = k.Slug })));
        }

        if (filters.Occupation.Length == 0)
        {
            Group("按职业", facets.ByOccupationGroup
                .Select(f => (Name: OccupationNames.GroupNameOf(f.Value), f.Count, Code: f.Value))
                .Where(f => f.Name is not null)
                .Take(MaxOccupationLinks)
                .Select(f => (f.Name!, f.Count, first with { Occupation = f.Code })));
        }

        if (filters.Education.Length == 0)
        {
            // A posting asking no education, or at most the person's, is open to them.
            Group("按我的学历", JobFilters.Educations.Select(e => (
                $"{e.NameZh}可报",
                facets.ByMinEducation.Where(f => Enum.TryParse<Employment.Common.V1.EducationLevel>(f.Value, out var asked) && asked <= e.Contract).Sum(f => f.Count),
                first with { Education = e.Slug })));
        }

        if (filters.PayMin.Length == 0)
        {
            // A floor is monthly fen: the link asks for that many yuan a month (keeping a monthly ceiling).
            Group("按月工资", facets.ByMonthlyPayFloor.Select(f => (Yuan: (long.Parse(f.Value, CultureInfo.InvariantCulture) / 100).ToString(CultureInfo.InvariantCulture), f.Count)).Select(f => (
                $"每月 {f.Yuan} 元以上",
                f.Count,
                first with { PayMin = f.Yuan, PayPeriod = "month", PayMax = filters.PayPeriod == "month" ? filters.PayMax : "" })));
        }

        if (filters.Near.Length > 0)
        {
            Group("按距离", facets.ByDistanceKm.Where(f => NearPlaces.DistancesKm.Any(km => km.ToString(CultureInfo.InvariantCulture) == f.Value)).Select(f => ($"{f.Value} 公里以内", f.Count, first with { WithinKm = f.Value })));
        }

        return groups;
    }

    private static int Count(IEnumerable<FacetCount> facets, string value) => facets.FirstOrDefault(f => f.Value == value)?.Count ?? 0;
}
