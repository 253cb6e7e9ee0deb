using Employment.ServiceDefaults.Validation;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 自助测算 for a finished course and a year of 新型学徒制: each stated situation goes to its kind's self-check
/// (in the kind's folder). Reads no registry and no database, writes nothing.
/// </summary>
public sealed class SelfCheckTraining(SelfCheckVocationalTraining courses, SelfCheckApprenticeship apprenticeships)
{
    public V1.TrainingSelfCheck Check(V1.TrainingSelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Course is null && request.Apprenticeship is null)
        {
            throw DomainRuleException.Invalid("course", "请填写已完成的培训（course）或学徒培训年度（apprenticeship），至少一项。");
        }

        return new V1.TrainingSelfCheck
        {
            Course = request.Course is { } course ? courses.Check(course) : null,
            Apprenticeship = request.Apprenticeship is { } year ? apprenticeships.Check(year) : null,
            NoticeZh = StatedPersonFacts.Notice,
        };
    }
}
