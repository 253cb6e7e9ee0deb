using Employment.Common.V1;
using Employment.Identity;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Employment.Persistence.Payments;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 办理进度: a person follows an application with its reference and 查询码. The code is
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
        var status = (SubsidyStatus)record.Status;
        var progress = SubsidyProgress.Header(record.Id, KindZh((V1.SubsidyKind)record.Kind), status, record.CreatedAt, record.UpdatedAt, record.NameMasked);
        progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Submitted, record.CreatedAt, ""));
        if (status is SubsidyStatus.Approved or SubsidyStatus.Paid)
        {
            progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Approved, record.DecidedAt ?? record.UpdatedAt, ""));
        }
        else if (status is SubsidyStatus.Rejected)
        {
            progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Rejected, record.DecidedAt ?? record.UpdatedAt, IdMasking.MaskIdNumbersIn(record.DecisionReasonZh)));
        }

        if (status is SubsidyStatus.Paid)
        {
            progress.History.Add(SubsidyProgress.Step(SubsidyStatus.Paid, record.PaidRecordedAt ?? record.UpdatedAt, ""));
        }

        return progress;
    }

    private static string KindZh(V1.SubsidyKind kind) => kind switch
    {
        V1.SubsidyKind.SkillUpgrade => "技能提升补贴申请",
        V1.SubsidyKind.VocationalTraining => "职业培训补贴申请",
        V1.SubsidyKind.NewApprenticeship => "企业新型学徒制培训补贴申请",
        _ => "培训补贴申请",
    };
}
