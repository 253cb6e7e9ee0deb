using System.Text.RegularExpressions;

namespace Employment.TestInfrastructure;

/// <summary>A service's texts as the Development outbox writes them (time, phone, text a line), read as the person holding the phone would.</summary>
public static partial class SmsOutbox
{
    /// <summary>The six-digit code of the last text to <paramref name="phone"/> in <paramref name="path"/>.</summary>
    public static string LastCodeTo(string path, string phone)
    {
        var text = File.ReadAllLines(path).Last(l => l.Contains($"\t{phone}\t", StringComparison.Ordinal));
        return SixDigits().Match(text).Groups["code"].Value;
    }

    [GeneratedRegex("验证码是 (?<code>[0-9]{6})")]
    private static partial Regex SixDigits();
}
