using Employment.Jobs.Domain.Screening;
using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Jobs.UseCases;

/// <summary>
/// The ages R29 lets a posting ask (<see cref="AgeLaw"/>), read from the catalog for the work place's
/// county on the filing day. Both are national (劳动法), so every county has them; a catalog without them
/// in force refuses the filing naming the key rather than screening by a guess.
/// </summary>
public sealed class PostingAgeLaw(PolicyCatalog catalog)
{
    public AgeLaw For(string countyCode, DateOnly day)
    {
        var region = Region.Parse(countyCode);
        var minimum = Resolve(ScreeningPolicyKeys.MinimumWorkingAge, region, day);
        var minor = Resolve(ScreeningPolicyKeys.MinorWorkerUntilAge, region, day);
        return new AgeLaw(minimum.Value.Integer, minimum.Source.Display(), minor.Value.Integer, minor.Source.Display());
    }

    private ParameterValue Resolve(string key, Region region, DateOnly day) =>
        catalog.TryResolve(key, region, day, out var value)
            ? value
            : throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"政策目录中没有 {region} 在 {day:yyyy-MM-dd} 有效的 {key}，无法按裁定 R29 审查年龄条件。", "posting.work_place.county", key);
}
