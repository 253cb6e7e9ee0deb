using System.Globalization;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>A wage typed into a form, in whole yuan, told plainly when it is not one.</summary>
public static class PayInput
{
    /// <summary>A bound on what a form field takes (fen stays well inside int64), not a policy figure.</summary>
    private const long MaxYuan = 1_000_000;

    /// <summary>Null and the yuan, or what is wrong, naming the form's field by its label.</summary>
    public static string? Problem(string text, string label, out long yuan)
    {
        ArgumentNullException.ThrowIfNull(text);
        yuan = 0;
        if (text.StartsWith('-'))
        {
            return $"“{label}”不能是负数：请填写 0 或更大的整数（元），或不填。";
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out yuan) && yuan <= MaxYuan
            ? null
            : $"“{label}”请填写整数（元），如 3000，最多 {MaxYuan}。";
    }
}
