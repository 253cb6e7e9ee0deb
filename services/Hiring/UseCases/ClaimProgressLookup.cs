using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Identity;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 办理进度 (issue 16) for hiring and start-up subsidy claims: a claimant follows a claim with its
/// claim_id and 查询码. The code is checked before anything about the claim is used; an unknown
/// claim and a wrong code are the one refusal of <see cref="ProgressCodes"/>. The answer is the
/// masked summary: kind, status, dates, the steps (受理, each item's decision with the clerk's reason,
/// identity numbers masked, the payment); never the credit code, an identity number, an amount or
/// the account.
/// </summary>
public sealed class ClaimProgressLookup(HiringDbContext db, ProgressGuesses guesses)
{
    public async Task<ApplicationProgress> FindAsync(string reference, string code, CancellationToken cancellationToken)
    {
        var record = await db.Claims.AsNoTracking().Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == reference, cancellationToken);
        guesses.Require(reference, record?.ProgressCodeHash, code);
        return Of(record!);
    }

    private static ApplicationProgress Of(HiringClaimRecord record)
    {
        var status = (ClaimStatus)record.Status;
        var kind = (V1.SubsidyKind)record.Kind;
        var progress = new ApplicationProgress
        {
            Reference = record.Id,
            KindZh = KindZh(kind),
            State = Token(status),
            StateZh = NameZh(status),
            Closed = status is ClaimStatus.Rejected or ClaimStatus.Paid,
            SubmittedOn = ProtoMapping.ToProto(ChinaClock.DateOf(record.CreatedAt)),
            UpdatedAt = Timestamp.FromDateTimeOffset(record.UpdatedAt),
            // A founder is a person; an employer's claim has no person's name to show.
            NameMasked = kind == V1.SubsidyKind.Startup ? record.Items.FirstOrDefault()?.NameMasked ?? "" : "",
        };
        progress.History.Add(Step(ClaimStatus.Submitted, record.CreatedAt, ""));
        foreach (var item in record.Items.Where(i => (ClaimStatus)i.Status is ClaimStatus.Approved or ClaimStatus.Rejected or ClaimStatus.Paid)
                     .OrderBy(i => i.UpdatedAt).ThenBy(i => i.ItemNo))
        {
            var decided = (ClaimStatus)item.Status == ClaimStatus.Rejected ? ClaimStatus.Rejected : ClaimStatus.Approved;
            var reason = item.DecisionReasonZh.Length > 0 ? "：" + IdMasking.MaskIdNumbersIn(item.DecisionReasonZh) : "";
            progress.History.Add(Step(decided, item.UpdatedAt, $"第 {item.ItemNo} 项{reason}"));
        }

        if (status is ClaimStatus.Paid)
        {
            progress.History.Add(Step(ClaimStatus.Paid, record.UpdatedAt, ""));
        }

        return progress;
    }

    private static ProgressStep Step(ClaimStatus status, DateTimeOffset at, string note) =>
        new() { State = Token(status), StateZh = NameZh(status), At = Timestamp.FromDateTimeOffset(at), NoteZh = note };

    private static string Token(ClaimStatus status) => status switch
    {
        ClaimStatus.Submitted => "SUBMITTED",
        ClaimStatus.Approved => "APPROVED",
        ClaimStatus.Rejected => "REJECTED",
        ClaimStatus.Paid => "PAID",
        _ => "UNSPECIFIED",
    };

    private static string NameZh(ClaimStatus status) => status switch
    {
        ClaimStatus.Submitted => "已受理",
        ClaimStatus.Approved => "审核通过",
        ClaimStatus.Rejected => "审核不通过",
        ClaimStatus.Paid => "已拨付",
        _ => "未知状态",
    };

    private static string KindZh(V1.SubsidyKind kind) => kind switch
    {
        V1.SubsidyKind.Absorption => "一次性吸纳就业补贴申请",
        V1.SubsidyKind.JobExpansion => "一次性扩岗补助申请",
        V1.SubsidyKind.SocialInsurance => "社会保险补贴申请",
        V1.SubsidyKind.Traineeship => "就业见习补贴申请",
        V1.SubsidyKind.StabilisationRefund => "稳岗返还申请",
        V1.SubsidyKind.Startup => "一次性创业补贴申请",
        _ => "就业补贴申请",
    };
}
