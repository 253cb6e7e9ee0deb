using System.Text.RegularExpressions;

namespace Employment.Jobs.Domain.Screening;

/// <summary>An age bound a posting's free text states ("35岁以下": upper 35; "18-45周岁": 18 and 45), with the words.</summary>
public sealed record StatedAge(int? Lower, int? Upper, string Phrase);

/// <summary>
/// Finds the age bounds free text states about the worker, as postings write them: "35岁以下", "限45周岁以内",
/// "18-35岁", "年龄18至40", "年满18周岁", "不超过50岁". The text is already normalised and compact (half-width,
/// lower case, no white space). Ages of the people the work is for (照护0-3岁婴幼儿, 60岁以上老人) are not the
/// worker's and are skipped: a bound directly followed by such a word is no requirement.
/// </summary>
public static partial class StatedAges
{
    // What follows an age when it is about the people served, not the worker (0-3岁婴幼儿, 60岁以上老人).
    private static readonly string[] ServedPeople = ["婴", "幼", "儿", "童", "孩", "宝宝", "老人", "老年", "长者", "学生", "学龄", "小学", "中学", "患"];

    public static IEnumerable<StatedAge> Find(string compactText)
    {
        foreach (Match m in Range().Matches(compactText))
        {
            if (!AboutServedPeople(compactText, m))
            {
                yield return new StatedAge(Age(m.Groups["low"]), Age(m.Groups["high"]), m.Value);
            }
        }

        var withoutRanges = Range().Replace(compactText, r => new string('\u3000', r.Length));
        foreach (Match m in Upper().Matches(withoutRanges))
        {
            if (!AboutServedPeople(withoutRanges, m))
            {
                yield return new StatedAge(null, Age(m.Groups["age"]), m.Value);
            }
        }

        foreach (Match m in Lower().Matches(withoutRanges))
        {
            if (!AboutServedPeople(withoutRanges, m))
            {
                yield return new StatedAge(Age(m.Groups["age"]), null, m.Value);
            }
        }
    }

    private static int? Age(Group group) => group.Success && int.TryParse(group.Value, out var age) && age > 0 ? age : null;

    private static bool AboutServedPeople(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length);
        foreach (var word in ServedPeople)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // 18-35岁, 18至35周岁, 18岁-35岁, 年龄18~35 (without 岁 only after 年龄).
    [GeneratedRegex(@"(?:年龄(?:要求)?[:在]?(?<low>\d{1,2})(?:周?岁)?(?:-|~|至|到|—|–)(?<high>\d{1,2})(?:周?岁)?|(?<low>\d{1,2})(?:周?岁)?(?:-|~|至|到|—|–)(?<high>\d{1,2})周?岁)(?:之间|以内|以下)?", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    // 35岁以下, 45周岁以内, 不超过50岁, 年龄40以下, 未满35周岁.
    [GeneratedRegex(@"(?:(?:不超过|不高于|不大于|小于|低于|未满|限)(?<age>\d{1,2})周?岁|(?<age>\d{1,2})周?岁(?:及|或)?(?:以下|以内|之内|内)|年龄(?:要求)?[:在]?(?<age>\d{1,2})(?:周?岁)?(?:及|或)?(?:以下|以内|之内))", RegexOptions.CultureInvariant)]
    private static partial Regex Upper();

    // 18岁以上, 年满18周岁, 不低于20岁, 年龄20以上.
    [GeneratedRegex(@"(?:(?:年满|已满|须满|需满|不低于|不小于)(?<age>\d{1,2})周?岁|(?<age>\d{1,2})周?岁(?:及|或)?(?:以上|以后)|年龄(?:要求)?[:在]?(?<age>\d{1,2})(?:周?岁)?(?:及|或)?以上)", RegexOptions.CultureInvariant)]
    private static partial Regex Lower();
}
