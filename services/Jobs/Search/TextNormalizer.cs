using System.Text;

namespace Employment.Jobs.Search;

/// <summary>
/// One spelling for the same text before analysis, so that a query typed on a phone's full-width
/// keyboard ("ＣＡＤ制图", "Ｃ＋＋") finds a title typed half-width: NFKC folds full-width forms and the
/// ideographic space to their ASCII counterparts, then letters are lower-cased (invariantly, so the
/// machine's culture never changes a token). Traditional characters are left as they are: the
/// postings of Jiaozuo and Jiyuan are written in simplified Chinese.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }
}
