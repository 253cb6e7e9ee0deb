using System.Net;
using System.Net.Sockets;

namespace Employment.TestInfrastructure;

/// <summary>Free TCP ports on the loopback interface.</summary>
public static class FreePort
{
    /// <summary>
    /// A port on 127.0.0.1 that nothing listens on at the time of the call. Another process may
    /// still take it before the caller binds it, so a caller that can should retry with a new one.
    /// </summary>
    public static int Get()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
