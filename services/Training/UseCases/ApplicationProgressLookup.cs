using Employment.Common.V1;
using Employment.Identity;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 办理进度 (issue 16): a person follows an application with its reference and 查询码. The code is
/// checked before anything about the application is used; an unknown reference and a wrong code are
/// the one refusal of <see cref="ProgressCodes"/>. The answer is the masked summary: kind, status,
/// dates, the steps (受理, the decision, the payment), the masked name; never the identity number,
/// the amount, the certificate or the account.
/// </summary>
public sealed class ApplicationProgressLookup(TrainingDbContext db, ProgressGuesses guesses)
{
    public async Task<ApplicationProgress> FindAsync(string reference, string code, CancellationToken cancellationToken)
    {
        var record = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == reference, cancellationToken);
        guesses.Require(reference, record?.ProgressCodeHash, code);
        return Of(record!);
    }

    private static ApplicationProgress Of(TrainingApplicationRecord record)
    {
        var status = (ApplicationStatus)record.Status;
        var progress = new ApplicationProgress
        {
            Reference = record.Id,
            KindZh = KindZh((V1.SubsidyKind)record.Kind),
            State = Token(status),
            StateZh = NameZh(status),
            Closed = status is ApplicationStatus.Rejected or ApplicationStatus.Paid,
            SubmittedOn = ProtoMapping.ToProto(ChinaClock.DateOf(record.CreatedAt)),
            UpdatedAt = Timestamp.FromDateTimeOffset(record.UpdatedAt),
            NameMasked = record.NameMasked,
        };
        progress.History.Add(Step(ApplicationStatus.Submitted, record.CreatedAt, ""));
        if (status is ApplicationStatus.Approved or ApplicationStatus.Paid)
        {
            progress.History.Add(Step(ApplicationStatus.Approved, record.DecidedAt ?? record.UpdatedAt, ""));
        }
        else if (status is ApplicationStatus.Rejected)
        {
            progress.History.Add(Step(ApplicationStatus.Rejected, record.DecidedAt ?? record.UpdatedAt, IdMasking.MaskIdNumbersIn(record.DecisionReasonZh)));
        }

        if (status is ApplicationStatus.Paid)
        {
            progress.History.Add(Step(ApplicationStatus.Paid, record.PaidRecordedAt ?? record.UpdatedAt, ""));
        }

        return progress;
    }

    private static ProgressStep Step(ApplicationStatus status, DateTimeOffset at, string note) =>
        new() { State = Token(status), StateZh = NameZh(status), At = Timestamp.FromDateTimeOffset(at), NoteZh = note };

    private static string Token(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "SUBMITTED",
        ApplicationStatus.Approved => "APPROVED",
        ApplicationStatus.Rejected => "REJECTED",
        ApplicationStatus.Paid => "PAID",
        _ => "UNSPECIFIED",
    };

    private static string NameZh(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "已受理",
        ApplicationStatus.Approved => "审核通过",
        ApplicationStatus.Rejected => "审核不通过",
        ApplicationStatus.Paid => "已发放",
        _ => "未知状态",
    };

    private static string KindZh(V1.SubsidyKind kind) => kind switch
    {
        V1.SubsidyKind.SkillUpgrade => "技能提升补贴申请",
        V1.SubsidyKind.VocationalTraining => "职业培训补贴申请",
        V1.SubsidyKind.NewApprenticeship => "企业新型学徒制培训补贴申请",
        _ => "培训补贴申请",
    };
}
