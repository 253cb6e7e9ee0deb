using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Domain.Matching;

/// <summary>What a tag says about the seeker.</summary>
public enum TagKind
{
    Occupation = 1,
    County = 2,
    Kind = 3,
    Skill = 4,
    PayFloor = 5,
    Place = 6,
    Certificate = 7,
    Education = 8,
    Priority = 9,

    /// <summary>An occupation asked for in the seeker's own words (司机), read as the search reads a query.</summary>
    OccupationWord = 10,
}

/// <summary>Where a tag comes from: what the seeker told the counter, or the registry profile.</summary>
public enum TagSource
{
    Stated = 1,
    Registry = 2,
}

/// <summary>
/// One personal tag used to match a seeker, as they are shown it: an id to delete it by
/// ("occupation:6-31-01-03", "certificate:6-31-01-03/4", "priority:ZeroEmploymentHousehold"), what it is, and where it came from.
/// </summary>
public sealed record SeekerTag(string Id, TagKind Kind, string LabelZh, TagSource Source)
{
    /// <summary>
    /// 《互联网信息服务算法推荐管理规定》（2021年，国家互联网信息办公室等四部门令第9号）第十七条: the provider offers
    /// an option not aimed at personal characteristics (or to switch recommendation off), and lets the
    /// user select or delete the personal tags the recommendation uses.
    /// </summary>
    public const string Rule = "jobs.matching.tags_visible_and_deletable";

    public const string RuleCitationZh = "《互联网信息服务算法推荐管理规定》第十七条";

    /// <summary>What the tag list tells the seeker they may do with it.</summary>
    public const string ControlNoticeZh =
        "以下是为您匹配岗位时使用的全部个人标签及其来源。您可以删除任一标签，删除后不再用于匹配（登记档案中的记录不受影响）；也可以改用不使用个人特征的推荐（" + RuleCitationZh + "）。";

    public static string IdOf(TagKind kind, string value) => value.Length == 0 ? Name(kind) : $"{Name(kind)}:{value}";

    /// <summary>Splits a tag id into its kind and value, or a broken rule naming the field.</summary>
    public static (TagKind Kind, string Value) Parse(string? id, string field)
    {
        var text = (id ?? "").Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        var value = colon < 0 ? "" : text[(colon + 1)..];
        foreach (var kind in Enum.GetValues<TagKind>())
        {
            if (string.Equals(Name(kind), name, StringComparison.Ordinal) && value.Length <= 64)
            {
                return (kind, value);
            }
        }

        throw DomainRuleException.Invalid(field, $"标签编号“{PlainText.Quote(text)}”无效：请使用标签列表中给出的编号。");
    }

    private static string Name(TagKind kind) => kind switch
    {
        TagKind.Occupation => "occupation",
        TagKind.County => "county",
        TagKind.Kind => "kind",
        TagKind.Skill => "skill",
        TagKind.PayFloor => "pay_floor",
        TagKind.Place => "place",
        TagKind.Certificate => "certificate",
        TagKind.Education => "education",
        TagKind.Priority => "priority",
        TagKind.OccupationWord => "occupation_word",
        _ => kind.ToString(),
    };
}
