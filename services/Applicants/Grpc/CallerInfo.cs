using Grpc.Core;

namespace Employment.Applicants.Grpc;

/// <summary>
/// Who is calling. Until the gateway forwards verified identities (the gateway issue), the clerk's
/// user id and the calling service come from these headers and are recorded as given.
/// </summary>
internal static class CallerInfo
{
    public const string ActorHeader = "x-employment-actor";
    public const string ServiceHeader = "x-employment-caller";

    public static string Actor(ServerCallContext context) =>
        context.RequestHeaders.GetValue(ActorHeader) is { Length: > 0 } actor ? actor : "unidentified";

    public static string Service(ServerCallContext context) =>
        context.RequestHeaders.GetValue(ServiceHeader) is { Length: > 0 } service ? service : "unidentified";
}
