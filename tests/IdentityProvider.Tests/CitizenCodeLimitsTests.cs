using System.Net;
using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// The texted code's limits are per person, not per code: asking for a new code leaves the one the person holds
/// valid (so asking in their name every minute does not keep them out), and over a day a person is sent at most so
/// many codes and may enter at most so many wrong ones across them (here 3 and 4), which bounds guessing.
/// </summary>
public sealed class CitizenCodeLimitsTests : WithStandInCitizens
{
    protected override string[] Settings =>
    [
        "--IdentityProvider:Citizens:CodeResendInterval=00:00:00",
        "--IdentityProvider:Citizens:MaxCodesPerDay=3",
        "--IdentityProvider:Citizens:MaxWrongCodesPerDay=4",
    ];

    [Fact(Timeout = 120_000)]
    public async Task A_code_asked_for_in_the_persons_name_later_leaves_the_code_they_hold_valid()
    {
        using var person = new SignInFlow(Provider.Address, Site, SiteReturn);
        var returnUrl = await person.SentToSignInAsync(person.AuthorizeAddress().Address);
        var (_, codePage) = await person.PostRealNameAsync(returnUrl, DemoNumber, DemoName);
        var code = LastCodeSent();

        using var other = new SignInFlow(Provider.Address, Site, SiteReturn);
        var (asked, _) = await other.PostRealNameAsync(await other.SentToSignInAsync(other.AuthorizeAddress().Address), DemoNumber, DemoName);
        var (signedIn, answer) = await person.PostCitizenCodeAsync(codePage, returnUrl, code);
        answer.Dispose();

        Assert.Equal(HttpStatusCode.OK, asked);
        Assert.Equal(HttpStatusCode.Redirect, signedIn);
    }

    [Fact(Timeout = 120_000)]
    public async Task Wrong_codes_count_across_codes_and_a_day_sends_only_so_many_codes()
    {
        using var flow = new SignInFlow(Provider.Address, Site, SiteReturn);
        var returnUrl = await flow.SentToSignInAsync(flow.AuthorizeAddress().Address);
        var (_, firstPage) = await flow.PostRealNameAsync(returnUrl, DemoNumber, DemoName);
        var first = LastCodeSent();
        var (_, secondPage) = await flow.PostRealNameAsync(returnUrl, DemoNumber, DemoName);
        var second = LastCodeSent();
        var (_, thirdPage) = await flow.PostRealNameAsync(returnUrl, DemoNumber, DemoName);
        var (fourthAsked, fourthPage) = await flow.PostRealNameAsync(returnUrl, DemoNumber, DemoName);

        var answers = new List<HttpStatusCode>();
        foreach (var (page, right) in new[] { (firstPage, first), (firstPage, first), (secondPage, second), (secondPage, second), (thirdPage, second) })
        {
            var (status, answer) = await flow.PostCitizenCodeAsync(page, returnUrl, Wrong(right));
            answer.Dispose();
            answers.Add(status);
        }

        var (rightButTooLate, lateAnswer) = await flow.PostCitizenCodeAsync(secondPage, returnUrl, second);
        var said = await lateAnswer.Content.ReadAsStringAsync();
        lateAnswer.Dispose();

        Assert.Equal(HttpStatusCode.TooManyRequests, fourthAsked);
        Assert.Contains("次数已达上限", fourthPage, StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButTooLate);
        Assert.Contains("24 小时后再试", said, StringComparison.Ordinal);
    }

    private static string Wrong(string code) => code == "000000" ? "111111" : "000000";
}
