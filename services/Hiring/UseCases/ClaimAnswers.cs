using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Payments;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;
using Employment.Persistence.Work;

namespace Employment.Hiring.UseCases;

/// <summary>
/// A stored claim, or a preview, as the contract's <see cref="V1.HiringClaim"/>: people by masked number and
/// name only; each item's own field as its kind's class describes it.
/// </summary>
public sealed class ClaimAnswers(SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, Employment.Policy.PolicyCatalog catalog)
{
    /// <summary>A claim as a read answers it: with the hold in force on it, and its 办结时限 against <paramref name="today"/> while it waits for a decision or a review.</summary>
    /// <param name="explained">False for a list that shows no checks: the stored explanations are not read.</param>
    public V1.HiringClaim Read(HiringClaimRecord record, DateOnly today, IReadOnlyDictionary<string, PaymentHoldRecord> holds, bool explained = true)
    {
        var answer = Of(record, explained);
        answer.PaymentHold = PaymentHoldModel.InfoOf(holds.GetValueOrDefault(record.Id));
        if ((V1.ClaimStatus)record.Status is V1.ClaimStatus.Submitted or V1.ClaimStatus.AwaitingReview)
        {
            answer.TimeLimit = DecisionTimeLimits.Of(catalog, kinds.Of((V1.SubsidyKind)record.Kind).Measure,
                Employment.Policy.Model.Region.Parse(record.Region), record.ReceivedOn, today);
        }

        return answer;
    }

    public V1.HiringClaim Of(HiringClaimRecord record, bool explained = true)
    {
        ArgumentNullException.ThrowIfNull(record);
        var answer = new V1.HiringClaim
        {
            ClaimId = record.Id,
            Employer = record.EmployerId.Length > 0 ? new EmployerKey { EmployerId = record.EmployerId } : null,
            EmployerName = record.EmployerName,
            EmployerCreditCode = record.EmployerCreditCode,
            Kind = (V1.SubsidyKind)record.Kind,
            Status = (V1.ClaimStatus)record.Status,
            Total = new Money { Fen = record.TotalFen },
            Region = new RegionCode { Code = record.Region },
            Record = record.ToRecordInfo(),
            HandledBy = WorkHandOver.HandlerOf(record),
            BatchId = record.BatchId ?? "",
            ReceivedOn = ProtoMapping.ToProto(record.ReceivedOn),
            ReceiptNumber = record.ReceiptNumber,
            Channel = (Channel)record.Channel,
            Materials = { record.Stored },
            OfferId = record.OfferId,
            Review = DecisionReviews.Answer(record, record.Items.OrderBy(i => i.ItemNo).Select(i => i.DecidedBy)),
            PaymentFailure = PaymentFailures.FailureOf(record),
            Payment = record.PaidOn is { } paid
                ? new PaymentMade { PaidOn = ProtoMapping.ToProto(paid), Amount = new Money { Fen = record.TotalFen }, PaymentReference = record.PaymentReference }
                : null,
        };
        var kind = kinds.For((V1.SubsidyKind)record.Kind);
        foreach (var i in record.Items.OrderBy(i => i.ItemNo))
        {
            var item = new V1.ClaimItemResult
            {
                ItemNo = i.ItemNo,
                PersonIdNumber = i.IdNumberMasked,
                NameMasked = i.NameMasked,
                Approved = i.AmountFen > 0,
                Amount = new Money { Fen = i.AmountFen },
                Explanation = explained ? Explanation.Parser.ParseFrom(i.Explanation) : null,
                Status = (V1.ClaimStatus)i.Status,
                DecisionReasonZh = i.DecisionReasonZh,
                PolicyInForce = true,
                EventDate = ProtoMapping.ToProto(i.ContractStart),
                PaidMonths = i.PaidMonths,
                SubsidisedMonths = { i.SubsidisedMonths.Split(',', StringSplitOptions.RemoveEmptyEntries) },
            };
            kind.DescribeItem(item, record, i);
            answer.Items.Add(item);
        }

        return answer;
    }


    /// <summary>The header of a preview of an employer's claim: status PREVIEW, no id.</summary>
    internal static V1.HiringClaim PreviewHeader(Claimant claimant, V1.SubsidyKind kind, long totalFen) => new()
    {
        Employer = new EmployerKey { EmployerId = claimant.EmployerId },
        EmployerName = claimant.Name,
        EmployerCreditCode = claimant.CreditCode,
        Kind = kind,
        Status = V1.ClaimStatus.Preview,
        Total = new Money { Fen = totalFen },
        Region = new RegionCode { Code = claimant.Region.Code },
    };

    /// <summary>The header of a preview of a claim a person makes for themself (no employer), decided in <paramref name="region"/>.</summary>
    internal static V1.HiringClaim PersonsPreviewHeader(V1.SubsidyKind kind, long totalFen, string region) => new()
    {
        Kind = kind,
        Status = V1.ClaimStatus.Preview,
        Total = new Money { Fen = totalFen },
        Region = new RegionCode { Code = region },
    };

    /// <summary>Whether the policy-in-force check (the named one, or the first check) passed: "no policy" is not "refused" (R1).</summary>
    internal static bool InForce(Explanation explanation, string? ruleId) =>
        (ruleId is null ? explanation.Checks.FirstOrDefault() : explanation.Checks.FirstOrDefault(c => c.RuleId == ruleId))?.Passed == true;
}
