using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Forms;

namespace Employment.Persistence.Materials;

/// <summary>
/// A measure's 申报材料 as the catalog lists them for the region on the day (<see cref="PolicyCatalog.MaterialsFor"/>): what a
/// form asks for, and the files a request brings checked against the list. Online every required one must come; at a
/// counter the clerk sees the paper, and what is scanned in is checked the same way.
/// </summary>
public static class CatalogMaterials
{
    /// <summary>The list as a form names it; none where the catalog has none for the measure there and then.</summary>
    public static IEnumerable<MaterialAsked> Asked(PolicyCatalog catalog, string measure, Region region, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.MaterialsFor(measure, region, day) is not { } list)
        {
            yield break;
        }

        foreach (var item in list.Items)
        {
            var asked = new MaterialAsked
            {
                Kind = item.Kind, NameZh = item.NameZh, HintZh = item.HintZh, Required = item.Required, MaxBytes = item.MaxBytes,
                SourceZh = list.IsSample ? $"示例清单（{list.Source}）" : list.Source,
            };
            asked.FileTypes.AddRange(item.FileTypes);
            yield return asked;
        }
    }

    /// <summary>The request's files checked against the list; <paramref name="online"/>, each required one must be among them (INVALID_ARGUMENT naming it).</summary>
    public static IReadOnlyList<CheckedMaterial> Check(PolicyCatalog catalog, string measure, Region region, DateOnly day, IEnumerable<Material> given, bool online, string field = "materials")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(given);
        var items = catalog.MaterialsFor(measure, region, day)?.Items ?? [];
        var files = MaterialIntake.Check(given, items, field);
        var missing = online ? items.Where(i => i.Required && !files.Any(f => f.Kind == i.Kind)).ToList() : [];
        if (missing.Count > 0)
        {
            throw DomainRuleException.Invalid(field, $"请上传{string.Join("、", missing.Select(m => m.NameZh))}（{FileWords.TypesZh(missing[0].FileTypes)}）：网上申请须附上这些申报材料。");
        }

        return files;
    }
}
