using Grpc.Core;
using System.Globalization;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Time;
using Google.Protobuf.Reflection;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.SelfCheck;

/// <summary>The facts a person typed into the hiring self-check form, as typed (so the form shows them again).</summary>
public sealed record HiringFacts(
    string StartupKind,
    string StartupRegion,
    string RegisteredOn,
    bool FirstBusiness,
    bool OperatedNormally,
    IReadOnlyList<string> FounderGroups,
    string FounderGraduationDate,
    bool ReceivedBefore,
    string EmployerKind,
    string HireRegion,
    bool InsuredAsUnit,
    bool HasEmployees,
    string ContractStart,
    string TermMonths,
    bool OpenEnded,
    string InsuredMonths,
    string BirthDate,
    string GraduationDate,
    string RegisteredSince,
    bool EmployedBefore,
    IReadOnlyList<string> ClaimedBefore)
{
    public static HiringFacts Empty { get; } = new("", "", "", false, false, [], "", false, "", "", false, false, "", "", false, "", "", "", "", false, []);

    /// <summary>
    /// 还在筹备: the founder has not registered yet. The start-up subsidy is then judged as if the business
    /// were registered today and run normally from then on, so the answer says what the founder could get
    /// and from when.
    /// </summary>
    public bool Planning { get; init; }

    /// <summary>True when the start-up part is judged on a registration of today (planning, no date given).</summary>
    public bool JudgedAsRegisteredToday => Planning && RegisteredOn.Length == 0;

    public static HiringFacts From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Text(string name) => form[name].ToString().Trim();
        bool On(string name) => form[name].ToString() == "on";
        return new(
            Text("startup_kind"),
            Text("startup_region"),
            Text("startup_registered_on"),
            On("startup_first_business"),
            On("startup_operated_normally"),
            [.. form["startup_group"].Select(g => g ?? "").Take(HiringCheck.FounderGroups.Count)],
            Text("startup_graduation_date"),
            On("startup_received_before"),
            Text("hire_employer_kind"),
            Text("hire_region"),
            On("hire_insured_as_unit"),
            On("hire_has_employees"),
            Text("hire_contract_start"),
            Text("hire_term_months"),
            On("hire_open_ended"),
            Text("hire_insured_months"),
            Text("hire_birth_date"),
            Text("hire_graduation_date"),
            Text("hire_registered_since"),
            On("hire_employed_before"),
            [.. form["hire_claimed"].Select(g => g ?? "").Take(HiringCheck.HireKinds.Count)])
        {
            Planning = On("startup_planning"),
        };
    }

    /// <summary>What was stated, in one line for the folded form.</summary>
    public string SummaryZh() => string.Join(" · ", new[]
    {
        HiringCheck.StartupKinds.FirstOrDefault(k => HiringCheck.FormValue(k.Kind) == StartupKind).NameZh is { } startup ? $"创业：{startup}" : "",
        Places.Find(StartupRegion)?.NameZh ?? "",
        HiringCheck.EmployerKinds.FirstOrDefault(k => HiringCheck.FormValue(k.Kind) == EmployerKind).NameZh is { } employer ? $"招用：{employer}" : "",
        Places.Find(HireRegion)?.NameZh ?? "",
        ContractStart.Length > 0 ? $"{ContractStart} 签订劳动合同" : "",
    }.Where(p => p.Length > 0));
}

/// <summary>What the hiring section shows: the facts, and either a problem with them or the service's answer.</summary>
public sealed record HiringCheckView(HiringFacts Facts, string? InputProblem, ServiceAnswer<SubsidySelfCheck>? Answer);

/// <summary>
/// 我能享受哪些政策 — the one-off start-up subsidy and the subsidies an employer could get for one hire: the
/// hiring service's public self-check (CheckSubsidies), judged by the same rules as the counter's claims on
/// what the person states. Nothing is stored; the form is posted so the facts stay out of URLs and history.
/// </summary>
public sealed class HiringCheck(ServiceCalls calls, ChinaClock clock)
{
    private const string ServiceZh = "就业补贴测算服务";

