using Employment.ServiceDefaults.Security;
using Grpc.Core;

namespace Employment.Applicants.Grpc;

/// <summary>
/// Who is calling, as recorded in audit trails: the verified caller's subject (the clerk's user id),
/// and for profile reads the calling service (the subject of a service token).
/// </summary>
internal static class CallerInfo
{
    public static string Actor(ICallerResolver callers, ServerCallContext context) => callers.Resolve(context).Subject;

    /// <summary>The service's name for a service token; otherwise role and subject, so a clerk's read is told apart.</summary>
    public static string Service(ICallerResolver callers, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        return caller.Role == CallerRole.Service ? caller.Subject : $"{TokenClaims.RoleName(caller.Role)}:{caller.Subject}";
    }
}
