using Microsoft.Playwright;

namespace Web.Tests.Pages;

/// <summary>技能提升补贴's self-check page, as the training service describes it: where it is and how a person fills it.</summary>
internal static class SkillUpgradePage
{
    public const string Path = "/self-check/skill-upgrade";

    /// <summary>Opens the page and types a certificate and its holder's insurance.</summary>
    public static async Task FillAsync(IPage page, string occupation, string level, string issued, string region, string months)
    {
        await page.GotoAsync(Path);
        await page.FillAsync("[name='certificate.occupation_code']", occupation);
        await page.SelectOptionAsync("[name='certificate.level']", level);
        await page.FillAsync("[name='certificate.issue_date']", issued);
        await page.SelectOptionAsync("[name=region]", region);
        await page.FillAsync("[name=insured_months]", months);
    }

    public static Task SubmitAsync(IPage page) => page.ClickAsync("form button[type=submit]");
}
