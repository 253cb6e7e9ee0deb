using Employment.Policy.Model;

namespace Employment.Figures.Domain;

/// <summary>One value of a breakdown of the year's figures: by channel, by the people's group, by certificate level.</summary>
public readonly record struct FacetValue(string Dimension, string Value);

/// <summary>
/// The breakdowns a year's figures are also counted by, and how a reader names them. An item counts under each of its
/// values: a person in two audiences (a graduate who is also 脱贫人口) counts under both, so a breakdown's rows need
/// not add up to the whole.
/// </summary>
public static class FigureFacets
{
    /// <summary>How it was received (employment.common.v1.Channel).</summary>
    public const string Channel = "channel";

    /// <summary>The audiences (catalog/audiences.yaml) the groups the person was decided in belong to.</summary>
    public const string Audience = "audience";

    /// <summary>A training's certificate level (职业技能等级).</summary>
    public const string Level = "level";

    public static IReadOnlyList<string> Dimensions { get; } = [Channel, Audience, Level];

    // employment.common.v1.Channel's numbers, as the export carries them.
    private static readonly Dictionary<int, (string Value, string NameZh)> Channels = new()
    {
        [1] = ("counter", "窗口受理"),
        [2] = ("online", "网上受理"),
        [3] = ("offered", "免申即享"),
    };

    // The national 职业技能等级 (一级 highest) and a certificate without one (专项职业能力等).
    private static readonly Dictionary<int, string> Levels = new()
    {
        [1] = "一级/高级技师",
        [2] = "二级/技师",
        [3] = "三级/高级工",
        [4] = "四级/中级工",
        [5] = "五级/初级工",
        [6] = "无等级（专项职业能力等）",
    };

    public static string DimensionZh(string dimension) => dimension switch
    {
        Channel => "按受理渠道",
        Audience => "按人员类别",
        Level => "按证书等级",
        _ => dimension,
    };

    /// <summary>An item's values: its channel, the audiences its groups belong to, its certificate level.</summary>
    public static IReadOnlyList<FacetValue> Of(int channel, string groups, int level, IReadOnlyList<Audience> audiences)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(audiences);
        var values = new List<FacetValue>();
        if (Channels.TryGetValue(channel, out var received))
        {
            values.Add(new(Channel, received.Value));
        }

        var decided = ItemGroups.Split(groups);
        if (decided.Count > 0)
        {
            values.AddRange(audiences.Where(a => a.Groups.Any(decided.Contains)).Select(a => new FacetValue(Audience, a.Id)));
        }

        if (Levels.ContainsKey(level))
        {
            values.Add(new(Level, level.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return values;
    }

    /// <summary>The channel number (employment.common.v1.Channel) a channel value names; null for none.</summary>
    public static int? ChannelNumber(string value) =>
        Channels.Where(c => c.Value.Value == value).Select(c => (int?)c.Key).FirstOrDefault();

    /// <summary>Whether a level is one the figures break down by.</summary>
    public static bool IsLevel(int level) => Levels.ContainsKey(level);

    /// <summary>A value as a reader reads it (窗口受理, 高校毕业生, 三级/高级工).</summary>
    public static string ValueZh(FacetValue facet, IReadOnlyList<Audience> audiences)
    {
        ArgumentNullException.ThrowIfNull(audiences);
        return facet.Dimension switch
        {
            Channel => Channels.Values.FirstOrDefault(c => c.Value == facet.Value).NameZh ?? facet.Value,
            Audience => audiences.FirstOrDefault(a => a.Id == facet.Value)?.NameZh ?? facet.Value,
            Level when int.TryParse(facet.Value, System.Globalization.CultureInfo.InvariantCulture, out var level) => Levels.GetValueOrDefault(level, facet.Value),
            _ => facet.Value,
        };
    }

    /// <summary>The order a breakdown's rows are shown in: channels and levels as numbered, audiences as the catalog lists them.</summary>
    public static int OrderOf(FacetValue facet, IReadOnlyList<Audience> audiences)
    {
        ArgumentNullException.ThrowIfNull(audiences);
        return facet.Dimension switch
        {
            Channel => Channels.FirstOrDefault(c => c.Value.Value == facet.Value).Key,
            Audience => audiences.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Id == facet.Value).i,
            _ => int.TryParse(facet.Value, System.Globalization.CultureInfo.InvariantCulture, out var level) ? level : 0,
        };
    }
}

/// <summary>The groups an item's person was decided in, kept in one text column as ",a,b," so a query can ask for one.</summary>
public static class ItemGroups
{
    public static string Join(IEnumerable<string> groups) =>
        groups.Any() ? "," + string.Join(',', groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) + "," : "";

    public static IReadOnlySet<string> Split(string joined) =>
        joined.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>What a stored column contains when the item's person was decided in the group.</summary>
    public static string Marker(string group) => "," + group + ",";
}
