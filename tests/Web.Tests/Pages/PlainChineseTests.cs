using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// Citizens read plain Chinese: no rule id, catalog key, region code, corpus document code, ruling
/// number or English fragment on any public page, in every state a person can bring it to (a list,
/// an answer, a refusal, nothing found, a mistyped address). Forms are posted as a browser posts
/// them; the readable text is taken from the browser (<see cref="PlainChinese"/>).
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class PlainChineseTests(WebPlatform platform)
{
    public static TheoryData<string> Addresses => new()
    {
        "/",
        "/policies",
        "/policies?region=410800&on=2024-03-01",
        "/policies?region=419001&domain=loans",
        "/policies?region=410802&domain=hiring",
        "/self-check",
        "/jobs",
        "/jobs?q=%E7%94%B5%E5%B7%A5&region=410823&kind=gig",
        "/jobs?q=%E7%81%AB%E6%98%9F%E8%88%AA%E5%A4%A9",
        "/jobs?pay_min=-5&pay_period=month",
        "/jobs?q=%E4%BC%9A%E8%AE%A1&page=bogus",
        "/jobs?near=410825&km=10",
        "/jobs/no-such-posting",
        "/match",
        "/progress",
        "/venues",
        "/venues?region=410825",
        "/no-such-page",
        "/self-check/nothing-here",
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Addresses))]
    public async Task Citizens_read_names_amounts_and_sentences_never_ids_codes_or_English(string address)
    {
        var page = await platform.NewPageAsync(390);
        await page.GotoAsync(address);
        PlainChinese.AssertPlain(address, await PlainChinese.ReadableTextAsync(page));
    }

    public static TheoryData<string, string> Posts => new()
    {
        // 技能提升补贴: eligible, refused for too few insured months, and an incomplete form.
        { "/self-check/skill-upgrade", "certificate.occupation_code=6-18-01-01&certificate.level=SKILL_LEVEL_L3&certificate.issue_date=2023-06-01&region=410823&insured_months=12" },
        { "/self-check/skill-upgrade", "certificate.occupation_code=6-18-01-01&certificate.level=SKILL_LEVEL_L4&certificate.issue_date=2023-06-01&region=410802&insured_months=3" },
        { "/self-check/skill-upgrade", "certificate.occupation_code=&certificate.level=&certificate.issue_date=2023-06-01" },
        // 创业补贴 and 吸纳就业: a founder, a hire, and a hire the service refuses to judge (no contract term).
        { "/self-check/startup", "business_kind=ENTITY_KIND_ENTERPRISE&region=410802&registered_on=2022-09-01&first_business=true&operated_normally=true&groups%5B%5D=STATED_FOUNDER_GROUP_COLLEGE_STUDENT&graduation_date=2021-06-30" },
        { "/self-check/hire", "employer_kind=ENTITY_KIND_ENTERPRISE&region=410800&insured_as_unit=true&contract_start=2023-03-01&contract_term_months=12&insured_months=3&birth_date=2000-01-01&graduation_date=2022-06-30" },
        { "/self-check/hire", "employer_kind=ENTITY_KIND_ENTERPRISE&region=410800&contract_start=2023-03-01" },
        // 岗位匹配 and 办理进度.
        { "/match", "occupations=%E7%94%B5%E5%B7%A5&region=410823" },
        { "/match", "occupations=%E5%AE%87%E8%88%AA%E5%91%98&region=410823" },
        { "/progress", "business=training&reference=A0000000000000&code=ABCDEFGH" },
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Posts))]
    public async Task Every_answer_and_refusal_of_a_form_is_in_plain_Chinese(string path, string form)
    {
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await platform.Http.PostAsync(path, content);
        var html = await response.Content.ReadAsStringAsync();
        var page = await platform.NewPageAsync(390, javaScript: false);
        await page.SetContentAsync(html);
        PlainChinese.AssertPlain($"{path} {form}", await PlainChinese.ReadableTextAsync(page));
    }
}
