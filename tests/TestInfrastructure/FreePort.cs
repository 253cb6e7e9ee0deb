using System.Net;
using System.Net.Sockets;

namespace Employment.TestInfrastructure;

/// <summary>Free TCP ports on the loopback interface.</summary>
public static class FreePort
{
    /// <summary>Below the system's ephemeral range: where a port is chosen (Linux's range starts at 32768 by default).</summary>
    private const int Lowest = 10_000;

    /// <summary>
    /// A port on 127.0.0.1 that nothing listens on at the time of the call, chosen below the ephemeral
    /// range: a port the system hands out (a host started on port 0, the client side of every
    /// connection) is taken from that range, so one of them cannot take this port between the call and
    /// the caller's bind, as it did when this returned an ephemeral port (a gateway's "address already
    /// in use" under a full suite). Two callers choosing at random among some 20,000 ports rarely meet.
    /// </summary>
    public static int Get()
    {
        var ephemeralStart = EphemeralStart();
        for (var attempt = 0; attempt < 100 && ephemeralStart > Lowest + 1; attempt++)
        {
            var port = Random.Shared.Next(Lowest, ephemeralStart);
            if (IsFree(port))
            {
                return port;
            }
        }

        // No room below the ephemeral range (or none free): let the system choose.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of the system's ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range), 32768 where it cannot be read.</summary>
    private static int EphemeralStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        try
        {
            if (File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0], out var start))
            {
                return start;
            }
        }
        catch (IOException)
        {
        }

        return 32_768;
    }
}
