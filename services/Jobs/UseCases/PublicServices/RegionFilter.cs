using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>
/// A region a list is asked for, as the prefix of the county codes within it: a city (410800 → 4108)
/// holds its counties, a county (410821) or Jiyuan (419001) is itself; none = everywhere ("").
/// </summary>
internal static class RegionFilter
{
    public static string PrefixOf(Common.V1.RegionCode? region, string field, bool required)
    {
        var code = RegionCodes.Place(region, field, required);
        return code.Length == 0 ? "" : Region.Parse(code).CodePrefix;
    }
}