    /// <summary>The business forms of the start-up measures (创办企业, 个体工商户).</summary>
    public static IReadOnlyList<(EntityKind Kind, string NameZh)> StartupKinds { get; } =
    [
        (EntityKind.Enterprise, "创办企业"),
        (EntityKind.IndividualBusiness, "个体工商户"),
    ];

    /// <summary>The employer kinds a person may pick; the service says which of them the measures take (R17).</summary>
    public static IReadOnlyList<(EntityKind Kind, string NameZh)> EmployerKinds { get; } =
    [
        (EntityKind.Enterprise, "企业"),
        (EntityKind.IndividualBusiness, "个体工商户"),
        (EntityKind.Cooperative, "农民专业合作社"),
        (EntityKind.Organisation, "社会组织、事业单位等其他单位"),
    ];

    public static IReadOnlyList<(StatedFounderGroup Group, string NameZh)> FounderGroups { get; } =
    [
        (StatedFounderGroup.CollegeStudent, "大中专学生（含毕业5年内）"),
        (StatedFounderGroup.EmploymentDifficulty, "就业困难人员"),
        (StatedFounderGroup.ReturningMigrantWorker, "返乡农民工"),
        (StatedFounderGroup.Veteran, "退役军人"),
    ];

    /// <summary>The one-off hire subsidies a person may already have been claimed for (R9).</summary>
    public static IReadOnlyList<(SubsidyKind Kind, string NameZh)> HireKinds { get; } =
    [
        (SubsidyKind.Absorption, "一次性吸纳就业补贴"),
        (SubsidyKind.JobExpansion, "一次性扩岗补助"),
    ];

    /// <summary>An enum value as the form posts it: the contract's own name, as the REST API writes it.</summary>
    public static string FormValue(EntityKind kind) => Name(EmployerReflection.Descriptor.FindTypeByName<EnumDescriptor>("EntityKind"), (int)kind);

    public static string FormValue(StatedFounderGroup group) => Name(HiringSubsidiesReflection.Descriptor.FindTypeByName<EnumDescriptor>("StatedFounderGroup"), (int)group);

    public static string FormValue(SubsidyKind kind) => Name(HiringSubsidiesReflection.Descriptor.FindTypeByName<EnumDescriptor>("SubsidyKind"), (int)kind);

    public async Task<HiringCheckView> CheckAsync(HiringFacts facts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Problem(facts, out var request, clock.Today) is { } problem)
        {
            return new HiringCheckView(facts, problem, null);
        }

