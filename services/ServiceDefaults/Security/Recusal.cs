namespace Employment.ServiceDefaults.Security;

/// <summary>What a record names that a member of staff may be tied to: registry people, people by identity number, employers by credit code.</summary>
public sealed record RecusalSubjects(IReadOnlyCollection<string> PersonIds, IReadOnlyCollection<string>? IdNumbers = null, IReadOnlyCollection<string>? CreditCodes = null)
{
    public static RecusalSubjects Person(string personId) => new([personId]);

    public bool Empty => PersonIds.Count == 0 && (IdNumbers?.Count ?? 0) == 0 && (CreditCodes?.Count ?? 0) == 0;
}

/// <summary>
/// 回避, in every service that decides: a clerk may not take, decide, review, approve or be handed a record whose
/// applicant is themself, of their household, or an employer they represent or act for. The registry judges the
/// ties (ProfileCache's ClerkRecusal); the deciding steps of the kit and of each service ask here.
/// </summary>
public interface IRecusal
{
    /// <summary>The caller acting on a record of <paramref name="whatZh"/>; asked of counter clerks only (a citizen online, a bank or a service is not deciding).</summary>
    /// <exception cref="Grpc.Core.RpcException">PERMISSION_DENIED (RECUSAL_REQUIRED) naming each tie; UNAVAILABLE when the registry cannot say.</exception>
    Task RequireUntiedAsync(Caller clerk, string whatZh, RecusalSubjects subjects, CancellationToken cancellationToken);

    /// <summary>A hand-over to <paramref name="staffId"/> of records of <paramref name="whatZh"/>.</summary>
    /// <exception cref="Grpc.Core.RpcException">PERMISSION_DENIED (RECUSAL_REQUIRED) naming each tie.</exception>
    Task RequireReceiverUntiedAsync(string staffId, string whatZh, RecusalSubjects subjects, CancellationToken cancellationToken);
}
