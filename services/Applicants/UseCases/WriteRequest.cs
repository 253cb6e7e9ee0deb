using Employment.ServiceDefaults.Security;
using Google.Protobuf;

namespace Employment.Applicants.UseCases;

/// <summary>
/// Who asks for a write and how a retry of it is recognised: the verified caller (whose identity
/// scopes the idempotency key and whose subject is the actor in the audit trail), the key, and the
/// request message whose hash tells a retry from another request under the same key.
/// </summary>
internal sealed record WriteRequest(Caller Caller, string IdempotencyKey, IMessage Message)
{
    public string Actor => Caller.Subject;
}
