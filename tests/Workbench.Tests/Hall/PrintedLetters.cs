using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Hall;

/// <summary>A letter as a person prints it: one A4 page, the letter alone, no English word on it.</summary>
internal static partial class PrintedLetters
{
    /// <summary>Printed to PDF as Chromium prints it: one A4 page, the letter alone, and no English word on it but its <paramref name="codes"/> (references, 工号).</summary>
    public static async Task AssertOnePageAsync(IPage page, string name, params string[] codes)
    {
        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(WorkbenchPlatform.ArtifactsDirectory, name + ".pdf"), PreferCSSPageSize = true, PrintBackground = false });
        Assert.Single(PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("table.checks").IsVisibleAsync(), "the clerk's check table is printed");
        var printed = codes.Aggregate(string.Join("\n", await page.Locator("body :visible").AllInnerTextsAsync()),
            (text, code) => text.Replace(code, "", StringComparison.Ordinal));
        Assert.DoesNotMatch(EnglishWord(), printed);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PdfPage();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
