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
    private static readonly FormDescriber Describer = new(ApplicationFormWording.Fields, CommonChoices.All);

    public FormDescriptions Describe()
    {
        var forms = KindForms.Describe(kinds.All, V1.SubmitApplicationRequest.Descriptor, Describer, kind => ["person", .. kind.AskedToo, "region", "payment_account"]);
        foreach (var online in forms.Forms.Where(f => f.Online))
        {
            online.Materials.AddRange(OnlineApplications.Asked());
        }

        return forms;
    }
}
