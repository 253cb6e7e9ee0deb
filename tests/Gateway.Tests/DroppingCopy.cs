using System.Net;
using System.Net.Sockets;

namespace Gateway.Tests;

/// <summary>
/// A copy whose process dies with the call on its connection: it accepts the connection, reads what the
/// gateway sends (the HTTP/2 preface, settings and the call) and resets the connection without a byte of
/// answer, as the kernel does for a process killed with <c>kill -9</c> while a call was on its socket.
/// </summary>
public sealed class DroppingCopy : IAsyncDisposable
{
    /// <summary>The HTTP/2 client preface (24 bytes) and a SETTINGS frame come before any call.</summary>
    private const int BytesBeforeACall = 24 + 9;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _callsDropped;

    public DroppingCopy()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Address => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Connections that carried more than the preface (a call) before they were reset.</summary>
    public int CallsDropped => Volatile.Read(ref _callsDropped);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            _ = DropAsync(socket);
        }
    }

    private async Task DropAsync(Socket socket)
    {
        var received = 0;
        var buffer = new byte[64 * 1024];
        try
        {
            // Read until the sender pauses (the call is out), then reset.
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                quiet.CancelAfter(TimeSpan.FromMilliseconds(received > BytesBeforeACall ? 100 : 2000));
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, quiet.Token);
                if (read == 0)
                {
                    break;
                }

                received += read;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        if (received > BytesBeforeACall)
        {
            Interlocked.Increment(ref _callsDropped);
        }

        socket.LingerState = new LingerOption(true, 0); // close with RST, as a killed process's socket
        socket.Close();
    }
}
