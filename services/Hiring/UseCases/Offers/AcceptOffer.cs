using Employment.Persistence.Lifecycle;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Outbox;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 免申即享, accepted: the claimant confirms the account to pay into and the offer's prepared claim is submitted as a
/// counter's claim is (judged again on today's facts, idempotent on the key, refused whole when a rule refuses), received
/// online as an offer (<see cref="Channel.Offered"/>) into the queue of the claimant's region; in the same transaction the
/// offer settles and a message says the claim was received. Where 免审即享 is in force for the measure
/// (<see cref="OffersWithoutReview"/>), the claim is approved in the same transaction.
/// </summary>
public sealed class AcceptOffer(HiringDbContext db, ClaimKinds kinds, ClaimStore store, SubsidyKinds<V1.SubsidyKind, IClaimKind> taken, ClaimAnswers answers, OffersWithoutReview withoutReview, RemedySentences remedies, ChinaClock clock)
{
    public async Task<V1.HiringClaim> AcceptAsync(V1.AcceptOfferRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var owner = OfferOwner.Of(caller);
        RequestKeys.RequireId(request.OfferId, "offer_id", "待确认补贴的编号");
        if (string.IsNullOrWhiteSpace(request.PaymentAccount))
        {
            throw RpcErrors.Invalid("payment_account", "请填写收款银行账号：补贴审核通过、公示期满后发放到这个账户。");
        }

        var id = request.OfferId.Trim();
        var offer = await owner.Of(db.Offers).FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound("待确认的补贴", $"{PlainText.Quote(id, 64)}（offer_id）");
        if (offer.State == (int)V1.OfferState.Accepted)
        {
            // Accepted before (this request retried, or another page): the claim it became.
            var claimed = await db.Claims.AsNoTracking().Include(c => c.Items).FirstAsync(c => c.Id == offer.ClaimId, cancellationToken);
            return answers.Of(claimed);
        }

        if (offer.State == (int)V1.OfferState.Withdrawn)
        {
            throw DomainRuleException.NotAllowed($"这项补贴已撤回，不能再确认：{offer.WithdrawnReasonZh}");
        }

        var claim = V1.SubmitClaimRequest.Parser.ParseFrom(offer.Claim);
        claim.IdempotencyKey = request.IdempotencyKey;
        claim.PaymentAccount = request.PaymentAccount.Trim();
        var kindZh = taken.NameZh(claim.Kind);
        store.Taking = record =>
        {
            var now = clock.Now;
            (record.Channel, record.OfferId) = ((int)Channel.Offered, offer.Id);
            (offer.State, offer.ClaimId, offer.SettledAt) = ((int)V1.OfferState.Accepted, record.Id, now);
            var approved = withoutReview.TryApprove(record, clock.Today, now);
            db.AddMessage(OfferMessages.Received(offer, record, kindZh, now), now);
            if (approved)
            {
                ClaimMessages.Decided(db, record, kindZh, now, remedies);
            }
        };
        var judge = OfferOwner.Judge(caller);
        return await kinds.For(claim, judge).SubmitAsync(claim, judge, cancellationToken);
    }
}
