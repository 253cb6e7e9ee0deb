using Employment.Common.V1;
using Employment.Persistence.Payments;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Employment.Persistence.Reviews;

/// <summary>
/// 复核 (maker-checker), in every service that decides: where the catalog configures it for a measure in the
/// region on the day of the decision (<c>{measure}.review_from_amount</c>, R3, with its source), an approval of that amount or more waits (待复核) until a second clerk of the office, allowed to
/// review and not the one who decided, confirms it; a return sends it back to be decided again. A rejection
/// pays nothing and needs no review. A measure with no value configured needs none.
/// </summary>
public static class DecisionReviews
{
    /// <summary>The catalog key of the amount from which an approval of the measure needs review.</summary>
    /// <param name="measure">The catalog's measure a kind pays under, the prefix of its keys (training.skill_upgrade, hiring.absorption).</param>
    public static string KeyOf(string measure) => $"{measure}.review_from_amount";

    /// <summary>The configured value when an approval of <paramref name="amountFen"/> needs review; null when it needs none.</summary>
    public static ParameterValue? Threshold(PolicyCatalog catalog, string key, Region region, DateOnly day, long amountFen)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.TryResolve(key, region, day, out var value) && amountFen >= value.Value.Fen ? value : null;
    }

    /// <summary>An approval: awaiting review when a threshold asks for it, else approved; the last review's outcome stays until the next review.</summary>
    public static SubsidyStatus Approve(IReviewable record, ParameterValue? threshold)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.ReviewThreshold = threshold is null ? null : ProtoMapping.ToProto(threshold).ToByteArray();
        record.ReviewFromFen = threshold?.Value.Fen;
        return threshold is null ? SubsidyStatus.Approved : SubsidyStatus.AwaitingReview;
    }

    /// <summary>
    /// 复核 of an approval awaiting it: confirmed, it counts (approved); returned, with the reason the deciding
    /// clerk reads, it waits to be decided again (submitted).
    /// </summary>
    /// <exception cref="DomainRuleException">Nothing awaits review (FAILED_PRECONDITION), or a return without a reason (INVALID_ARGUMENT, reason_zh).</exception>
    /// <exception cref="Grpc.Core.RpcException">PERMISSION_DENIED: the reviewer may not review, or made the decision.</exception>
    public static SubsidyStatus Review(IReviewable record, SubsidyStatus current, Caller reviewer, IReadOnlyCollection<string> decidedBy, ReviewDecisionRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(request);
        if (current != SubsidyStatus.AwaitingReview)
        {
            throw DomainRuleException.NotAllowed($"当前状态为{SubsidyStatusText.Zh(current)}，只有待复核的决定可以复核。");
        }

        reviewer.RequireReviewerOf(decidedBy);
        if (!request.Confirm && string.IsNullOrWhiteSpace(request.ReasonZh))
        {
            throw DomainRuleException.Invalid("reason_zh", "退回重审时请写明原因，经办人员据此重新审核。");
        }

        record.ReviewedBy = reviewer.Subject;
        record.ReviewedAt = now;
        record.ReviewReturned = !request.Confirm;
        record.ReviewReasonZh = request.ReasonZh.Trim();
        return request.Confirm ? SubsidyStatus.Approved : SubsidyStatus.Submitted;
    }

    /// <summary>Where the review stands, as every answer says it.</summary>
    public static DecisionReview Answer(IReviewable record, IEnumerable<string> decidedBy)
    {
        ArgumentNullException.ThrowIfNull(record);
        var answer = new DecisionReview
        {
            Required = record.ReviewThreshold is not null,
            ReviewedBy = record.ReviewedBy ?? "",
            Returned = record.ReviewReturned,
            ReasonZh = record.ReviewReasonZh,
        };
        if (record.ReviewThreshold is { } threshold)
        {
            answer.Threshold = Citation.Parser.ParseFrom(threshold);
            answer.FromAmount = new Money { Fen = record.ReviewFromFen ?? 0 };
        }

        if (record.ReviewedAt is { } at)
        {
            answer.ReviewedAt = Timestamp.FromDateTimeOffset(at);
        }

        answer.DecidedBy.AddRange(decidedBy.Where(d => d.Length > 0).Distinct(StringComparer.Ordinal));
        return answer;
    }
}
