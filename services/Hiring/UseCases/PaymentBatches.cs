using System.Linq.Expressions;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain;
using Employment.Hiring.Domain.Claims;
using Employment.IdentityNumbers;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.ServiceDefaults.Messaging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>发放批次 and 公示 of hiring claims (the shared lifecycle): one notice line per approved item, with its employer.</summary>
public sealed class PaymentBatches(HiringDbContext db, PolicyCatalog catalog, ChinaClock clock, ClaimCases cases, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds)
    : PaymentBatches<HiringClaimRecord>(cases, catalog, clock)
{
    protected override string NoticeDaysKey => HiringPolicyKeys.PaymentPublicNoticeDays;

    protected override Expression<Func<HiringClaimRecord, BatchCandidate>> Candidate { get; } =
        c => new BatchCandidate(c.Id, c.Status, c.BatchId, c.Region, c.TotalFen);

    protected override async Task TellOnNoticeAsync(PaymentBatchRecord batch, IReadOnlyList<string> recordIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Whom to tell, and nothing else of the claims (their items' explanations are kilobytes each).
        var claims = await db.Claims.AsNoTracking().Where(c => recordIds.Contains(c.Id))
            .Select(c => new { c.Id, c.EmployerId, c.Kind, Person = c.Items.OrderBy(i => i.ItemNo).Select(i => i.PersonId).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            ClaimMessages.OnNotice(db, new ClaimAddressee(claim.Id, claim.EmployerId, claim.Person ?? ""), kinds.NameZh((V1.SubsidyKind)claim.Kind), batch.NoticeUntil, now);
        }
    }

    protected override async Task AddNoticeLinesAsync(PaymentNotice notice, string batchId, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.AsNoTracking().Include(c => c.Items).Where(c => c.BatchId == batchId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var objected = await db.ObjectedAsync(batchId, cancellationToken);
        notice.Lines.AddRange(claims.SelectMany(c => c.Items
            .Where(i => (ClaimStatus)i.Status is ClaimStatus.Approved or ClaimStatus.Paid)
            .OrderBy(i => i.ItemNo)
            .Select(i => new PaymentNoticeLine
            {
                EmployerName = c.EmployerName,
                EmployerCreditCodeMasked = c.EmployerCreditCode.Length == 0 ? "" : IdMasking.CreditCode(c.EmployerCreditCode),
                NameMasked = i.NameMasked,
                IdNumberMasked = i.IdNumberMasked,
                KindZh = kinds.NameZh((V1.SubsidyKind)i.Kind),
                Amount = new Money { Fen = i.AmountFen },
                RecordId = c.Id,
                Objected = objected.Contains(c.Id),
            })));
    }
}
