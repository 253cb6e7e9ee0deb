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
public sealed class ApplicationForms(SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, Employment.Policy.PolicyCatalog catalog)
{
    private static readonly FormDescriber Describer = new(ApplicationFormWording.Fields, CommonChoices.All);

    /// <summary>The forms, each with the 申报材料 its measure asks in <paramref name="region"/> on <paramref name="day"/> (none without a region).</summary>
    public FormDescriptions Describe(Employment.Policy.Model.Region? region, DateOnly day) =>
        KindForms.Describe(kinds.All, V1.SubmitApplicationRequest.Descriptor, Describer, kind => ["person", .. kind.AskedToo, "region", "payment_account"],
            kind => region is { } place ? Persistence.Materials.CatalogMaterials.Asked(catalog, kind.Measure, place, day) : []);
}
