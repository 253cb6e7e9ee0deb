using Employment.TestInfrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Playwright;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// The citizens' sign-in as a person uses it on a phone (390×844, Chromium): identity number and name typed, the
/// texted code typed, the employer chosen with a tap; the site receives a code whose token names the employer and
/// the person. Each page is photographed (sign-in-artifacts/) and none scrolls sideways.
/// </summary>
public sealed class SignInInTheBrowserTests : WithStandInCitizens
{
    [Fact(Timeout = 180_000)]
    public async Task On_a_phone_a_citizen_signs_in_by_real_name_and_texted_code_and_acts_for_the_employer_they_tap()
    {
        await using var browser = await SignInBrowser.OpenAsync(390, 844, phone: true, SiteReturn);
        using var flow = new SignInFlow(Provider.Address, Site, SiteReturn);
        var (verifier, authorize) = flow.AuthorizeAddress(scope: "openid offline_access employer");
        var page = browser.Page;

        await page.GotoAsync(Provider.Address + authorize);
        await page.GetByLabel("身份证号码").FillAsync(DemoNumber);
        await page.GetByLabel("姓名").FillAsync(DemoName);
        var realName = await browser.PhotographAsync("citizen-real-name-390");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "获取验证码" }).TapAsync();
        // The code page is there once the code is sent: read it as the phone shows it.
        await page.GetByLabel("短信验证码").WaitForAsync();
        await page.GetByLabel("短信验证码").FillAsync(LastCodeSent());
        var code = await browser.PhotographAsync("citizen-code-390");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).TapAsync();
        var machinery = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "焦作市示例机械有限公司" });
        await machinery.WaitForAsync();
        var choice = await browser.PhotographAsync("citizen-choose-employer-390");
        await machinery.TapAsync();
        var arrived = await browser.ReceivedAsync();

        var (_, tokens) = await flow.ExchangeAsync(arrived, verifier);
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(("employer", "E-demo-01X", DemoPersonId), (access.GetPayloadValue<string>("role"), access.GetPayloadValue<string>("employer_id"), access.Subject));
        Assert.All(new[] { realName, code, choice }, width => Assert.True(width <= 390, $"a page is {width} px wide on a 390 px phone"));
    }
}
