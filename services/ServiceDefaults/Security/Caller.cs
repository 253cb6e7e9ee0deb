namespace Employment.ServiceDefaults.Security;

/// <summary>The roles the platform knows (the gateway issue): who may call which RPC is decided by role.</summary>
public enum CallerRole
{
    /// <summary>Anonymous: job seekers and the public.</summary>
    Public = 0,

    /// <summary>人社 counter staff, bound to their office's region.</summary>
    Counter = 1,

    /// <summary>A bank (经办银行), bound to its bank code.</summary>
    Bank = 2,

    /// <summary>Operators of the platform.</summary>
    Admin = 3,

    /// <summary>Another service of the platform, calling on its own behalf.</summary>
    Service = 4,

    /// <summary>稽核: audit staff, bound to their office's region like a counter, reading only.</summary>
    Auditor = 5,

    /// <summary>A citizen signed in by real name; <see cref="Caller.Subject"/> is their registry person id.</summary>
    Person = 6,

    /// <summary>
    /// A person acting for an employer (legal representative or 经办人): <see cref="Caller.Subject"/> is the
    /// acting person's registry id, <see cref="Caller.EmployerId"/> the employer's.
    /// </summary>
    Employer = 7,
}

/// <summary>
/// Who is calling, as verified by <see cref="ICallerResolver"/>. <see cref="Subject"/> is the clerk's,
/// bank's or service's id recorded in audit trails (a person's registry id for persons and employer
/// agents); <see cref="BankCode"/> is set for banks, <see cref="RegionCode"/> for counters and auditors
/// and <see cref="EmployerId"/> (the registry's employer id) for employer agents. <see cref="MayReview"/> is a
/// counter clerk's 复核 permission: the office allows them to confirm another clerk's decision.
/// </summary>
public sealed record Caller(CallerRole Role, string Subject, string? BankCode = null, string? RegionCode = null, string? EmployerId = null, bool MayReview = false)
{
    public static Caller Anonymous { get; } = new(CallerRole.Public, "anonymous");

    public bool IsAuthenticated => Role != CallerRole.Public;
}
