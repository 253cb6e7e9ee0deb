using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>How the 找工作 pages write a posting's values for people, in Chinese.</summary>
public static partial class JobDisplay
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string KindZh(EmploymentType kind) =>
        JobFilters.Kinds.FirstOrDefault(k => k.Contract == kind).NameZh ?? "其他";

    /// <summary>"每天 150–220 元": the range with its period; no amounts is 面议.</summary>
    public static string Pay(Pay? pay)
    {
        if (pay is null || (pay.Min is null or { Fen: 0 } && pay.Max is null or { Fen: 0 }))
        {
            return "面议";
        }

        var period = JobFilters.PayPeriods.FirstOrDefault(p => p.Contract == pay.Period).NameZh ?? "";
        var min = pay.Min is { Fen: > 0 } low ? Yuan(low.Fen) : "";
        var max = pay.Max is { Fen: > 0 } high ? Yuan(high.Fen) : "";
        var range = min.Length > 0 && max.Length > 0 && min != max ? $"{min}–{max}" : min.Length > 0 ? min : max;
        return $"{period} {range} 元".Trim();
    }

    /// <summary>
    /// The text cut around its telephone numbers (a mobile, or a fixed line with its area code):
    /// each part with the digits to dial, or null for plain text.
    /// </summary>
    public static IEnumerable<(string Text, string? Dial)> PhoneParts(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in PhoneNumber().Matches(text))
        {
            if (m.Index > at)
            {
                yield return (text[at..m.Index], null);
            }

            yield return (m.Value, m.Value.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
            at = m.Index + m.Length;
        }

        if (at < text.Length)
        {
            yield return (text[at..], null);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}|12333)(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex PhoneNumber();

    /// <summary>
    /// A geo: URI (RFC 5870) of a work place that a phone's map app opens at the point, labelled with
    /// the place's name; null without a point. No map service or script of a third party is involved.
    /// </summary>
    public static string? MapUri(GeoPoint? point, string label)
    {
        if (point is null || (point.Latitude == 0 && point.Longitude == 0))
        {
            return null;
        }

        var at = string.Create(CultureInfo.InvariantCulture, $"{point.Latitude:0.######},{point.Longitude:0.######}");
        return $"geo:{at}?q={at}({Uri.EscapeDataString(label)})";
    }

    /// <summary>"距焦作站约 3.2 公里" (under a kilometre: in metres, rounded to 100 m).</summary>
    public static string DistanceZh(double km, string? fromZh)
    {
        var from = string.IsNullOrEmpty(fromZh) ? "距所选地点" : $"距{fromZh}";
        return km < 1
            ? $"{from}约 {Math.Max(100, Math.Round(km * 10) * 100).ToString("0", CultureInfo.InvariantCulture)} 米"
            : $"{from}约 {km.ToString("0.0", CultureInfo.InvariantCulture)} 公里";
    }

    /// <summary>
    /// "共找到 45 个岗位。", or for a broad search whose counts the service estimated from a sample
    /// "共找到约 99,500 个岗位。": three figures, since the last digits are not known.
    /// </summary>
    public static string FoundZh(int total, bool estimated)
    {
        if (!estimated)
        {
            return string.Create(CultureInfo.InvariantCulture, $"共找到 {total} 个岗位。");
        }

        var unit = (long)Math.Pow(10, Math.Max(0, (int)Math.Floor(Math.Log10(Math.Max(1, total))) - 2));
        return string.Create(CultureInfo.InvariantCulture, $"共找到约 {Math.Round((double)total / unit) * unit:N0} 个岗位。");
    }

    /// <summary>The county's (or city's) name from the pages' place list; never its code.</summary>
    public static string PlaceZh(RegionCode? region) => Places.NameOf(region?.Code);

    /// <summary>A facet's count for a value, or null when the answer has no facets (a later page).</summary>
    public static int? Count(IEnumerable<FacetCount>? facets, string value) =>
        facets?.FirstOrDefault(f => f.Value == value)?.Count ?? (facets is null ? null : 0);

    public static string EducationZh(EducationLevel level) => level switch
    {
        EducationLevel.BelowSecondary => "初中及以下",
        EducationLevel.Secondary => "高中 / 中专 / 技校",
        EducationLevel.JuniorCollege => "大专 / 高职",
        EducationLevel.Bachelor => "本科",
        EducationLevel.Postgraduate => "研究生",
        _ => "",
    };

    /// <summary>The requirements a person reads before applying, one line each (only what the posting states).</summary>
    public static IReadOnlyList<string> Requirements(Requirements? r)
    {
        if (r is null)
        {
            return [];
        }

        var lines = new List<string>();
        if (r.MinEducation == EducationLevel.BelowSecondary)
        {
            lines.Add("学历：不限");
        }
        else if (EducationZh(r.MinEducation) is { Length: > 0 } education)
        {
            lines.Add($"学历：{education}及以上");
        }

        if (r.MinExperienceYears > 0)
        {
            lines.Add($"工作经验：{r.MinExperienceYears} 年以上");
        }

        if (r.MinAge > 0 || r.MaxAge > 0)
        {
            lines.Add(r.MinAge > 0 && r.MaxAge > 0 ? $"年龄：{r.MinAge}–{r.MaxAge} 岁" : r.MinAge > 0 ? $"年龄：{r.MinAge} 岁以上" : $"年龄：{r.MaxAge} 岁以下");
        }

        if (r.Certificates.Count > 0)
        {
            lines.Add("证书：" + string.Join("、", r.Certificates));
        }

        if (r.Other.Length > 0)
        {
            lines.Add(r.Other);
        }

        return lines;
    }

    private static string Yuan(long fen) =>
        (fen / 100m).ToString(fen % 100 == 0 ? "#,0" : "#,0.00", Chinese);
}
