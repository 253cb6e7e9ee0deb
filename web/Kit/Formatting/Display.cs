using System.Globalization;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Policy.V1;
using Employment.ServiceDefaults.Regions;
using Employment.Training.V1;

namespace Employment.Web.Kit.Formatting;

/// <summary>How the pages write the contracts' values for people, in Chinese: amounts, dates, places, clauses and masked ids.</summary>
public static partial class Display
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Yuan(Money? money) =>
        money is null ? "—" : (money.Fen / 100m).ToString(money.Fen % 100 == 0 ? "#,0" : "#,0.00", Chinese) + " 元";

    /// <summary>A place by its name (焦作市武陟县), not its code.</summary>
    public static string PlaceZh(RegionCode? region) => Places.NameOf(region?.Code);

    /// <summary>An identity number as a screen or a receipt shows it: its first 6 and last 4 characters.</summary>
    public static string MaskedId(string? idNumber) => string.IsNullOrEmpty(idNumber) ? "—" : IdMasking.IdNumber(idNumber);

    /// <summary>A unified social credit code as a screen shows it: its first 8 and last 4 characters.</summary>
    public static string MaskedCreditCode(string? code) => string.IsNullOrEmpty(code) ? "—" : IdMasking.CreditCode(code);

    /// <summary>A name as a public page shows it (王*明).</summary>
    public static string MaskedName(string? name) => string.IsNullOrEmpty(name) ? "—" : NameMasking.Mask(name);

    public static string Date(CalendarDate? date) =>
        date is null || date.Year == 0 ? "—" : $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";

    /// <summary>An instant as a person in China reads it: 2024-03-01 09:30.</summary>
    public static string Time(Google.Protobuf.WellKnownTypes.Timestamp? at) =>
        at is null ? "—" : at.ToDateTimeOffset().ToOffset(Employment.ServiceDefaults.Time.ChinaClock.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What holds a record from payment, in words: an objection during 公示 (its id starts with Y), or a confirmed risk signal.</summary>
    public static string HoldZh(PaymentHoldInfo? hold) =>
        hold is null ? "" : IsObjection(hold) ? "公示异议暂停发放" : "稽核暂停发放";

    /// <summary>Whether an objection during 公示 holds the record (its signal an objection's id, "Y…"), not a risk signal.</summary>
    public static bool IsObjection(PaymentHoldInfo hold) => hold?.SignalId.StartsWith('Y') == true;

    /// <summary>How a record was received, in words: 窗口受理 by the clerk named, 网上受理, or 免申即享 (an offer accepted online).</summary>
    public static string ChannelZh(Channel channel, string? takenBy) => channel switch
    {
        Channel.Online => "网上受理",
        Channel.Offered => "免申即享：申请人在网上确认领取",
        _ => string.IsNullOrEmpty(takenBy) ? "窗口受理" : $"窗口受理：{takenBy}",
    };

    public static string Period(DatePeriod? period) =>
        period is null ? "—" : period.Until is null || period.Until.Year == 0 ? $"{Date(period.From)} 起" : $"{Date(period.From)} 至 {Date(period.Until)}";

    public static string Value(ParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ValueCase switch
        {
            ParameterValue.ValueOneofCase.Amount => Yuan(value.Amount),
            ParameterValue.ValueOneofCase.Ratio => (value.Ratio.Ppm / 10_000m).ToString("0.##", Chinese) + "%",
            ParameterValue.ValueOneofCase.Months => $"{value.Months} 个月",
            ParameterValue.ValueOneofCase.Count => $"{value.Count} {value.Unit}",
            ParameterValue.ValueOneofCase.Date => Date(value.Date),
            ParameterValue.ValueOneofCase.Text => value.Text switch { "true" => "是", "false" => "否", _ => $"{value.Text} {value.Unit}".Trim() },
            _ => "—",
        };
    }

    /// <summary>
    /// "焦政办〔2024〕15号（二十）", the way a person looks a clause up. A document the text gives no
    /// number carries the policy corpus's code in brackets ("(D09)"), which is for auditors: a person
    /// reads the title alone.
    /// </summary>
    public static string Clause(Citation? citation) =>
        citation is null ? "" : WithoutGloss(citation.DocumentNumber == "configuration" ? $"本地配置：{citation.Clause}" : $"{CorpusCode().Replace(citation.DocumentNumber, "")}{citation.Clause}");

    /// <summary>
    /// A text a service or a configuration wrote in Chinese with an English gloss in brackets ("示例值，仅用于本地演示 (sample for
    /// the local launcher)"), as a screen shows it: the Chinese alone, so that no English reaches a clerk or a citizen.
    /// </summary>
    public static string WithoutGloss(string? text) => text is null ? "" : LatinGloss().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\((?=[A-Za-z])[^()]*\)")]
    private static partial System.Text.RegularExpressions.Regex LatinGloss();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[(（]D\d+[-A-Z0-9]*[)）]")]
    private static partial System.Text.RegularExpressions.Regex CorpusCode();

    public static string DomainZh(PolicyDomain domain) => domain switch
    {
        PolicyDomain.Loans => "创业担保贷款及贴息",
        PolicyDomain.Hiring => "吸纳就业、社保、见习补贴",
        PolicyDomain.Training => "技能提升与职业培训补贴",
        PolicyDomain.Entrepreneurship => "创业补贴",
        PolicyDomain.Jobs => "就业服务",
        PolicyDomain.Categories => "重点群体认定",
        _ => "其他",
    };

    /// <summary>The domains a person may filter by, with the word used in the page's URL.</summary>
    public static IReadOnlyList<(string Slug, PolicyDomain Domain)> Domains { get; } =
    [
        ("loans", PolicyDomain.Loans),
        ("hiring", PolicyDomain.Hiring),
        ("training", PolicyDomain.Training),
        ("entrepreneurship", PolicyDomain.Entrepreneurship),
        ("jobs", PolicyDomain.Jobs),
        ("categories", PolicyDomain.Categories),
    ];

    public static string LevelZh(SkillLevel level) => level switch
    {
        SkillLevel.L1 => "一级（高级技师）",
        SkillLevel.L2 => "二级（技师）",
        SkillLevel.L3 => "三级（高级工）",
        SkillLevel.L4 => "四级（中级工）",
        SkillLevel.L5 => "五级（初级工）",
        SkillLevel.Unlevelled => "专项职业能力证书（无等级）",
        _ => "未选择",
    };
}
