using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 决定书 of a decided hiring claim: to the employer (its name and credit code), or to the person who claimed for
/// themself; one line per item, approved with its amount or refused with the clerk's reason and the conditions not met.
/// </summary>
public sealed class ClaimLetters(HiringDbContext db, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds) : IDecisionLetters
{
    public async Task<LetterDraft> DraftAsync(string reference, Caller caller, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == reference, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideClaimItem.What, reference);
        caller.RequireVisible(DecideClaimItem.What, reference, bankCode: null, ClaimQueries.OwnerOf(claim), claim.Region);
        var status = (ClaimStatus)claim.Status;
        var decided = claim.Items.Where(i => i.DecidedAt is not null).Select(i => i.DecidedAt!.Value).DefaultIfEmpty().Max();
        if (status is not (ClaimStatus.Approved or ClaimStatus.Rejected or ClaimStatus.Paid) || decided == default)
        {
            throw DomainRuleException.NotAllowed($"申请当前状态为{SubsidyStatusText.Zh((SubsidyStatus)claim.Status)}，审核决定作出后才有决定书。");
        }

        var byEmployer = claim.EmployerId.Length > 0;
        var person = claim.Items.OrderBy(i => i.ItemNo).First();
        var you = byEmployer ? "你单位" : "你";
        var decidedAt = DecisionLetters.CountedAt(decided, claim);
        var letter = new DecisionLetter
        {
            Reference = claim.Id,
            KindZh = kinds.NameZh((V1.SubsidyKind)claim.Kind),
            AddresseeZh = byEmployer
                ? $"{claim.EmployerName}（统一社会信用代码 {claim.EmployerCreditCode}）"
                : $"{(person.NameMasked.Length > 0 ? person.NameMasked : "申请人")}（公民身份号码 {person.IdNumberMasked}）",
            YouZh = you,
            ReceivedOn = Employment.Policy.Explanations.ProtoMapping.ToProto(claim.ReceivedOn),
            Total = new Money { Fen = claim.TotalFen },
            NextStepZh = DecisionLetters.PaymentStepZh((SubsidyStatus)claim.Status, you, claim.PaidOn, claim.PaymentReference),
            ReviewedBy = DecisionLetters.ReviewerOf(claim),
            DecidedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(decidedAt),
        };
        letter.DecidedBy.AddRange(claim.Items.Select(i => i.DecidedBy).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal));
        var many = claim.Items.Count > 1 || byEmployer;
        foreach (var item in claim.Items.OrderBy(i => i.ItemNo))
        {
            var about = many ? $"第 {item.ItemNo} 项{(item.NameMasked.Length > 0 ? $"（{item.NameMasked}）" : "")}" : "";
            letter.Lines.Add(DecisionLetters.Line(about, (ClaimStatus)item.Status is ClaimStatus.Approved or ClaimStatus.Paid, item.AmountFen, item.DecisionReasonZh,
                Explanation.Parser.ParseFrom(item.Explanation)));
        }

        return new LetterDraft(letter, Employment.Policy.Model.Region.Parse(claim.Region), ChinaClock.DateOf(decidedAt)) { Owner = ClaimQueries.OwnerOf(claim) };
    }
}
