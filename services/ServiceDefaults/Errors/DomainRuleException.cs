namespace Employment.ServiceDefaults.Errors;

/// <summary>What kind of rule a request broke, which decides the status the caller sees (in one place: <see cref="DomainRuleMapping"/>).</summary>
public enum DomainRuleKind
{
    /// <summary>The request itself is wrong (a field's value): INVALID_ARGUMENT.</summary>
    InvalidInput,

    /// <summary>What it names does not exist, or the caller may not see it: NOT_FOUND.</summary>
    NotFound,

    /// <summary>It exists already with other content: ALREADY_EXISTS.</summary>
    AlreadyExists,

    /// <summary>The record's state or the policy in force does not allow it now: FAILED_PRECONDITION.</summary>
    NotAllowedNow,

    /// <summary>The caller read an older version than the one stored: ABORTED, read again and retry.</summary>
    StaleVersion,
}

/// <summary>
/// A broken domain rule, thrown by <c>Domain/</c> code that knows nothing of gRPC. The message is
/// the clerk's (Chinese first); <see cref="Field"/> names the request field when one is to blame,
/// <see cref="RuleId"/> the literal rule id when a policy rule is.
/// </summary>
public sealed class DomainRuleException(DomainRuleKind kind, string message, string? field = null, string? ruleId = null, Exception? cause = null)
    : Exception(message, cause)
{
    public DomainRuleKind Kind { get; } = kind;

    public string? Field { get; } = field;

    public string? RuleId { get; } = ruleId;

    public static DomainRuleException Invalid(string field, string message) => new(DomainRuleKind.InvalidInput, message, field);

    public static DomainRuleException NotFound(string what, string key) =>
        new(DomainRuleKind.NotFound, $"未找到{what}：{key}。 (No {what} with key {key}.)");

    public static DomainRuleException Exists(string message) => new(DomainRuleKind.AlreadyExists, message);

    /// <summary>
    /// Not allowed now; <paramref name="cause"/> is the catalog's refusal when a value is missing or no
    /// policy is in force, whose key, region and date then travel in the status details.
    /// </summary>
    public static DomainRuleException NotAllowed(string message, string? ruleId = null, Exception? cause = null) =>
        new(DomainRuleKind.NotAllowedNow, message, ruleId: ruleId, cause: cause);

    public static DomainRuleException Stale(string what, long current, long expected) =>
        new(DomainRuleKind.StaleVersion,
            $"{what}已被他人修改：当前版本 {current}，提交时依据的版本 {expected}。请刷新后重新提交。 (Stale expected_version {expected}; current version is {current}.)");
}
