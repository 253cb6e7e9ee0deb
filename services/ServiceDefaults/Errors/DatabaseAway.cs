using System.Data.Common;
using System.Net.Sockets;

namespace Employment.ServiceDefaults.Errors;

/// <summary>
/// Whether a call failed because the service's database is away (restarting, failing over to its
/// standby, refusing writes while it is still a standby), not because of the call or the service:
/// the caller is told UNAVAILABLE with when to try again, never INTERNAL, which a client must not
/// retry. Read from the exception chain the database client and EF leave (EF's retry strategy wraps
/// the last transient failure when its attempts run out), so the kit needs no provider of its own.
/// </summary>
public static class DatabaseAway
{
    /// <summary>SQLSTATEs of a server that is away or not yet (or no longer) the primary.</summary>
    private static readonly string[] AwayStates = ["25006", "57P01", "57P02", "57P03", "53300"];

    /// <summary>Those on which the server refused the statement before it ran: nothing was written.</summary>
    private static readonly string[] RefusedBeforeRunning = ["25006", "57P03", "53300", "08001", "08004"];

    /// <summary>What <paramref name="e"/> says of the database: null when the failure is something else.</summary>
    public static Finding? Of(Exception e)
    {
        var away = false;
        var wroteNothing = false;
        foreach (var inner in Chain(e))
        {
            switch (inner)
            {
                case DbException db when db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || AwayStates.Contains(state)):
                    away = true;
                    wroteNothing |= RefusedBeforeRunning.Contains(state);
                    break;
                case DbException db when db.IsTransient:
                    away = true;
                    break;
                case SocketException socket when socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable:
                    wroteNothing = true;
                    break;
            }
        }

        return away ? new Finding(wroteNothing) : null;
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        var pending = new Stack<Exception>([e]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            yield return next;
            if (next is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (next.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    /// <param name="WroteNothing">The database refused before running anything (not connected, a standby refusing writes): the call may be sent again as it is.</param>
    public sealed record Finding(bool WroteNothing);
}
