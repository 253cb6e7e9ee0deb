using System.Net;
using System.Text;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// The provider answers bad input in its callers' terms, never with the framework's exception text: a NUL in any
/// form field is a 400 (an OAuth error at the token endpoint, the provider's page elsewhere), a malformed JSON body
/// at the admin's endpoints a 400 with a message. Every answer carries the pages' CSP and frame protection
/// (ASVS 14.4.3, 14.4.7), the pages' one style block allowed by its hash.
/// </summary>
public sealed class ProviderErrorsTests : WithProvider
{
    [Theory]
    [InlineData("/connect/token", "grant_type=client_credentials&client_id=bank%00&client_secret=x")]
    [InlineData("/connect/authorize", "client_id=counter-workbench%00&response_type=code")]
    [InlineData("/connect/endsession", "post_logout_redirect_uri=%00")]
    [InlineData("/signin", "staffNumber=JZ%000001&password=x")]
    public async Task A_NUL_in_a_form_field_is_a_400_in_the_callers_terms_with_no_exception_text(string path, string form)
    {
        using var answer = await Provider.Http.PostAsync(path, new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded"));
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("控制字符", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        if (path == "/connect/token")
        {
            Assert.Contains("\"error\":\"invalid_request\"", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_NUL_in_a_query_is_refused_too()
    {
        using var answer = await Provider.Http.GetAsync("/connect/authorize?client_id=counter-workbench%00");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("控制字符", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_JSON_body_at_the_admins_endpoint_is_a_400_with_a_message_not_the_exception()
    {
        using var admin = await Provider.AdminAsync();
        using var answer = await admin.PostAsync("/admin/staff", new StringContent("{\"staffNumber\": ", Encoding.UTF8, "application/json"));
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("JSON 格式不正确", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/signin/code")]
    [InlineData("/signin/done")]
    [InlineData("/no-such-page")]
    public async Task Every_page_carries_the_CSP_and_refuses_to_be_framed(string path)
    {
        using var answer = await Provider.Http.GetAsync(path);

        var policy = string.Join(";", answer.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Matches("style-src 'sha256-[A-Za-z0-9+/=]{44}'", policy);
        Assert.Equal("DENY", Assert.Single(answer.Headers.GetValues("X-Frame-Options")));
    }
}
