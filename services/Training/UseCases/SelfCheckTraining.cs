using Employment.ServiceDefaults.Validation;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 自助测算 for a finished course, a year of 新型学徒制 and a certificate's 技能提升补贴: each stated situation goes to its kind's self-check
/// (in the kind's folder). Reads no registry and no database, writes nothing.
/// </summary>
public sealed class SelfCheckTraining(SelfCheckVocationalTraining courses, SelfCheckApprenticeship apprenticeships, SelfCheckSkillUpgrade skillUpgrades)
{
    public V1.TrainingSelfCheck Check(V1.TrainingSelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Course is null && request.Apprenticeship is null && request.SkillUpgrade is null)
        {
            throw DomainRuleException.Invalid("course", "请填写已完成的培训（course）、学徒培训年度（apprenticeship）或取得的证书（skill_upgrade），至少一项。");
        }

        return new V1.TrainingSelfCheck
        {
            Course = request.Course is { } course ? courses.Check(course) : null,
            Apprenticeship = request.Apprenticeship is { } year ? apprenticeships.Check(year) : null,
            SkillUpgrade = request.SkillUpgrade is { } certificate ? skillUpgrades.CheckStated(certificate) : null,
            NoticeZh = StatedPersonFacts.Notice,
        };
    }
}
