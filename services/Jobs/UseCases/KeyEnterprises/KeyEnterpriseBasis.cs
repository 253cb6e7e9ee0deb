using Employment.Jobs.Domain.KeyEnterprises;
using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>
/// The document that asks a county's service to keep the key-enterprise list (catalog
/// <c>jobs.key_enterprise.list_kept</c>, 焦政办〔2023〕36号（六） for Jiaozuo): cited on every answer. Where no
/// document in force asks it (Jiyuan in the seeds), the list may still be kept — nothing forbids the
/// service — and the answer says that no document sets it there.
/// </summary>
public sealed class KeyEnterpriseBasis(PolicyCatalog catalog)
{
    public sealed record Basis(string CitationZh, string NoteZh);

    public Basis For(string countyCode, DateOnly today)
    {
        var region = Region.Parse(countyCode);
        return catalog.TryResolve(KeyEnterprisePolicyKeys.ListKept, region, today, out var kept) && kept.Value.Boolean
            ? new Basis(kept.Source.Display(), "")
            : new Basis("", $"政策目录中没有要求 {region} 确定重点企业名单的文件（{KeyEnterprisePolicyKeys.ListKept}）：名单作为一般就业服务记录保存。");
    }
}
