using System.Net;
using System.Net.Sockets;
using System.Text;
using Employment.TestInfrastructure;
using Xunit;

namespace TestInfrastructure.Tests;

/// <summary>A Redis of the test's own that it stops and starts again, checked over a raw socket.</summary>
public sealed class RedisServerTests
{
    [Fact]
    public async Task Answers_ping_refuses_connections_when_stopped_and_answers_again_on_the_same_port_after_a_restart()
    {
        await using var redis = await RedisServer.StartNewAsync();
        Assert.Equal($"127.0.0.1:{redis.Port}", redis.Configuration);
        Assert.True(redis.IsRunning);
        Assert.Equal("+PONG", await RawPingAsync(redis.Port));

        await redis.StopAsync();
        Assert.False(redis.IsRunning);
        var refused = await Assert.ThrowsAsync<SocketException>(() => RawPingAsync(redis.Port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);

        var port = redis.Port;
        await redis.StartAsync();
        Assert.Equal(port, redis.Port);
        Assert.Equal("+PONG", await RawPingAsync(redis.Port));
    }

    [Fact]
    public async Task Dispose_stops_the_server()
    {
        var redis = await RedisServer.StartNewAsync();
        var port = redis.Port;
        await redis.DisposeAsync();
        await Assert.ThrowsAsync<SocketException>(() => RawPingAsync(port));
    }

    [Fact]
    public async Task The_shared_redis_of_the_run_answers_ping()
    {
        var endpoint = IPEndPoint.Parse(TestEnvironment.RedisConfiguration);
        Assert.Equal(IPAddress.Loopback, endpoint.Address);
        Assert.Equal("+PONG", await RawPingAsync(endpoint.Port));
    }

    [Fact]
    public void FreePort_gives_a_bindable_loopback_port()
    {
        var port = FreePort.Get();
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Assert.Equal(port, ((IPEndPoint)listener.LocalEndpoint).Port);
    }

    // RESP inline command: "PING\r\n" is answered with the simple string "+PONG\r\n".
    private static async Task<string> RawPingAsync(int port)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), timeout.Token);
        await socket.SendAsync(Encoding.ASCII.GetBytes("PING\r\n"), SocketFlags.None, timeout.Token);
        var reply = new StringBuilder();
        var buffer = new byte[64];
        while (!reply.ToString().EndsWith("\r\n", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                break;
            }

            reply.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return reply.ToString().TrimEnd();
    }
}
