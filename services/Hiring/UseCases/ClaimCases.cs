using Employment.Hiring.Data;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A hiring claim as the lifecycle's shared steps (复核, 待发放, 发放) answer it: the employer, or the people a person's own claim names.</summary>
public sealed class ClaimCases(HiringDbContext db, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds)
    : CaseAnswers<HiringClaimRecord>(db)
{
    public override string RecordWhat => DecideClaimItem.What;

    /// <summary>A claim is decided item by item: paying it changes its items too.</summary>
    public override IQueryable<HiringClaimRecord> Rows => db.Claims.Include(c => c.Items);

    public override long DecidedFen(HiringClaimRecord record) => record.TotalFen;

    public override IEnumerable<string> DecidedBy(HiringClaimRecord record) => record.Items.Select(i => i.DecidedBy);

    public override RecusalSubjects RecusalOf(HiringClaimRecord record) => ClaimRecusal.Of(record, record.Items);

    protected override string KindZh(HiringClaimRecord record) => kinds.NameZh((V1.SubsidyKind)record.Kind);

    protected override string PayeeZh(HiringClaimRecord record) =>
        record.EmployerName.Length > 0 ? record.EmployerName : string.Join("、", record.Items.OrderBy(i => i.ItemNo).Select(i => i.NameMasked).Where(n => n.Length > 0));
}
