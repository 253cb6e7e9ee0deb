using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Screens;

/// <summary>
/// 登记 from 一窗受理: a number the registry does not hold is offered for registration in the clerk's office; a person is
/// registered with name, phone and places and a firm with its name, place and kind, each recorded as the clerk's, and the
/// clerk lands in the window of the one registered. What the registry refuses (a name missing) is said in its words and
/// nothing is registered. The screen is axe-core clean.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class RegistrationTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 240_000)]
    public async Task A_clerk_registers_a_person_and_a_firm_the_registry_did_not_hold_and_lands_in_their_windows()
    {
        var id = InsuredWorker.IdNumber(55, 1979);
        var code = TestCreditCodes.Of("91410823", 59_300_001);
        var clerk = await platform.NewClerkAsync("410800", "孟霞");
        var page = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await page.SignInAsync(platform, clerk);

        await page.FindAsync(id);
        await Expect(page.Locator("#register")).ToHaveTextAsync("在本辖区登记这个人");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync());
        await Expect(page.Locator("#register-problem")).ToBeVisibleAsync();
        await page.GetByLabel("姓名").FillAsync("登记甲");
        await page.GetByLabel("手机号码").FillAsync("13800000055");
        await page.GetByLabel("常住地").SelectOptionAsync(InsuredWorker.County);
        await page.PhotographAsync("register-person-1280");
        await page.AssertAccessibleAsync("登记 at 1280 px", output);
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync());
        await Expect(page.Locator("h1")).ToContainTextAsync("登记甲");
        Assert.Contains("/workbench/people/", page.Url, StringComparison.Ordinal);

        await page.GotoAsync(platform.WorkbenchHome);
        await page.FindAsync(code);
        await Expect(page.Locator("#register")).ToHaveTextAsync("在本辖区登记这个单位");
        await page.GetByLabel("单位名称").FillAsync("武陟县登记测试食品有限公司");
        await page.GetByLabel("注册地").SelectOptionAsync(InsuredWorker.County);
        await page.GetByLabel("单位类型").SelectOptionAsync("Enterprise");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync());
        await Expect(page.Locator("h1")).ToContainTextAsync("武陟县登记测试食品有限公司");

        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "核对"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var person = (await registry.FindPeopleAsync(new FindPeopleRequest { IdNumber = id }, setup)).People.Single();
        var firm = await registry.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { CreditCode = code } }, setup);
        Assert.Equal(("登记甲", clerk.StaffNumber), (person.Name, person.Record.CreatedBy));
        Assert.Equal((EntityKind.Enterprise, clerk.StaffNumber), (firm.Kind, firm.Record.CreatedBy));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
