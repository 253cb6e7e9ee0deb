using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Referral;

/// <summary>Reads an R3 configuration value; unset, it is FAILED_PRECONDITION whose message names key, region and date.</summary>
internal static class ConfiguredValue
{
    public static ParameterValue Read(PolicyCatalog catalog, string key, Region region, DateOnly date, string measureZh, string ruleId)
    {
        try
        {
            return catalog.Resolve(key, region, date);
        }
        catch (ConfigurationMissingException e)
        {
            throw DomainRuleException.NotAllowed($"缺少配置参数，无法计算{measureZh}（裁定 R3）：{e.Message}", ruleId, cause: e);
        }
    }
}
