namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Who may call one method, as its proto declares (<c>employment.common.v1.access</c>).
/// </summary>
/// <param name="Method">The gRPC path, <c>/package.Service/Method</c>.</param>
/// <param name="Roles">The roles allowed; empty for a closed method.</param>
/// <param name="Exempt">
/// True for methods outside the employment packages (grpc.health, server reflection, the interop
/// TestService): the platform's roles do not govern them and they stay open.
/// </param>
public sealed record AccessRule(string Method, IReadOnlySet<CallerRole> Roles, bool Exempt = false)
{
    /// <summary>Anyone may call: exempt methods and methods declared public.</summary>
    public bool IsOpen => Exempt || Roles.Contains(CallerRole.Public);

    /// <summary>Declared by nobody: closed to every caller.</summary>
    public bool IsClosed => !Exempt && Roles.Count == 0;

    public bool Allows(CallerRole role) => IsOpen || Roles.Contains(role);
}
