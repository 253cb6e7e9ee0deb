using Grpc.Core;
using System.Globalization;
using Employment.Common.V1;
using Employment.Training.V1;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.SelfCheck;

/// <summary>The facts a person typed into the self-check form, as typed (so the form shows them again).</summary>
public sealed record SkillUpgradeFacts(
    string OccupationCode,
    string Level,
    string IssueDate,
    string Region,
    string InsuredMonths,
    bool DrawingBenefit,
    bool EmploymentContract,
    PriorFacts PriorSkillUpgrade,
    PriorFacts PriorVocationalTraining)
{
    public static SkillUpgradeFacts Empty { get; } = new("", "", "", "", "", false, false, PriorFacts.Empty, PriorFacts.Empty);

    public static SkillUpgradeFacts From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(
            form["occupation_code"].ToString().Trim(),
            form["level"].ToString(),
            form["issue_date"].ToString().Trim(),
            form["region"].ToString(),
            form["insured_months"].ToString().Trim(),
            form["drawing_benefit"].ToString() == "on",
            form["employment_contract"].ToString() == "on",
            PriorFacts.From(form, "prior_skill"),
            PriorFacts.From(form, "prior_training"));
    }

    /// <summary>What was stated, in one line for the folded form.</summary>
    public string SummaryZh() => string.Join(" · ", new[]
    {
        OccupationCode.Length > 0 ? $"职业 {OccupationCode}" : "",
        Level.Length > 0 ? Display.LevelZh(SkillUpgradeCheck.Levels.FirstOrDefault(l => SkillUpgradeCheck.FormValue(l) == Level)) : "",
        IssueDate.Length > 0 ? $"{IssueDate} 发证" : "",
        Places.Find(Region)?.NameZh ?? "",
        InsuredMonths.Length > 0 ? $"参保 {InsuredMonths} 个月" : "",
    }.Where(p => p.Length > 0));
}

/// <summary>
/// A subsidy already received, as typed: occupation, level and date (the certificate's issue date for a
/// skill-upgrade subsidy, the course's end for a vocational training subsidy). All empty: none stated.
/// </summary>
public sealed record PriorFacts(string OccupationCode, string Level, string Date)
{
    public static PriorFacts Empty { get; } = new("", "", "");

    public bool Stated => OccupationCode.Length > 0 || Level.Length > 0 || Date.Length > 0;

    public static PriorFacts From(IFormCollection form, string prefix)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form[prefix + "_occupation"].ToString().Trim(), form[prefix + "_level"].ToString(), form[prefix + "_date"].ToString().Trim());
    }
}

/// <summary>What the self-check page shows: the facts, and either a problem with them or the service's answer.</summary>
public sealed record SkillUpgradeView(SkillUpgradeFacts Facts, string? InputProblem, ServiceAnswer<SkillUpgradeSelfCheck>? Answer);

/// <summary>
/// 我能享受哪些政策 — the skill-upgrade subsidy: the training service's public self-check
/// (CheckSkillUpgrade), judged by the same rules as at the counter on what the person states.
/// Nothing is stored, here or there. The form is posted so that the facts stay out of URLs and
/// browser history.
/// </summary>
public sealed class SkillUpgradeCheck(ServiceCalls calls)
{
    private const string ServiceZh = "培训补贴测算服务";

    /// <summary>The levels offered in the form, with the value the form posts.</summary>
    public static IReadOnlyList<SkillLevel> Levels { get; } =
        [SkillLevel.L5, SkillLevel.L4, SkillLevel.L3, SkillLevel.L2, SkillLevel.L1, SkillLevel.Unlevelled];

    /// <summary>A level as the form posts it: the contract's own name (SKILL_LEVEL_L3), as the REST API writes it.</summary>
    public static string FormValue(SkillLevel level) =>
        PersonReflection.Descriptor.FindTypeByName<EnumDescriptor>("SkillLevel").FindValueByNumber((int)level).Name;

    public async Task<SkillUpgradeView> CheckAsync(SkillUpgradeFacts facts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Problem(facts, out var request) is { } problem)
        {
            return new SkillUpgradeView(facts, problem, null);
        }

        var answer = await calls.CallAsync(
            ServiceZh,
            async (TrainingSubsidies.TrainingSubsidiesClient client, CallOptions options) => await client.CheckSkillUpgradeAsync(request, options),
            cancellation);
        return new SkillUpgradeView(facts, null, answer);
    }

    /// <summary>The request the facts make, or what is wrong with them, naming the form's field.</summary>
    public static string? Problem(SkillUpgradeFacts facts, out SkillUpgradeSelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        request = new SkillUpgradeSelfCheckRequest();
        if (facts.OccupationCode.Length == 0)
        {
            return "请填写“职业编码”，如 6-18-01-01（见证书）。";
        }

        var level = Levels.FirstOrDefault(l => FormValue(l) == facts.Level);
        if (level == SkillLevel.Unspecified)
        {
            return "请选择“证书等级”。";
        }

        if (!DateOnly.TryParseExact(facts.IssueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued))
        {
            return "“发证日期”应写成 2024-03-01 这样的年-月-日。";
        }

        if (Places.Find(facts.Region) is null)
        {
            return "请选择“参保（领取失业保险金）地”。";
        }

        if (!int.TryParse(facts.InsuredMonths, NumberStyles.None, CultureInfo.InvariantCulture, out var months))
        {
            return "“累计参加失业保险月数”应为 0 或正整数。";
        }

        var priorSkill = Prior(facts.PriorSkillUpgrade, "已享受的技能提升补贴", "发证日期", out var priorSkillProblem);
        var priorTraining = Prior(facts.PriorVocationalTraining, "已享受的职业培训补贴", "结业日期", out var priorTrainingProblem);
        if ((priorSkillProblem ?? priorTrainingProblem) is { } priorProblem)
        {
            return priorProblem;
        }

        request = new SkillUpgradeSelfCheckRequest
        {
            Certificate = new Certificate
            {
                OccupationCode = facts.OccupationCode,
                Level = level,
                IssueDate = new CalendarDate { Year = issued.Year, Month = issued.Month, Day = issued.Day },
            },
            Region = new RegionCode { Code = facts.Region },
            InsuredMonths = months,
            DrawingBenefit = facts.DrawingBenefit,
            EmploymentContract = facts.EmploymentContract,
        };
        if (priorSkill is not null)
        {
            request.PriorSkillUpgrades.Add(priorSkill);
        }

        if (priorTraining is not null)
        {
            request.PriorVocationalTrainings.Add(priorTraining);
        }

        return null;
    }

    /// <summary>A stated prior subsidy as the contract takes it; null when none is stated or it is incomplete (then <paramref name="problem"/> names the field).</summary>
    private static PriorSubsidyStatement? Prior(PriorFacts prior, string whatZh, string dateZh, out string? problem)
    {
        problem = null;
        if (!prior.Stated)
        {
            return null;
        }

        var level = Levels.FirstOrDefault(l => FormValue(l) == prior.Level);
        if (prior.OccupationCode.Length == 0 || level == SkillLevel.Unspecified)
        {
            problem = $"“{whatZh}”请同时填写职业编码和等级，未享受过请全部留空。";
            return null;
        }

        if (!DateOnly.TryParseExact(prior.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem = $"“{whatZh}”的{dateZh}应写成 2024-03-01 这样的年-月-日。";
            return null;
        }

        return new PriorSubsidyStatement
        {
            OccupationCode = prior.OccupationCode,
            Level = level,
            Date = new CalendarDate { Year = date.Year, Month = date.Month, Day = date.Day },
        };
    }
}
