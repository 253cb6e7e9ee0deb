using Employment.Jobs.Data;
using Employment.Jobs.Data.KeyEnterprises;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>One key enterprise as a write reads it: of the clerk's region (else NOT_FOUND) and at the version read (else ABORTED).</summary>
internal static class KeyEnterpriseReads
{
    public static async Task<KeyEnterpriseRecord> VisibleAsync(JobsDbContext db, string enterpriseId, Caller clerk, long expectedVersion, CancellationToken cancellationToken)
    {
        var record = await db.Set<KeyEnterpriseRecord>().SingleOrDefaultAsync(r => r.Id == enterpriseId, cancellationToken)
            ?? throw DomainRuleException.NotFound("重点企业", enterpriseId);
        RegionScope.Of(clerk).Visible(record, "重点企业", enterpriseId, record.CountyCode);
        if (record.Version != expectedVersion)
        {
            throw DomainRuleException.Stale("重点企业", record.Version, expectedVersion);
        }

        return record;
    }
}
