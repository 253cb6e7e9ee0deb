using System.Net;
using System.Text.RegularExpressions;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Citizens' real-name sign-in as Development runs it (the stand-in for the province's unified identity): the
/// registry with its demo people, the provider matching a person there with its own service token, the code
/// written to the development SMS outbox; the person's token is then accepted by the registry for their own record.
/// </summary>
public sealed partial class CitizenSignInTests : WithStandInCitizens
{
    [Fact(Timeout = 120_000)]
    public async Task A_demo_citizen_signs_in_with_number_name_and_texted_code_and_the_tokens_subject_is_their_registry_person_id()
    {
        using var flow = new SignInFlow(Provider.Address, Site, SiteReturn);

        var (status, tokens) = await flow.CitizenSignInAsync(DemoNumber, DemoName, LastCodeSent);

        Assert.Equal(HttpStatusCode.OK, status);
        var access = tokens.GetProperty("access_token").GetString()!;
        var claims = new JsonWebToken(access);
        Assert.Equal(DemoPersonId, claims.Subject);
        Assert.Equal("person", claims.GetClaim("role").Value);
        // The registry accepts the token for the person's own record, and for nobody else's.
        var registry = Registry.Client<Applicants.ApplicantsClient>();
        var own = await registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = DemoPersonId } }, TestCallers.Bearer(access));
        var other = await Assert.ThrowsAsync<RpcException>(() => registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = "P-demo-402" } }, TestCallers.Bearer(access)).ResponseAsync);
        Assert.Equal(DemoName, own.Name);
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Someone_naming_anothers_identity_number_is_refused_and_no_code_is_sent()
    {
        using var flow = new SignInFlow(Provider.Address, Site, SiteReturn);
        var returnUrl = await flow.SentToSignInAsync(flow.AuthorizeAddress().Address);

        var (status, page) = await flow.PostRealNameAsync(returnUrl, DemoNumber, "李四");
        var (badNumber, badPage) = await flow.PostRealNameAsync(returnUrl, DemoNumber[..17] + (DemoNumber[17] == '0' ? '1' : '0'), DemoName);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("身份证号码与姓名不一致，或尚未在人社部门登记", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber);
        Assert.Contains("身份证号码有误", badPage, StringComparison.Ordinal);
        Assert.False(File.Exists(Outbox));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_wrong_code_says_how_many_tries_are_left_a_used_code_is_refused_and_a_second_code_waits_its_interval()
    {
        using var flow = new SignInFlow(Provider.Address, Site, SiteReturn);
        var returnUrl = await flow.SentToSignInAsync(flow.AuthorizeAddress().Address);
        var (_, codePage) = await flow.PostRealNameAsync(returnUrl, DemoNumber, DemoName);
        var code = LastCodeSent();
        var (tooSoon, tooSoonPage) = await flow.PostRealNameAsync(returnUrl, DemoNumber, DemoName);

        var (wrong, wrongAnswer) = await flow.PostCitizenCodeAsync(codePage, returnUrl, code == "000000" ? "111111" : "000000");
        var (right, rightAnswer) = await flow.PostCitizenCodeAsync(codePage, returnUrl, code);
        var (replayed, replayedAnswer) = await flow.PostCitizenCodeAsync(codePage, returnUrl, code);

        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon);
        Assert.Contains("验证码发送过于频繁", tooSoonPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Contains("还可以再试 4 次", await wrongAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed);
        Assert.Contains("验证码已失效", await replayedAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        wrongAnswer.Dispose();
        rightAnswer.Dispose();
        replayedAnswer.Dispose();
    }

    [Fact(Timeout = 120_000)]
    public async Task A_person_acts_only_for_an_employer_the_registry_names_them_for_and_the_employer_token_names_employer_and_person()
    {
        using var flow = new SignInFlow(Provider.Address, Site, SiteReturn);
        await flow.CitizenSignInAsync(DemoNumber, DemoName, LastCodeSent);
        var (verifier, authorize) = flow.AuthorizeAddress(scope: "openid offline_access employer");

        using var choice = await flow.Browser.GetAsync(authorize);
        var page = await choice.Content.ReadAsStringAsync();
        var machinery = ChoiceLinks().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Single(link => link.Contains("acting_for=E-demo-01X", StringComparison.Ordinal));
        var (status, tokens) = await flow.TokensFromAuthorizeAsync(machinery, verifier);
        var (_, notTheirs) = flow.AuthorizeAddress(state: "state-2", scope: "openid offline_access employer");
        using var refused = await flow.Browser.GetAsync(notTheirs + "&acting_for=E-demo-02Y");

        // 王小明 keeps the convenience store (an individual business: he is its 经营者) and is the machinery company's 经办人;
        // the Jiyuan company is not his.
        Assert.Equal(HttpStatusCode.OK, choice.StatusCode);
        Assert.Contains("解放区小明便利店（示例）<small>经营者", page, StringComparison.Ordinal);
        Assert.Contains("焦作市示例机械有限公司<small>经办人", page, StringComparison.Ordinal);
        Assert.DoesNotContain("济源示例物流有限公司", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        var access = tokens.GetProperty("access_token").GetString()!;
        var claims = new JsonWebToken(access);
        Assert.Equal(("employer", DemoPersonId, "E-demo-01X"), (claims.GetClaim("role").Value, claims.Subject, claims.GetClaim("employer_id").Value));
        var registry = Registry.Client<Applicants.ApplicantsClient>();
        var own = await registry.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { EmployerId = "E-demo-01X" } }, TestCallers.Bearer(access));
        var other = await Assert.ThrowsAsync<RpcException>(() =>
            registry.GetEmployerAsync(new GetEmployerRequest { Employer = new EmployerKey { EmployerId = "E-demo-02Y" } }, TestCallers.Bearer(access)).ResponseAsync);
        Assert.Equal("焦作市示例机械有限公司", own.Name);
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("您不能代表所选单位办理", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Provider.Log, line => line.Contains("named E-demo-02Y, not theirs", StringComparison.Ordinal));

        // A clerk revokes the grant on the machinery company's letter: the employer token's refresh is refused at once.
        var clerk = new TokenIssuer(DevelopmentKey.CreateSigningKey(), ProviderUnderTest.Issuer, TestCallers.Options.Audience)
            .Issue(new Caller(CallerRole.Counter, "JZ-CLERK-01", RegionCode: "410800"), TimeSpan.FromMinutes(5));
        await registry.RevokeEmployerAgentAsync(new RevokeEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = "E-demo-01X", GrantId = "G-demo-01X", ReasonZh = "单位来函撤销授权",
        }, TestCallers.Bearer(clerk));
        var (renewal, renewed) = await flow.TokenAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = Site, ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.BadRequest, renewal);
        Assert.Contains("不能代表该单位", renewed.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"([^\"]*acting_for=[^\"]*)\"")]
    private static partial Regex ChoiceLinks();
}
