using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>发放 of a hiring claim (the shared lifecycle): the approved total, and each approved item paid with it.</summary>
public sealed class RecordPayment(HiringDbContext db, ChinaClock clock, ClaimCases cases, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, ILogger<RecordPayment> logger)
    : PaymentRecording<HiringClaimRecord>(db, clock, cases)
{
    protected override void Paid(HiringClaimRecord record, Caller clerk, DateTimeOffset now)
    {
        foreach (var item in record.Items.Where(i => (ClaimStatus)i.Status == ClaimStatus.Approved))
        {
            item.Status = (int)ClaimStatus.Paid;
            item.StampChanged(clerk.Subject, now);
        }

        ClaimMessages.Paid(db, record, kinds.NameZh((V1.SubsidyKind)record.Kind), now);
        HiringLog.ClaimPaid(logger, record.Id, record.TotalFen, clerk.Subject);
    }
}
