using Employment.TestInfrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Playwright;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// A clerk signs in at the counter's computer (1280×800, Chromium) by keyboard alone: the cursor waits in 工号,
/// Tab to 密码, Enter; the authenticator's code typed where the cursor already is, Enter; the workbench receives a
/// code whose token names the clerk and the office. Both pages are photographed (sign-in-artifacts/).
/// </summary>
public sealed class StaffSignInInTheBrowserTests : WithProvider
{
    private const string Password = "Counter-Pass-2026";

    [Fact(Timeout = 180_000)]
    public async Task A_clerk_signs_in_by_keyboard_alone_and_the_workbench_receives_a_code_for_the_clerks_token()
    {
        var key = await ClerkAsync("JZ0041", "410800", Password);
        await using var browser = await SignInBrowser.OpenAsync(1280, 800, phone: false, ProviderUnderTest.WorkbenchReturn);
        using var flow = Flow();
        var (verifier, authorize) = flow.AuthorizeAddress();
        var page = browser.Page;

        await page.GotoAsync(Provider.Address + authorize);
        // What a keyboard user relies on: the field to type in has the focus (autofocus may land after the load event).
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#staffNumber")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("JZ0041");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await browser.PhotographAsync("staff-password-1280");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("动态验证码").WaitForAsync();
        await Microsoft.Playwright.Assertions.Expect(page.GetByLabel("动态验证码")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(SignInFlow.Code(key));
        await browser.PhotographAsync("staff-code-1280");
        await page.Keyboard.PressAsync("Enter");
        var arrived = await browser.ReceivedAsync();

        var (_, tokens) = await flow.ExchangeAsync(arrived, verifier);
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(("JZ0041", "counter", "410800"), (access.Subject, access.GetPayloadValue<string>("role"), access.GetPayloadValue<string>("region_code")));
    }
}
