using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 决定书 of a decided training application: to the person who applied (or, for 新型学徒制, the enterprise it pays),
/// one line, approved with the amount or refused with the clerk's reason and the conditions not met.
/// </summary>
public sealed class ApplicationLetters(TrainingDbContext db, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds) : IDecisionLetters
{
    public async Task<LetterDraft> DraftAsync(string reference, Caller caller, CancellationToken cancellationToken)
    {
        var record = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == reference, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideApplication.What, reference);
        caller.RequireVisible(DecideApplication.What, reference, bankCode: null, record.Owner, record.Region);
        var status = (ApplicationStatus)record.Status;
        if (status is not (ApplicationStatus.Approved or ApplicationStatus.Rejected or ApplicationStatus.Paid) || record.DecidedAt is not { } decidedAt)
        {
            throw DomainRuleException.NotAllowed($"申请当前状态为{SubsidyStatusText.Zh((SubsidyStatus)record.Status)}，审核决定作出后才有决定书。");
        }

        // 新型学徒制 pays the enterprise (R26), whoever took it: its letter is the enterprise's.
        var byEnterprise = record.EnterpriseCreditCode.Length > 0;
        var decidedAtFinal = DecisionLetters.CountedAt(decidedAt, record);
        var letter = new DecisionLetter
        {
            Reference = record.Id,
            KindZh = kinds.NameZh((V1.SubsidyKind)record.Kind),
            AddresseeZh = byEnterprise
                ? $"{record.EnterpriseName}（统一社会信用代码 {record.EnterpriseCreditCode}）"
                : $"{(record.NameMasked.Length > 0 ? record.NameMasked : "申请人")}（公民身份号码 {record.IdNumberMasked}）",
            YouZh = byEnterprise ? "你单位" : "你",
            ReceivedOn = Employment.Policy.Explanations.ProtoMapping.ToProto(ChinaClock.DateOf(record.CreatedAt)),
            Total = new Money { Fen = status == ApplicationStatus.Rejected ? 0 : record.AmountFen },
            NextStepZh = DecisionLetters.PaymentStepZh((SubsidyStatus)record.Status, byEnterprise ? "你单位" : "你", record.PaidOn, record.PaymentReference),
            DecidedBy = { record.DecidedBy },
            ReviewedBy = DecisionLetters.ReviewerOf(record),
            DecidedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(decidedAtFinal),
        };
        letter.Lines.Add(DecisionLetters.Line("", status != ApplicationStatus.Rejected, record.AmountFen, record.DecisionReasonZh,
            Explanation.Parser.ParseFrom(record.Explanation)));
        return new LetterDraft(letter, Employment.Policy.Model.Region.Parse(record.Region), ChinaClock.DateOf(decidedAtFinal)) { Owner = record.Owner };
    }
}
