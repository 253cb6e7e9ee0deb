using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Employment.Training.Domain.Apprenticeship;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 自助测算 for the 企业新型学徒制培训补贴 of one training year: the statements become the case the counter's
/// <see cref="ApprenticeshipRules"/> judge (the years subsidised as stated). Reads no registry and no
/// database, writes nothing.
/// </summary>
public sealed class SelfCheckApprenticeship(ApprenticeshipRules rules, ChinaClock clock)
{
    /// <summary>The questions, as the public site asks them of an enterprise about one apprentice's training year.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.TrainingSelfCheckRequest.Descriptor, "apprenticeship", "apprenticeship", ApprenticeshipApplications.Taken[0].NameZh,
        "企业：培养中级工、高级工学徒",
        "企业按新型学徒制培养中级工、高级工的，可按每名学徒每个培训年度申请培训补贴。",
        ["region", "year", "subsidised_training_years"],
        FieldWordings.Of([
            ("region", new("企业登记地", Required: true)),
            ("year", new("学徒的这个培训年度", Required: true)),
            ("year.enterprise_credit_code", FieldWording.NotAsked),
            ("year.enterprise_name", FieldWording.NotAsked),
            ("year.occupation_code", new("学徒培训职业（工种）编码", "如 6-18-01-01。", Required: true)),
            ("year.level", new("培养等级", Required: true, Offered: ["SKILL_LEVEL_L4", "SKILL_LEVEL_L3"])),
            ("year.training_year", new("第几个培训年度", "第一年填 1。", Required: true)),
            ("year.year_period", new("培训年度起止", Required: true)),
            ("year.year_period.from", new("该培训年度开始日期", Required: true)),
            ("year.year_period.until", new("该培训年度结束日期", Required: true)),
            ("subsidised_training_years[]", new("已享受过补贴的培训年度", "该学徒已享受补贴的培训年度，如 1；没有不填。")),
        ]),
        CommonChoices.All)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.NewApprenticeship)],
    };

    /// <summary>Stands for a number the public form does not ask (the enterprise): the rules never judge it.</summary>
    private const string Unstated = "（未填写）";

    public V1.TrainingMeasureSelfCheck Check(V1.StatedApprenticeship stated)
    {
        var region = Region.Parse(RegionCodes.Place(stated.Region, "apprenticeship.region", required: true));
        var given = stated.Year?.Clone() ?? throw DomainRuleException.Invalid("apprenticeship.year", "请填写学徒培训的职业、等级、培训年度和起止日期（apprenticeship.year）。");
        var year = ApprenticeshipInput.From(given);
        if (string.IsNullOrWhiteSpace(year.EnterpriseCreditCode))
        {
            year = year with { EnterpriseCreditCode = Unstated };
        }

        if (stated.SubsidisedTrainingYears.Any(y => y is < 1 or > ApprenticeshipInput.MaxTrainingYear))
        {
            throw DomainRuleException.Invalid("apprenticeship.subsidised_training_years", $"已享受补贴的培训年度应为 1 至 {ApprenticeshipInput.MaxTrainingYear}。");
        }

        var prior = stated.SubsidisedTrainingYears.Distinct().Select(y => new PriorApprenticeYear($"{StatedPersonFacts.Stated}-{y}", y)).ToList();
        var judged = rules.Judge(new ApprenticeshipCase(year, prior, region, clock.Today));
        var answer = new V1.TrainingMeasureSelfCheck
        {
            NameZh = ApprenticeshipApplications.Taken[0].NameZh,
            Eligible = judged.Eligible,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
        };
        answer.BringZh.Add("企业营业执照");
        answer.BringZh.Add("企业与学徒签订的劳动合同和培养协议");
        answer.BringZh.Add("学徒培训计划和该培训年度的培训记录");
        return answer;
    }
}
