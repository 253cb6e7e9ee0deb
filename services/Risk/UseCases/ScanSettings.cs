using Employment.Policy;
using Employment.Policy.Model;
using Employment.Risk.Domain;
using Employment.ServiceDefaults.Audit;
using V1 = Employment.Risk.V1;

namespace Employment.Risk.UseCases;

/// <summary>
/// The catalog's values for one scan: thresholds in force on the period's last day in the scanned region,
/// clauses in force on some day of it; each one missing is said once in the scan's summary (not run).
/// </summary>
internal sealed class ScanSettings(PolicyCatalog catalog, AuditExportQuery query, V1.ScanSummary summary) : IScanSettings
{
    public ParameterValue? Threshold(string key)
    {
        if (catalog.TryResolve(key, query.Region, query.ReceivedUntil, out var value))
        {
            return value;
        }

        summary.NotRunZh.Add($"未配置“{catalog.NameOf(key)}”（{key}，地区 {query.Region}，{query.ReceivedUntil:yyyy-MM-dd}，裁定 R3），该类提示本次未运行。");
        return null;
    }

    public bool InForce(string key)
    {
        if ((catalog.TryResolve(key, query.Region, query.ReceivedUntil, out var value) && value.Value.Boolean)
            || (catalog.TryResolve(key, query.Region, query.ReceivedFrom, out var atStart) && atStart.Value.Boolean))
        {
            return true;
        }

        summary.NotRunZh.Add($"“{catalog.NameOf(key)}”在地区 {query.Region}、{query.ReceivedFrom:yyyy-MM-dd}至{query.ReceivedUntil:yyyy-MM-dd}无生效的政策条款，该类提示本次未运行。");
        return false;
    }
}
