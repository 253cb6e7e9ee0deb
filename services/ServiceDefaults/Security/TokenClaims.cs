namespace Employment.ServiceDefaults.Security;

/// <summary>The claims of a platform token beyond the registered ones (iss, aud, sub, exp, nbf, iat).</summary>
public static class TokenClaims
{
    /// <summary>One of counter, bank, admin, service, auditor, person, employer (lower case).</summary>
    public const string Role = "role";

    /// <summary>The bank's code, on bank tokens: the only bank it may act for.</summary>
    public const string BankCode = "bank_code";

    /// <summary>The office's region (e.g. 410800 Jiaozuo), on counter and auditor tokens.</summary>
    public const string RegionCode = "region_code";

    /// <summary>The registry's employer id, on employer tokens: the only employer its agent acts for.</summary>
    public const string EmployerId = "employer_id";

    /// <summary>"true" on a counter clerk's token when their office allows them to review (复核) another clerk's decisions.</summary>
    public const string Review = "review";

    public static string RoleName(CallerRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The role as the person refused reads it.</summary>
    public static string RoleNameZh(CallerRole role) => role switch
    {
        CallerRole.Counter => "窗口经办人员",
        CallerRole.Bank => "经办银行",
        CallerRole.Admin => "平台运维人员",
        CallerRole.Auditor => "稽核人员",
        CallerRole.Service => "平台内部服务",
        CallerRole.Person => "实名登录的个人",
        CallerRole.Employer => "用人单位经办人",
        _ => "公众",
    };
}
