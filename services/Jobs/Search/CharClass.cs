namespace Employment.Jobs.Search;

/// <summary>What a character is to the analyser: part of a Chinese run, part of an ASCII word, or a separator.</summary>
internal static class CharClass
{
    /// <summary>CJK Unified Ideographs and Extension A: every character of a posting in practice.</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>Letters and digits of an ASCII word (after normalisation, so already lower case).</summary>
    public static bool IsWord(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
