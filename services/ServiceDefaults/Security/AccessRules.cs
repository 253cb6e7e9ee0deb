using System.Collections.Frozen;
using Employment.Common.V1;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The role declarations of every RPC in <c>protos/</c>, read from the compiled descriptors' method
/// options so that the gateway and each service enforce the very same table.
/// </summary>
public sealed class AccessRules
{
    /// <summary>Packages governed by the platform's roles; anything else (grpc.*) is exempt.</summary>
    public const string GovernedPackagePrefix = "employment.";

    private readonly FrozenDictionary<string, AccessRule> _rules;

    public AccessRules(IEnumerable<FileDescriptor> files)
    {
        var rules = new Dictionary<string, AccessRule>(StringComparer.Ordinal);
        foreach (var service in files.SelectMany(f => f.Services))
        {
            foreach (var method in service.Methods)
            {
                var path = $"/{service.FullName}/{method.Name}";
                rules[path] = new AccessRule(path, DeclaredRoles(method), Exempt: !IsGoverned(service.FullName));
            }
        }

        _rules = rules.ToFrozenDictionary(StringComparer.Ordinal);
        _canonical = rules.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    private readonly FrozenDictionary<string, string> _canonical;

    /// <summary>
    /// The declared method a path names, compared without regard to case, because HTTP routing (YARP,
    /// ASP.NET Core endpoints) matches paths that way: <c>/Employment.applicants.v1.Applicants/getperson</c>
    /// is judged as <c>GetPerson</c>, never passed as unknown. Null for an unknown method.
    /// </summary>
    public string? Canonical(string methodPath) => _canonical.TryGetValue(methodPath, out var known) ? known : null;

    /// <summary>Every contract compiled into Employment.Contracts.</summary>
    public static AccessRules Shared { get; } = new(ContractDescriptors.Files);

    /// <summary>Every known method with its rule.</summary>
    public IEnumerable<AccessRule> All => _rules.Values;

    /// <summary>True when a contract declares the method path (<c>/package.Service/Method</c>), as written.</summary>
    public bool IsKnown(string methodPath) => _rules.ContainsKey(methodPath);

    /// <summary>
    /// The rule of a method path (<c>/package.Service/Method</c>). A method the contracts do not know is
    /// closed when its package is governed and exempt otherwise.
    /// </summary>
    public AccessRule For(string methodPath)
    {
        ArgumentNullException.ThrowIfNull(methodPath);
        if (_rules.TryGetValue(methodPath, out var rule))
        {
            return rule;
        }

        var service = methodPath.TrimStart('/').Split('/')[0];
        return new AccessRule(methodPath, FrozenSet<CallerRole>.Empty, Exempt: !IsGoverned(service));
    }

    private static bool IsGoverned(string serviceFullName) =>
        serviceFullName.StartsWith(GovernedPackagePrefix, StringComparison.Ordinal);

    private static FrozenSet<CallerRole> DeclaredRoles(MethodDescriptor method)
    {
        var access = method.GetOptions()?.GetExtension(AccessExtensions.Access);
        if (access is null)
        {
            return FrozenSet<CallerRole>.Empty;
        }

        return access.Roles.Where(r => r != Role.Unspecified).Select(ToCallerRole).ToFrozenSet();
    }

    private static CallerRole ToCallerRole(Role role) => role switch
    {
        Role.Public => CallerRole.Public,
        Role.Counter => CallerRole.Counter,
        Role.Bank => CallerRole.Bank,
        Role.Admin => CallerRole.Admin,
        Role.Service => CallerRole.Service,
        Role.Auditor => CallerRole.Auditor,
        Role.Person => CallerRole.Person,
        Role.Employer => CallerRole.Employer,
        _ => throw new InvalidOperationException($"The access option names a role the platform does not know: {role}."),
    };
}
