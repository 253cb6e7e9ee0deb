using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Hall;

/// <summary>What a citizen does on their phone to reach the online hall: real-name sign-in with the texted code.</summary>
internal static partial class CitizenBrowser
{
    /// <summary>
    /// Opens the hall, is sent to the provider's real-name sign-in, types number and name, taps 获取验证码, reads the code
    /// the development SMS outbox received (as the phone shows it), taps 登录 and is back at 我的办事.
    /// </summary>
    /// <param name="desk">At a desk (a mouse, no touch screen): the buttons are clicked rather than tapped.</param>
    public static async Task CitizenSignInAsync(this IPage page, WorkbenchPlatform platform, string idNumber, string name, bool desk = false)
    {
        Task Press(ILocator button) => desk ? button.ClickAsync() : button.TapAsync();
        await page.GotoAsync(platform.Hall);
        await page.GetByLabel("身份证号码").FillAsync(idNumber);
        await page.GetByLabel("姓名").FillAsync(name);
        var sent = File.Exists(platform.SmsOutbox) ? File.ReadAllLines(platform.SmsOutbox).Length : 0;
        await Press(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "获取验证码" }));
        await page.GetByLabel("短信验证码").WaitForAsync();
        var lines = File.ReadAllLines(platform.SmsOutbox);
        Assert.Equal(sent + 1, lines.Length);
        await page.GetByLabel("短信验证码").FillAsync(SentCode().Match(lines[^1]).Groups[1].Value);
        await Press(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }));
        await page.WaitForURLAsync(platform.Hall);
    }

    [GeneratedRegex("验证码是 ([0-9]{6})")]
    private static partial Regex SentCode();
}
