using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Employment.Training.Domain.Apprenticeship;
using Employment.Training.Domain.VocationalTraining;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 自助测算 for the 职业培训补贴 of a finished course and the 企业新型学徒制培训补贴 of one training year: the statements
/// become the case the counter's <see cref="VocationalTrainingRules"/> and <see cref="ApprenticeshipRules"/> judge
/// (the person's groups as 本人填报 facts, the subsidies received as stated). Reads no registry and no database,
/// writes nothing.
/// </summary>
public sealed class SelfCheckTraining(VocationalTrainingRules courses, ApprenticeshipRules apprenticeships, ChinaClock clock)
{
    /// <summary>Stands for a number the public form does not ask (course, certificate, enterprise): the rules never judge it.</summary>
    private const string Unstated = "（未填写）";

    public V1.TrainingSelfCheck Check(V1.TrainingSelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Course is null && request.Apprenticeship is null)
        {
            throw DomainRuleException.Invalid("course", "请填写已完成的培训（course）或学徒培训年度（apprenticeship），至少一项。");
        }

        return new V1.TrainingSelfCheck
        {
            Course = request.Course is { } course ? CheckCourse(course) : null,
            Apprenticeship = request.Apprenticeship is { } year ? CheckApprenticeship(year) : null,
            NoticeZh = StatedPersonFacts.Notice,
        };
    }

    private V1.TrainingMeasureSelfCheck CheckCourse(V1.StatedCourse stated)
    {
        var region = Region.Parse(RegionCodes.Place(stated.Region, "course.region", required: true));
        var given = stated.Course?.Clone() ?? throw DomainRuleException.Invalid("course.course", "请填写培训的职业、等级和起止日期（course.course）。");
        if (string.IsNullOrWhiteSpace(given.CourseId))
        {
            given.CourseId = Unstated;
        }

        var course = CourseInput.From(given);
        var certificate = CertificateInput.From(
            new Certificate
            {
                CertificateNumber = Unstated,
                OccupationCode = course.OccupationCode,
                Level = given.Level,
                IssueDate = stated.CertificateIssueDate ?? given.Period?.Until,
            },
            "course.certificate");
        var person = StatedPersonFacts.Profile(stated.Person, "course.person", course.Start, employedOnEventDay: true);
        var prior = SelfCheckSkillUpgrade.Prior(stated.PriorSkillUpgrades, stated.PriorVocationalTrainings, "course.");
        var judged = courses.Judge(new VocationalTrainingCase(course, certificate, person, prior, region, clock.Today));
        var answer = new V1.TrainingMeasureSelfCheck
        {
            NameZh = "职业培训补贴",
            Eligible = judged.Eligible,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
        };
        answer.BringZh.Add("本人居民身份证");
        answer.BringZh.Add("培训结业后取得的职业资格证书、职业技能等级证书或专项职业能力证书");
        answer.BringZh.Add("培训机构出具的培训结业证明（培训起止日期、课时）");
        answer.BringZh.Add("人员类别证明（毕业证书、失业登记凭证等）");
        return answer;
    }

    private V1.TrainingMeasureSelfCheck CheckApprenticeship(V1.StatedApprenticeship stated)
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
        var judged = apprenticeships.Judge(new ApprenticeshipCase(year, prior, region, clock.Today));
        var answer = new V1.TrainingMeasureSelfCheck
        {
            NameZh = "企业新型学徒制培训补贴",
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
