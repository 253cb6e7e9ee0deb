using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Forms;
using Google.Protobuf;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 自助测算 asked by a described form's paths (<c>SubsidyCases.CheckSelf</c>): the same <see cref="SelfCheckTraining"/>
/// the typed self-check runs, the form's measure in the shared shape.
/// </summary>
internal sealed class JudgeSelfCheck(SelfCheckTraining check) : ISelfCheckJudge
{
    public SelfCheckOutcome Judge(SelfCheckForm form, IMessage request)
    {
        ArgumentNullException.ThrowIfNull(form);
        var answer = check.Check((V1.TrainingSelfCheckRequest)request);
        var measure = (V1.TrainingMeasureSelfCheck)form.PartOf(answer);
        return SelfCheckOutcomes.Of(form.NameZh, measure.Eligible, measure.Amount,
            [SelfCheckOutcomes.Part(measure.NameZh, measure.Eligible, measure.Amount, measure.Explanation)], measure.BringZh, answer.NoticeZh);
    }
}
