using System.Net;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// the pages are "served from the gateway's HTTP port". The cleartext gRPC port (HTTP/2)
/// is for gRPC alone: a page, the stylesheet or the script asked for there is not found.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class PagePortTests(WebPlatform platform)
{
    [Theory(Timeout = 60_000)]
    [InlineData("/")]
    [InlineData("/jobs?near=410825&km=10")]
    [InlineData("/web/site.css")]
    [InlineData("/web/near.js")]
    public async Task The_pages_answer_on_the_HTTP_port_and_not_on_the_gRPC_port(string path)
    {
        using var onHttp = await platform.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, onHttp.StatusCode);

        using var http2 = new HttpClient
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var onGrpc = await http2.GetAsync(platform.GrpcUrl + path);
        Assert.Equal(HttpStatusCode.NotFound, onGrpc.StatusCode);
        Assert.DoesNotContain("<html", await onGrpc.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
