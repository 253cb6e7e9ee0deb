using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Employment.Training.Domain.VocationalTraining;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 自助测算 for the 职业培训补贴 of a finished course: the statements become the case the counter's
/// <see cref="VocationalTrainingRules"/> judge (the person's groups as 本人填报 facts, the subsidies received as
/// stated). Reads no registry and no database, writes nothing.
/// </summary>
public sealed class SelfCheckVocationalTraining(VocationalTrainingRules rules, ChinaClock clock)
{
    /// <summary>The questions, as the public site asks them of a person about a finished course.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.TrainingSelfCheckRequest.Descriptor, "course", "vocational-training", VocationalTrainingApplications.Taken[0].NameZh,
        "个人：参加职业培训并取得证书",
        "参加职业技能培训并取得职业资格证书、职业技能等级证书或专项职业能力证书的，可申请职业培训补贴。",
        ["region", "course", "certificate_issue_date", "person"],
        FieldWordings.Of([
            ("region", new("参保地或常住地", Required: true)),
            ("course", new("培训和证书", Required: true)),
            ("course.course_id", FieldWording.NotAsked),
            ("course.institution_name", FieldWording.NotAsked),
            ("course.institution_credit_code", FieldWording.NotAsked),
            ("course.occupation_code", new("培训职业（工种）编码", "见证书，如 6-18-01-01。", Required: true)),
            ("course.level", new("证书等级", Required: true)),
            ("course.period", new("培训期间", Required: true)),
            ("course.period.from", new("培训开始日期", Required: true)),
            ("course.period.until", new("培训结束日期", Required: true)),
            ("course.hours", new("培训课时", Required: true)),
            ("certificate_issue_date", new("发证日期", "不填按培训结束日期。")),
            .. StatedPersonWording.Of("person", "本人", "培训开始时有劳动合同",
                StatedPersonWording.Education, StatedPersonWording.RegisteredSince, StatedPersonWording.EmployedBefore),
        ]),
        CommonChoices.All)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.VocationalTraining)],
    };

    /// <summary>Stands for a number the public form does not ask (course, certificate): the rules never judge it.</summary>
    private const string Unstated = "（未填写）";

    public V1.TrainingMeasureSelfCheck Check(V1.StatedCourse stated)
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
        var judged = rules.Judge(new VocationalTrainingCase(course, certificate, person, prior, region, clock.Today));
        var answer = new V1.TrainingMeasureSelfCheck
        {
            NameZh = VocationalTrainingApplications.Taken[0].NameZh,
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
}
