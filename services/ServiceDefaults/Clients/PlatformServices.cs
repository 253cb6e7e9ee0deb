namespace Employment.ServiceDefaults.Clients;

/// <summary>
/// One service of the platform: its name (as configuration, logs, audit items and linked records name it), its name in
/// Chinese as a person is told who read their record, its default port on one machine (none for the identity provider,
/// which is not a launchable module), what a clerk calls the records it keeps, and whether it serves the subsidy
/// lifecycle's shared contracts (<see cref="SubsidyContracts"/>: 我的办事, 办理进度, 复核 and 移交; batches, 公示, objections and payment; audit and hold), and whether
/// it keeps employers' records (an employer's agent reads its 我的办事 there).
/// </summary>
public sealed record PlatformService(string Name, string NameZh, int? DefaultPort = null, string? RecordsZh = null, SubsidyContracts Serves = SubsidyContracts.None, bool ForEmployers = false);

/// <summary>The shared contracts of the subsidy lifecycle (employment.common.v1) a service serves for its own records.</summary>
[Flags]
public enum SubsidyContracts
{
    None = 0,

    /// <summary>SubsidyCases: 我的办事, 办理进度, 复核, 移交.</summary>
    Cases = 1,

    /// <summary>SubsidyOversight: the audit export and the payment hold.</summary>
    Oversight = 2,

    /// <summary>SubsidyPayments: 发放批次, 公示 and its objections, 待发放, 发放 and 发放失败.</summary>
    Payments = 4,
}

/// <summary>
/// The platform's one list of services. The names are constants so that a module, a switch or a client registration
/// names a service the same way everywhere; everything else about a service is read from <see cref="All"/>.
/// </summary>
public static class PlatformServices
{
    /// <summary>政策清单: the measures, their figures and citations.</summary>
    public const string PolicyCatalog = "policy-catalog";

    /// <summary>登记: people, employers and their facts, with the agencies' batch exchange.</summary>
    public const string Applicants = "applicants";

    /// <summary>创业担保贷款 and its 贴息.</summary>
    public const string Loans = "startup-loans";

    /// <summary>培训补贴: 技能提升, 职业培训, 新型学徒制.</summary>
    public const string Training = "training-subsidies";

    /// <summary>就业补贴: the hiring and start-up kinds, with the nightly owed run and 免申即享 offers.</summary>
    public const string Hiring = "hiring-subsidies";

    /// <summary>就业服务: postings, matching and the public employment services.</summary>
    public const string Jobs = "job-matching";

    /// <summary>资金稽核: risk signals and payment holds.</summary>
    public const string Risk = "risk-signals";

    /// <summary>统计数据: the bureau's figures against their targets.</summary>
    public const string Figures = "bureau-figures";

    /// <summary>统一登录: the OpenID Connect provider.</summary>
    public const string IdentityProvider = "identity-provider";

    public static IReadOnlyList<PlatformService> All { get; } =
    [
        new(PolicyCatalog, "政策清单服务", 5100),
        new(Applicants, "登记服务", 5101),
        new(Loans, "创业担保贷款服务", 5102, "创业担保贷款", SubsidyContracts.Cases | SubsidyContracts.Oversight, ForEmployers: true),
        new(Training, "培训补贴服务", 5103, "培训补贴", SubsidyContracts.Cases | SubsidyContracts.Payments | SubsidyContracts.Oversight, ForEmployers: true),
        new(Hiring, "就业补贴服务", 5104, "就业补贴", SubsidyContracts.Cases | SubsidyContracts.Payments | SubsidyContracts.Oversight, ForEmployers: true),
        new(Jobs, "就业服务", 5105),
        new(Risk, "资金稽核服务", 5106),
        new(Figures, "统计数据服务", 5107),
        new(IdentityProvider, "统一登录"),
    ];

    private static readonly Dictionary<string, PlatformService> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The service of that name, or null when the platform has none.</summary>
    public static PlatformService? Find(string name) => ByName.GetValueOrDefault(name);
}
