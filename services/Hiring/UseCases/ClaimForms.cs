using Employment.Common.V1;
using Employment.Persistence.Materials;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Forms;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// Every kind of claim the service takes as a form: what each kind's registration says it asks (its
/// claimant and evidence, its items), then what every claim asks (the account, the day received and the
/// receipt), worded by <see cref="ClaimFormWording"/>.
/// </summary>
public sealed class ClaimForms(SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, PolicyCatalog catalog)
{
    private static readonly string[] EveryClaim = ["payment_account", "received_on", "receipt_number"];

    private static readonly FormDescriber Describer = new(ClaimFormWording.Fields, ClaimFormWording.Choices);

    /// <summary>The forms, each with the 申报材料 its measure asks in <paramref name="region"/> on <paramref name="day"/> (none without a region); the day received and its receipt asked at a counter only.</summary>
    public FormDescriptions Describe(Region? region, DateOnly day) =>
        KindForms.Describe(kinds.All, V1.SubmitClaimRequest.Descriptor, Describer, kind => [.. kind.AskedToo.Take(1), .. kind.ItemFields, .. kind.AskedToo.Skip(1), .. EveryClaim],
            kind => region is { } place ? CatalogMaterials.Asked(catalog, kind.Measure, place, day) : [], [ClaimReceipt.DateField, ClaimReceipt.NumberField]);
}
