using System.Text;
using Grpc.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.RawGrpcClient;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>
/// PROTOCOL-HTTP2 Custom-Metadata (ASCII and base64 -bin values, repeated keys, reserved grpc-*
/// keys) and Status-Message percent-encoding, end to end.
/// </summary>
public sealed class MetadataTests
{
    private static readonly byte[] AllByteValues = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

    [Fact(Timeout = 30_000)]
    public async Task BinaryMetadata_EveryByteValue_RoundTripsInRequestHeadersResponseHeadersAndTrailers()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        var headers = new Metadata { { "x-data-bin", AllByteValues }, { "x-edge-bin", [0x00, 0xff, 0x00] }, { "x-empty-bin", [] } };

        using var call = client.UnaryAsync(new Request { Scenario = Scenario.EchoMetadata }, headers);
        await call;
        var responseHeaders = await call.ResponseHeadersAsync;
        var trailers = call.GetTrailers();

        foreach (var received in new[] { responseHeaders, trailers })
        {
            Assert.Equal(AllByteValues, received.GetValueBytes("x-data-bin"));
            Assert.Equal(new byte[] { 0x00, 0xff, 0x00 }, received.GetValueBytes("x-edge-bin"));
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task AsciiMetadata_PrintableValues_RoundTrip()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        const string printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~";
        var headers = new Metadata { { "x-ascii", "plain value" }, { "X-Mixed-Case-Key", "v" }, { "x-punctuation", printable.Trim() } };

        using var call = client.UnaryAsync(new Request { Scenario = Scenario.EchoMetadata }, headers);
        await call;
        var responseHeaders = await call.ResponseHeadersAsync;

        Assert.Equal("plain value", responseHeaders.GetValue("x-ascii"));
        Assert.Equal("v", responseHeaders.GetValue("x-mixed-case-key"));
        Assert.Equal(printable.Trim(), responseHeaders.GetValue("x-punctuation"));
        Assert.Equal("plain value", call.GetTrailers().GetValue("x-ascii"));
    }

    [Fact(Timeout = 30_000)]
    public async Task RepeatedKey_SeveralValues_AllArriveInOrderBothWays()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        var headers = new Metadata
        {
            { "x-multi", "first" },
            { "x-multi", "second" },
            { "x-multi-bin", [1, 2] },
            { "x-multi-bin", [0, 255] },
        };

        using var call = client.UnaryAsync(new Request { Scenario = Scenario.EchoMetadata }, headers);
        await call;
        var responseHeaders = await call.ResponseHeadersAsync;

        // HTTP may fold repeated fields into one comma-separated value; the values and their order survive.
        var ascii = responseHeaders.GetAll("x-multi").SelectMany(e => e.Value.Split(',')).Select(v => v.Trim());
        Assert.Equal(["first", "second"], ascii);
        Assert.Equal([[1, 2], [0, 255]], responseHeaders.GetAll("x-multi-bin").Select(e => e.ValueBytes));
        Assert.Equal([[1, 2], [0, 255]], call.GetTrailers().GetAll("x-multi-bin").Select(e => e.ValueBytes));
    }

    [Fact(Timeout = 30_000)]
    public async Task BinaryMetadata_UnpaddedBase64FromPeer_IsAccepted_AndInvalidBase64IsDropped()
    {
        await using var server = await TestServer.StartAsync();
        var unpadded = Convert.ToBase64String([0xff, 0x00, 0xfe, 0x01]).TrimEnd('=');

        var response = await server.Raw.SendAsync(UnaryPath, Frame(new Request { Scenario = Scenario.EchoMetadata }),
            ("x-unpadded-bin", unpadded), ("x-broken-bin", "!!not base64!!"));

        AssertStatus(response, StatusCode.OK);
        var echoed = response.Headers.NonValidated["x-unpadded-bin"].ToString();
        Assert.Equal(new byte[] { 0xff, 0x00, 0xfe, 0x01 }, Convert.FromBase64String(echoed));
        Assert.False(response.Headers.NonValidated.Contains("x-broken-bin"));
    }

    [Fact(Timeout = 30_000)]
    public async Task ReservedGrpcKeys_SetByTheClientApplication_AreNotSent()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        var headers = new Metadata { { "grpc-app-defined", "nope" }, { "x-fine", "yes" } };

        var reply = await client.UnaryAsync(new Request(), headers);

        Assert.DoesNotContain("grpc-app-defined", reply.Info.HeaderNames);
        Assert.Contains("x-fine", reply.Info.HeaderNames);
    }

    [Fact(Timeout = 30_000)]
    public async Task ReservedGrpcKeys_SetByTheServerApplication_AreNotSentInHeadersOrTrailers()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame(new Request { Scenario = Scenario.SetReservedMetadata }));

        AssertStatus(response, StatusCode.OK);
        Assert.False(response.Headers.NonValidated.Contains("grpc-reserved-header"));
        Assert.False(response.TrailingHeaders.NonValidated.Contains("grpc-reserved-trailer"));
        Assert.True(response.Headers.NonValidated.Contains("x-allowed-header"));
        Assert.True(response.TrailingHeaders.NonValidated.Contains("x-allowed-trailer"));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("plain ASCII detail")]
    [InlineData("100% sure")]
    [InlineData("line one\r\nline two\ttabbed")]
    [InlineData("Ünïcödé ✓ 日本語 🚀")]
    [InlineData("%41 is not an escape here, %%, %")]
    public async Task StatusMessage_IsPercentEncodedOnTheWire_AndDecodedByTheClient(string detail)
    {
        await using var server = await TestServer.StartAsync();
        var request = new Request { Scenario = Scenario.FailWithStatus, StatusCode = (int)StatusCode.FailedPrecondition, Text = detail };

        var raw = await server.Raw.SendAsync(UnaryPath, Frame(request));
        var exception = await AssertRpcExceptionAsync(StatusCode.FailedPrecondition, async () => await server.CreateClient().UnaryAsync(request));

        Assert.Equal(detail, exception.Status.Detail);
        var wire = raw.GrpcMessage!;
        Assert.All(wire, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal(Encoding.UTF8.GetBytes(detail).Any(b => b is < 0x20 or > 0x7e or (byte)'%'), wire != detail);
    }
}
