using System.Globalization;
using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// Scores one posting for one seeker, factor by factor, each factor earning at most its weight
/// (<see cref="MatchWeights"/>); the score is the sum, so the reasons explain it exactly. Pure: the
/// same traits give the same score.
/// </summary>
public sealed class MatchScorer(MatchWeights weights)
{
    /// <summary>The rule id an explanation of a score cites.</summary>
    public const string Rule = "jobs.matching.score";

    public MatchWeights Weights { get; } = weights;

    // The names a seeker reads for codes, and the words they typed read as the search reads them.
    private static OccupationSynonyms Synonyms => OccupationSynonyms.Shipped;

    public MatchExplanation Score(SeekerTraits seeker, PostingTraits posting)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        ArgumentNullException.ThrowIfNull(posting);
        MatchReason[] reasons =
        [
            Occupation(seeker, posting),
            Skills(seeker, posting),
            Certificates(seeker, posting),
            Distance(seeker, posting),
            Pay(seeker, posting),
            Education(seeker, posting),
            Kind(seeker, posting),
        ];
        return new MatchExplanation(Math.Clamp(reasons.Sum(r => r.Points), 0, MatchWeights.FullScore), reasons);
    }

    private MatchReason Occupation(SeekerTraits seeker, PostingTraits posting)
    {
        var weight = Weights.Of(MatchFactor.Occupation);
        var wanted = seeker.WantedOrCodes(Synonyms);
        if (wanted.Count == 0)
        {
            return Reason(MatchFactor.Occupation, 0, "未填写求职意向职业，不计分");
        }

        var code = posting.OccupationCode;
        var group = posting.OccupationGroup;
        var job = JobZh(posting);
        if (code.Length > 0 && wanted.FirstOrDefault(w => w.Codes.Contains(code, StringComparer.Ordinal)) is { } same)
        {
            return Reason(MatchFactor.Occupation, weight, $"{job}与您的求职意向“{same.TextZh}”一致");
        }

        if (code.Length > 0 && wanted.FirstOrDefault(w => w.Codes.Contains(group, StringComparer.Ordinal)) is { } under)
        {
            // A 小类 asked for (会计 → 2-06-03, 司机 → 4-02-02) is every 细类 under it, in full.
            return Reason(MatchFactor.Occupation, weight, $"{job}属于您的求职意向“{under.TextZh}”");
        }

        if (wanted.FirstOrDefault(w => w.InTitle(posting.Title)) is { } named)
        {
            // The word in the title, as the search's title phrase finds it (叉车司机 for 司机).
            return Reason(MatchFactor.Occupation, weight, $"岗位名称“{posting.Title}”含您的求职意向“{named.TextZh}”");
        }

        var near = code.Length == 0 ? null : wanted.FirstOrDefault(w => w.Codes.Any(c => Occupations.GroupOf(c) == group));
        if (near is not null)
        {
            return Reason(MatchFactor.Occupation, Share(weight, Weights.SameGroupPercent, 100),
                $"{job}与您的求职意向“{near.TextZh}”是相近职业（同属{Synonyms.NameOf(group)}，计 {Weights.SameGroupPercent}%）");
        }

        return Reason(MatchFactor.Occupation, 0, code.Length == 0 ? $"岗位“{posting.Title}”未注明职业，名称也不含您的求职意向，不计分" : $"{job}不在您的求职意向内");
    }

    // The posting as a seeker reads it: its title, and its occupation's name when the title does not say it.
    private string JobZh(PostingTraits posting)
    {
        var name = Synonyms.ListedName(posting.OccupationCode);
        return name is null || posting.Title.Contains(name, StringComparison.Ordinal) ? $"岗位“{posting.Title}”" : $"岗位“{posting.Title}”（{name}）";
    }

    private MatchReason Skills(SeekerTraits seeker, PostingTraits posting)
    {
        var weight = Weights.Of(MatchFactor.Skills);
        if (posting.Skills.Count == 0)
        {
            return Reason(MatchFactor.Skills, weight, "岗位未列技能要求");
        }

        var matched = posting.Skills.Where(s => seeker.Skills.Any(h => SkillMatches(s, h))).ToList();
        var missing = posting.Skills.Except(matched, StringComparer.Ordinal).ToList();
        var text = $"岗位要求的 {posting.Skills.Count} 项技能具备 {matched.Count} 项"
            + (matched.Count > 0 ? $"（具备：{string.Join("、", matched)}）" : "")
            + (missing.Count > 0 ? $"（缺少：{string.Join("、", missing)}）" : "");
        return new MatchReason(MatchFactor.Skills, Share(weight, matched.Count, posting.Skills.Count), weight, text, matched, missing);
    }

    private MatchReason Certificates(SeekerTraits seeker, PostingTraits posting)
    {
        var weight = Weights.Of(MatchFactor.Certificates);
        if (posting.Certificates.Count == 0)
        {
            return Reason(MatchFactor.Certificates, weight, "岗位未要求证书");
        }

        var matched = posting.Certificates.Where(r => seeker.Certificates.Any(r.IsMetBy)).Select(QualificationText.Certificate).ToList();
        var missing = posting.Certificates.Where(r => !seeker.Certificates.Any(r.IsMetBy)).Select(r => QualificationText.Certificate(r) + "及以上").ToList();
        var text = $"岗位要求的 {posting.Certificates.Count} 项证书具备 {matched.Count} 项"
            + (matched.Count > 0 ? $"（具备：{string.Join("、", matched)}）" : "")
            + (missing.Count > 0 ? $"（缺少：{string.Join("、", missing)}）" : "");
        return new MatchReason(MatchFactor.Certificates, Share(weight, matched.Count, posting.Certificates.Count), weight, text, matched, missing);
    }

    private MatchReason Distance(SeekerTraits seeker, PostingTraits posting)
    {
        var weight = Weights.Of(MatchFactor.Distance);
        if (seeker.Place is not { } home || posting.Place is not { } work)
        {
            return Reason(MatchFactor.Distance, 0, seeker.Place is null ? "未提供您的位置，无法计算通勤距离，不计分" : "岗位未提供工作地点坐标，不计分");
        }

        var km = home.KmTo(work);
        var near = Weights.FullPointsWithinKm;
        var far = Weights.NoPointsBeyondKm;
        var points = km <= near ? weight : km >= far ? 0 : (int)Math.Round(weight * (far - km) / (far - near), MidpointRounding.AwayFromZero);
        var shown = km.ToString("0.0", CultureInfo.InvariantCulture);
        var text = km <= near ? $"距工作地点约 {shown} 公里（{near:0.#} 公里内满分）"
            : km >= far ? $"距工作地点约 {shown} 公里（超过 {far:0.#} 公里不计分）"
            : $"距工作地点约 {shown} 公里（{near:0.#} 至 {far:0.#} 公里之间按距离递减）";
        return Reason(MatchFactor.Distance, points, text);
    }

    private MatchReason Pay(SeekerTraits seeker, PostingTraits posting)
    {
        var weight = Weights.Of(MatchFactor.Pay);
        var offered = $"{Yuan(posting.PayMinFen)}–{Yuan(posting.PayMaxFen)} 元/{PeriodZh(posting.PayPeriod)}";
        if (seeker.MonthlyPayFloorFen is not { } floor)
        {
            return Reason(MatchFactor.Pay, weight, $"岗位薪酬 {offered}；您未设期望薪酬下限");
        }

        var wanted = $"{Yuan(seeker.PayFloorFen)} 元/{PeriodZh(seeker.PayFloorPeriod)}";
        var converted = posting.PayPeriod != seeker.PayFloorPeriod ? "（按月折算后比较，劳社部发〔2008〕3号）" : "";
        return MonthlyPay.Fen(posting.PayMaxFen, posting.PayPeriod) >= floor
            ? Reason(MatchFactor.Pay, weight, $"岗位薪酬 {offered}，达到您的期望下限 {wanted}{converted}")
            : Reason(MatchFactor.Pay, 0, $"岗位薪酬 {offered}，低于您的期望下限 {wanted}{converted}");
    }

    private MatchReason Education(SeekerTraits seeker, PostingTraits posting)
    {
        var weight = Weights.Of(MatchFactor.Education);
        if (posting.MinEducation == EducationLevel.None)
        {
            return Reason(MatchFactor.Education, weight, "岗位无学历要求");
        }

        var required = QualificationText.Education(posting.MinEducation) + "及以上";
        if (seeker.Education == EducationLevel.None)
        {
            return Reason(MatchFactor.Education, 0, $"岗位要求{required}；登记档案中没有您的学历记录，不计分");
        }

        return seeker.Education >= posting.MinEducation
            ? Reason(MatchFactor.Education, weight, $"您的学历（{QualificationText.Education(seeker.Education)}）满足岗位要求（{required}）")
            : Reason(MatchFactor.Education, 0, $"您的学历（{QualificationText.Education(seeker.Education)}）低于岗位要求（{required}）");
    }

    private MatchReason Kind(SeekerTraits seeker, PostingTraits posting)
    {
        var weight = Weights.Of(MatchFactor.Kind);
        var kind = KindZh(posting);
        if (seeker.Kinds.Count == 0)
        {
            return Reason(MatchFactor.Kind, weight, $"{kind}；您未限定岗位类型");
        }

        return seeker.Kinds.Contains(posting.Kind)
            ? Reason(MatchFactor.Kind, weight, $"{kind}，是您选择的岗位类型")
            : Reason(MatchFactor.Kind, 0, $"{kind}，不是您选择的岗位类型");
    }

    private MatchReason Reason(MatchFactor factor, int points, string text) => new(factor, points, Weights.Of(factor), text, [], []);

    // weight × part ÷ whole, rounded half up, in integers.
    private static int Share(int weight, int part, int whole) => whole == 0 ? 0 : (int)(((long)weight * part * 2 + whole) / (2L * whole));

    // A skill the posting asks for is held when one names the other (叉车 in 叉车司机), after normalising.
    private static bool SkillMatches(string required, string held)
    {
        var r = TextNormalizer.Normalize(required).Trim();
        var h = TextNormalizer.Normalize(held).Trim();
        return r.Length > 0 && h.Length > 0 && (h.Contains(r, StringComparison.Ordinal) || (h.Length >= 2 && r.Contains(h, StringComparison.Ordinal)));
    }

    public static string Yuan(long fen) =>
        fen % 100 == 0 ? (fen / 100).ToString(CultureInfo.InvariantCulture) : (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static string PeriodZh(PayPeriod period) => period switch
    {
        PayPeriod.Day => "日",
        PayPeriod.Hour => "小时",
        _ => "月",
    };

    public static string KindZh(PostingTraits posting) =>
        (posting.Kind switch
        {
            EmploymentKind.FullTime => "全职岗位",
            EmploymentKind.PartTime => "兼职岗位",
            EmploymentKind.Traineeship => "就业见习岗位",
            EmploymentKind.PublicWelfare => "公益性岗位",
            EmploymentKind.Gig => "零工岗位",
            _ => "岗位",
        }) + (posting.CaringPost ? "（爱心岗位）" : "");
}
