using Employment.Common.V1;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the 创业孵化基地运营补贴 (R14, R23): the same actual cost each month for the stated months from the
/// first month, judged by the claims' own <see cref="OperatingSubsidyJudge"/> (the founder's group on the entry day,
/// the share, the yearly cap and the years from entry).
/// </summary>
internal sealed class SelfCheckIncubator(OperatingSubsidyJudge judge)
{
    /// <summary>The questions, as the public site asks them of a founder in an incubator.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.SubsidySelfCheckRequest.Descriptor, Field, "incubator", OperatingSubsidyClaims.Taken[0].NameZh,
        "创业者：入驻创业孵化基地的企业",
        "大中专学生、退役军人、失业人员、返乡农民工创办的企业入驻创业孵化基地的，可按实际发生的物管、卫生、房租、水电等费用申请补贴。",
        ["region", "entered_incubator", "first_month", "months", "monthly_cost", "founder"],
        FieldWordings.Of([
            ("region", new("企业登记地", Required: true)),
            ("entered_incubator", new("入驻孵化基地日期", Required: true)),
            ("first_month", new("首个申请补贴的费用月份", "不填则从入驻当月算起。", Month: true)),
            ("months", new("费用月数", Required: true)),
            ("monthly_cost", new("每月实际发生的费用", "物管、卫生、房租、水电等。", Required: true)),
            .. StatedPersonWording.Of("founder", "创业者", "",
                StatedPersonWording.Education, StatedPersonWording.RegisteredSince, StatedPersonWording.Veteran, StatedPersonWording.ReturningMigrant),
        ]),
        ClaimFormWording.Choices)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.IncubatorOperating)],
    };

    private const string Field = "incubator";

    public V1.MeasureSelfCheck Check(V1.StatedIncubatorCosts stated)
    {
        var region = Region.Parse(RegionCodes.Place(stated.Region, $"{Field}.region", required: true));
        var entered = StatedPersonFacts.Day(stated.EnteredIncubator, $"{Field}.entered_incubator")
            ?? throw DomainRuleException.Invalid($"{Field}.entered_incubator", "请填写入驻创业孵化基地的日期（incubator.entered_incubator）。");
        var first = StatedPersonFacts.Day(stated.FirstMonth, $"{Field}.first_month") is { } day ? StatedPersonFacts.MonthOf(day) : StatedPersonFacts.MonthOf(entered);
        if (first < StatedPersonFacts.MonthOf(entered))
        {
            throw DomainRuleException.Invalid($"{Field}.first_month", $"首个费用月份（{first:yyyy-MM}）早于入驻孵化基地的月份（{entered:yyyy-MM}）。");
        }

        var months = StatedPersonFacts.Months(stated.Months, $"{Field}.months", "费用月数");
        var cost = StatedPersonFacts.Fen(stated.MonthlyCost, $"{Field}.monthly_cost", "每月实际发生的物管、卫生、房租、水电等费用");
        var costs = Enumerable.Range(0, months).Select(first.AddMonths).Select(m => new IncubatorCostMonth(m.Year, m.Month, cost)).ToList();
        var founder = StatedPersonFacts.Profile(stated.Founder, $"{Field}.founder", entered);
        var judged = judge.Judge(new OperatingSubsidyClaim(founder, region, entered, costs, []));
        var answer = new V1.MeasureSelfCheck
        {
            Kind = V1.SubsidyKind.IncubatorOperating,
            NameZh = "创业孵化基地运营补贴",
            MayBePaid = judged.Approved,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
        };
        answer.PaidMonths.AddRange(judged.PaidMonths.Select(m => m.Month));
        answer.BringZh.Add("企业营业执照和创业者本人居民身份证");
        answer.BringZh.Add("与创业孵化基地签订的入驻协议");
        answer.BringZh.Add("物管、卫生、房租、水电等费用的缴费票据");
        answer.BringZh.Add("创业者人员类别证明（毕业证书、退役证明、失业登记凭证或返乡农民工身份证明）");
        return answer;
    }
}
