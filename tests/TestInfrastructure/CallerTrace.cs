using System.Diagnostics;

namespace Employment.TestInfrastructure;

/// <summary>
/// A trace begun by the caller, as a .NET client in another process would have one: calls made while
/// it is current carry its trace id in <c>traceparent</c> (the client's HttpClient writes the header,
/// so a header set by hand would be replaced by it in a process where OpenTelemetry listens).
/// </summary>
public sealed class CallerTrace : IDisposable
{
    private readonly Activity _activity;

    public CallerTrace()
    {
        _activity = new Activity("test-caller");
        _activity.SetIdFormat(ActivityIdFormat.W3C);
        _activity.SetParentId(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        _activity.Start();
    }

    public ActivityTraceId TraceId => _activity.TraceId;

    public void Dispose() => _activity.Dispose();
}
