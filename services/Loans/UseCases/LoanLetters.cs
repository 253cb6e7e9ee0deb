using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Applications;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// 决定书 of the office's review of a loan application (审核通过 or 不通过): to the borrower (a person or an enterprise),
/// one line, passed on to the guarantee agency with the amount applied for, or refused with the clerk's reason and the
/// product's conditions not met. The guarantee agency's and the bank's decisions are theirs, not this letter's.
/// </summary>
internal sealed class LoanLetters(ApplicationStore applications) : IDecisionLetters
{
    public async Task<LetterDraft> DraftAsync(string reference, Caller caller, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(reference, forChange: false, cancellationToken)
            ?? throw DomainRuleException.NotFound("贷款申请", reference);
        caller.RequireVisible("贷款申请", application.Id, application.BankCode, applications.OwnerOf(application), application.Region);
        // The last review decision, unless an appeal set it aside since (the move back to 已受理 comes after it).
        var decision = application.History.LastOrDefault(m => ApplicationStates.Decides(m.To) || m.To == V1.ApplicationState.Accepted) is { } last && ApplicationStates.Decides(last.To)
            ? last
            : throw DomainRuleException.NotAllowed($"申请当前状态为{ApplicationStates.NameZh(application.State)}，审核决定作出后才有决定书。");
        var record = applications.RecordOf(application);
        var approved = decision.To == V1.ApplicationState.Reviewed;
        var byEnterprise = (BorrowerKeyKind)record.BorrowerKeyKind == BorrowerKeyKind.CreditCode;
        var letter = new DecisionLetter
        {
            Reference = application.Id,
            KindZh = "创业担保贷款",
            AddresseeZh = byEnterprise
                ? $"借款单位（统一社会信用代码 {record.BorrowerMasked}）"
                : $"{(record.NameMasked.Length > 0 ? record.NameMasked : "借款人")}（公民身份号码 {record.BorrowerMasked}）",
            YouZh = byEnterprise ? "你单位" : "你",
            ReceivedOn = MessageValues.Date(ChinaClock.DateOf(record.CreatedAt)),
            Total = new Money { Fen = approved ? application.AmountFen : 0 },
            NextStepZh = approved ? ApplicationStates.AfterApprovalZh : "",
            DecidedBy = { decision.Actor },
            DecidedAt = MessageValues.Time(decision.At),
        };
        letter.Lines.Add(DecisionLetters.Line("", approved, application.AmountFen, decision.Reason, application.Eligibility));
        return new LetterDraft(letter, Employment.Policy.Model.Region.Parse(application.Region), ChinaClock.DateOf(decision.At)) { Owner = applications.OwnerOf(application) };
    }
}
