using Employment.Common.V1;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Forms;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// Every kind of application the service takes as a form: the applicant, what the kind's registration says
/// it asks (its certificate, course or apprenticeship), then where the person is insured and the account,
/// worded by <see cref="ApplicationFormWording"/>.
/// </summary>
public sealed class ApplicationForms(SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds)
{
    private static readonly FormDescriber Describer = new(ApplicationFormWording.Fields, ApplicationFormWording.Choices);

    public FormDescriptions Describe()
    {
        var answer = new FormDescriptions();
        foreach (var kind in kinds.All)
        {
            answer.Forms.Add(Describer.Describe(
                V1.SubmitApplicationRequest.Descriptor,
                V1.SubmitApplicationRequest.Descriptor.FindFieldByName("kind").EnumType.FindValueByNumber((int)kind.Kind).Name,
                kind.NameZh,
                ["person", .. kind.AskedToo, "region", "payment_account"]));
        }

        return answer;
    }
}
