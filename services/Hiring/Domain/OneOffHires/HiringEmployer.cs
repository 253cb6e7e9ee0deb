using Employment.Hiring.Domain.Claims;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>市场主体类型 of a claimant, as the registry records it.</summary>
public enum EmployerKind
{
    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>个体工商户: claims only when insured as a unit and with employees (R17).</summary>
    IndividualBusiness,

    /// <summary>农民专业合作社.</summary>
    Cooperative,

    /// <summary>社会组织、事业单位、机关: not claimants of 吸纳 or 扩岗 (R17).</summary>
    Organisation,
}

/// <summary>
/// The claimant's facts a hire judgement uses. <see cref="Region"/> is the registered region, which
/// selects the rules (R27); <see cref="InsuredAsUnit"/> and <see cref="HasEmployees"/> matter for
/// individual businesses only (以单位形式参保、有雇工, R17); their sources say whether the registry
/// recorded them or the clerk stated them.
/// </summary>
public sealed record HiringEmployer(
    string CreditCode,
    string Name,
    EmployerKind Kind,
    Region Region,
    bool InsuredAsUnit = false,
    bool HasEmployees = false,
    FactSource? InsuredAsUnitSource = null,
    FactSource? HasEmployeesSource = null);