        var answer = await calls.CallAsync(
            ServiceZh,
            async (HiringSubsidies.HiringSubsidiesClient client, CallOptions options) => await client.CheckSubsidiesAsync(request, options),
            cancellation);
        return new HiringCheckView(facts, null, answer);
    }

    /// <summary>The request the facts make, or what is wrong with them, naming the form's field.</summary>
    public static string? Problem(HiringFacts facts, out SubsidySelfCheckRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        request = new SubsidySelfCheckRequest();
        if (facts.StartupKind.Length == 0 && facts.EmployerKind.Length == 0)
        {
            return "请选择“创业形式”（测算创业补贴）或“申请单位类型”（测算招用人员补贴），至少一项。";
        }

        if (facts.StartupKind.Length > 0)
        {
            if (Startup(facts, out var startup, today) is { } startupProblem)
            {
                return startupProblem;
            }

            request.Startup = startup;
        }

        if (facts.EmployerKind.Length > 0)
        {
            if (Hire(facts, out var hire) is { } hireProblem)
            {
                return hireProblem;
            }

            request.Hire = hire;
        }

        return null;
    }

    private static string? Startup(HiringFacts facts, out StatedStartup startup, DateOnly today)
    {
        startup = new StatedStartup
        {
            BusinessKind = StartupKinds.FirstOrDefault(k => FormValue(k.Kind) == facts.StartupKind).Kind,
            FirstBusiness = facts.FirstBusiness,
            // A business not yet registered is judged as run normally from its registration: what the
            // founder would get by keeping it open (the answer says so).
            OperatedNormally = facts.OperatedNormally || facts.JudgedAsRegisteredToday,
            ReceivedBefore = facts.ReceivedBefore,
        };
        if (startup.BusinessKind == EntityKind.Unspecified)
        {
            return "“创业形式”不在可选范围内。";
        }

        if (Places.Find(facts.StartupRegion) is null)
        {
            return "请选择“登记地”（创业补贴）。";
        }

        startup.Region = new RegionCode { Code = facts.StartupRegion };
        if (facts.JudgedAsRegisteredToday)
        {
            startup.RegisteredOn = new CalendarDate { Year = today.Year, Month = today.Month, Day = today.Day };
        }
        else if (TypedDates.Of(facts.RegisteredOn) is not { } registered)
        {
            return "请填写“登记注册日期”，如 2022-09-01（见营业执照）；还没有登记的，勾选“还在筹备，尚未登记”。";
        }
        else
        {
            startup.RegisteredOn = registered;
        }

        foreach (var posted in facts.FounderGroups)
        {
            var group = FounderGroups.FirstOrDefault(g => FormValue(g.Group) == posted).Group;
            if (group == StatedFounderGroup.Unspecified)
            {
                return "“创业者人员类别”不在可选范围内。";
            }

            startup.Groups.Add(group);
        }

        if (facts.FounderGraduationDate.Length > 0 || startup.Groups.Contains(StatedFounderGroup.CollegeStudent))
        {
            if (TypedDates.Of(facts.FounderGraduationDate) is not { } graduated)
            {
                return "选择了大中专学生，请填写创业者的“毕业（预计毕业）日期”，如 2020-06-30。";
            }

            startup.GraduationDate = graduated;
        }

        return null;
    }

    private static string? Hire(HiringFacts facts, out StatedHire hire)
    {
        var stated = new StatedHire
        {
            EmployerKind = EmployerKinds.FirstOrDefault(k => FormValue(k.Kind) == facts.EmployerKind).Kind,
            InsuredAsUnit = facts.InsuredAsUnit,
            HasEmployees = facts.HasEmployees,
            OpenEnded = facts.OpenEnded,
            EmployedBefore = facts.EmployedBefore,
        };
        hire = stated;
        if (stated.EmployerKind == EntityKind.Unspecified)
        {
            return "“申请单位类型”不在可选范围内。";
        }

        if (Places.Find(facts.HireRegion) is null)
        {
            return "请选择“申请单位登记地”。";
        }

        stated.Region = new RegionCode { Code = facts.HireRegion };
        if (TypedDates.Of(facts.ContractStart) is not { } start)
        {
            return "请填写“劳动合同起始日期”，如 2023-03-01。";
        }

        stated.ContractStart = start;
        if (!facts.OpenEnded)
        {
            if (Whole(facts.TermMonths) is not { } months || months <= 0)
            {
                return "“劳动合同期限（月）”应为正整数，无固定期限合同请勾选“无固定期限”。";
            }

            stated.ContractTermMonths = months;
        }

        if (Whole(facts.InsuredMonths.Length == 0 ? "0" : facts.InsuredMonths) is not { } insured)
        {
            return "“为其缴纳社会保险的月数”应为 0 或正整数。";
        }

        stated.InsuredMonths = insured;
        foreach (var (typed, label, set) in new (string, string, Action<CalendarDate>)[]
        {
            (facts.BirthDate, "出生日期", d => stated.BirthDate = d),
            (facts.GraduationDate, "毕业日期", d => stated.GraduationDate = d),
            (facts.RegisteredSince, "失业登记日期", d => stated.UnemploymentRegisteredSince = d),
        })
        {
            if (typed.Length == 0)
            {
                continue;
            }

            if (TypedDates.Of(typed) is not { } date)
            {
                return $"“{label}”应写成 2000-03-10 这样的年-月-日。";
            }

            set(date);
        }

        foreach (var posted in facts.ClaimedBefore)
        {
            var kind = HireKinds.FirstOrDefault(k => FormValue(k.Kind) == posted).Kind;
            if (kind == SubsidyKind.Unspecified)
            {
                return "“已申领的补贴”不在可选范围内。";
            }

            stated.ClaimedBefore.Add(kind);
        }

        return null;
    }

    private static string Name(EnumDescriptor descriptor, int number) => descriptor.FindValueByNumber(number).Name;

    private static int? Whole(string typed) =>
        int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
