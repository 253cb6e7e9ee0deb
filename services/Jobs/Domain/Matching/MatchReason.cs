namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// One line of a match's explanation: the factor, the points it earned out of its weight, and why in
/// Chinese. A score is the sum of its reasons' points, so a reader can check it line by line.
/// </summary>
/// <param name="Matched">What was found on both sides (skills, certificates), for display.</param>
/// <param name="Missing">What the posting asks for and the seeker lacks.</param>
public sealed record MatchReason(MatchFactor? Factor, int Points, int Weight, string TextZh, IReadOnlyList<string> Matched, IReadOnlyList<string> Missing)
{
    /// <summary>A line that earns no points but says how the list was ordered or filtered (priority, visibility).</summary>
    public static MatchReason Note(string textZh) => new(null, 0, 0, textZh, [], []);

    /// <summary>The line as shown: "职业 30/30分：…".</summary>
    public string DisplayZh => Factor is null ? TextZh : $"{FactorZh(Factor.Value)} {Points}/{Weight}分：{TextZh}";

    public static string FactorZh(MatchFactor factor) => factor switch
    {
        MatchFactor.Occupation => "职业",
        MatchFactor.Skills => "技能",
        MatchFactor.Certificates => "证书",
        MatchFactor.Distance => "距离",
        MatchFactor.Pay => "薪酬",
        MatchFactor.Education => "学历",
        MatchFactor.Kind => "岗位类型",
        _ => factor.ToString(),
    };
}

/// <summary>A score 0–100 and the reasons that add up to it.</summary>
public sealed record MatchExplanation(int Score, IReadOnlyList<MatchReason> Reasons);
