using Grpc.Core;
using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Match;

/// <summary>What a person typed into the 岗位匹配 form, as typed (so the form shows it again).</summary>
public sealed record MatchFacts(
    string Occupations,
    string Skills,
    string Education,
    string Region,
    string Kind,
    string PayMin,
    string PayPeriod,
    bool NonPersonalised,
    string Home = "")
{
    public static MatchFacts Empty { get; } = new("", "", "", "", "", "", "month", false);

    public static MatchFacts From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(
            form["occupations"].ToString().Trim(),
            form["skills"].ToString().Trim(),
            form["education"].ToString(),
            form["region"].ToString(),
            form["kind"].ToString(),
            form["pay_min"].ToString().Trim(),
            form["pay_period"].ToString(),
            form["non_personalised"].ToString() == "on",
            form["home"].ToString().Trim());
    }

    /// <summary>What was asked, in one line for the folded form.</summary>
    public string SummaryZh()
    {
        var parts = new List<string>();
        if (NonPersonalised)
        {
            parts.Add("只看最新岗位");
        }

        if (Occupations.Length > 0)
        {
            parts.Add(Occupations);
        }

        if (Skills.Length > 0)
        {
            parts.Add("技能 " + Skills);
        }

        if (Places.Find(Region) is { } place)
        {
            parts.Add(place.NameZh);
        }

        if (JobFilters.KindZh(Kind) is { } kind)
        {
            parts.Add(kind);
        }

        if (PayMin.Length > 0)
        {
            parts.Add(JobFilters.PayAtLeastZh(PayMin, PayPeriod));
        }

        return string.Join(" · ", parts);
    }
}

/// <summary>What the 岗位匹配 page shows: the facts, and either a problem with them or the service's ranking.</summary>
public sealed record MatchView(MatchFacts Facts, string? InputProblem, ServiceAnswer<MatchJobsResponse>? Answer);

/// <summary>
/// 岗位匹配: the job-matching service's public MatchJobs on what the person states (occupation,
/// skills, education, place, pay), ranked and explained by the same scorer as at the counter;
/// nothing is stored, here or there. Posted, so the facts stay out of URLs and history. The
/// non-personalised view (第十七条) asks for the newest postings of the place, unscored.
/// </summary>
public sealed class JobMatch(ServiceCalls calls)
{
    /// <summary>The ranked postings a page shows (the API's page size, so the page and the API rank the same set).</summary>
    public const int PageSize = 20;

    // Form-field bounds mirroring the contract's max_items / max_length (job_matching.proto), not policy.
    private const int MaxItems = 20;
    private const int MaxSkillLength = 20;
    private const int MaxOccupationLength = 16;

    private static readonly char[] Separators = [' ', ',', '，', '、', ';', '；', '\n', '\r', '\t'];

    /// <summary>Education levels offered in the form, with the value the form posts (the contract's name).</summary>
    public static IReadOnlyList<EducationLevel> EducationLevels { get; } =
    [
        EducationLevel.BelowSecondary, EducationLevel.Secondary, EducationLevel.JuniorCollege,
        EducationLevel.Bachelor, EducationLevel.Postgraduate,
    ];

    public static string FormValue(EducationLevel level) =>
        PersonReflection.Descriptor.FindTypeByName<EnumDescriptor>("EducationLevel").FindValueByNumber((int)level).Name;

    public async Task<MatchView> MatchAsync(MatchFacts facts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Problem(facts, out var request) is { } problem)
        {
            return new MatchView(facts, problem, null);
        }

        var answer = await calls.CallAsync(
            "岗位匹配服务",
            async (JobMatching.JobMatchingClient client, CallOptions options) => await client.MatchJobsAsync(request, options),
            cancellation);
        return new MatchView(facts, null, answer);
    }

    /// <summary>The request the facts make, or what is wrong with them, naming the form's field.</summary>
    public static string? Problem(MatchFacts facts, out MatchJobsRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        request = new MatchJobsRequest { Page = new PageRequest { PageSize = PageSize }, NonPersonalised = facts.NonPersonalised };
        var preferences = new JobPreferences();
        request.Preferences = preferences;
        if (Places.Find(facts.Region) is null)
        {
            return "请选择“希望工作的地点”。";
        }

        preferences.Regions.Add(new RegionCode { Code = facts.Region });
        if (facts.NonPersonalised)
        {
            // 第十七条: nothing about the person is sent, only the place.
            return null;
        }

        var occupations = Split(facts.Occupations);
        var skills = Split(facts.Skills);
        if (occupations.Length == 0 && skills.Length == 0)
        {
            return "请填写“求职意向（职业）”或“技能”中的至少一项，或选择“不使用我的情况，只看最新岗位”。";
        }

        if (occupations.Length > MaxItems || occupations.Any(o => o.Length > MaxOccupationLength))
        {
            return $"“求职意向（职业）”最多 {MaxItems} 个，每个不超过 {MaxOccupationLength} 个字，如 司机、电工。";
        }

        // A code stays a code; anything else goes as the person's own words, which the service reads as
        // the job search reads a query (司机 finds drivers and 叉车司机 alike, 宇航员 finds what it finds).
        foreach (var occupation in occupations)
        {
            if (OccupationNames.IsCode(occupation))
            {
                preferences.OccupationCodes.Add(occupation);
            }
            else
            {
                preferences.OccupationWords.Add(occupation);
            }
        }

        if (skills.Length > MaxItems || skills.Any(s => s.Length > MaxSkillLength))
        {
            return $"“技能”最多 {MaxItems} 项，每项不超过 {MaxSkillLength} 个字。";
        }

        preferences.Keywords.Add(skills);
        if (facts.Education.Length > 0)
        {
            var education = EducationLevels.FirstOrDefault(l => FormValue(l) == facts.Education);
            if (education == EducationLevel.Unspecified)
            {
                return "“学历”不在可选范围内，请从列表中选择。";
            }

            preferences.Education = education;
        }

        if (facts.Kind.Length > 0)
        {
            var kind = JobFilters.Kinds.FirstOrDefault(k => k.Slug == facts.Kind);
            if (kind.Slug is null)
            {
                return "“岗位类型”不在可选范围内，请从列表中选择。";
            }

            preferences.EmploymentType = kind.Contract;
        }

        if (facts.Home.Length > 0)
        {
            // Where they live, for the commuting distance; a place of the list, or their own point.
            if (NearPlaces.Find(facts.Home) is not { } home)
            {
                return "“住在哪里附近”不在可选范围内，请从列表中选择。";
            }

            preferences.Location = new GeoPoint { Latitude = home.Latitude, Longitude = home.Longitude };
        }

        if (facts.PayMin.Length > 0)
        {
            if (PayInput.Problem(facts.PayMin, "期望最低工资", out var yuan) is { } payProblem)
            {
                return payProblem;
            }

            var period = JobFilters.PayPeriods.FirstOrDefault(p => p.Slug == facts.PayPeriod);
            if (period.Slug is null)
            {
                return "请选择“工资计算方式”（每月、每天或每小时）。";
            }

            preferences.MinSalary = new Money { Fen = yuan * 100 };
            preferences.MinSalaryPeriod = period.Contract;
        }

        return null;
    }

    private static string[] Split(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
}
