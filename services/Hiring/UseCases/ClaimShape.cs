using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Submissions;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>What every kind of claim shares: its items only in the kind's own field, the stored claim's header, a refused item's answer.</summary>
public static class ClaimShape
{
    /// <summary>
    /// A claim carries the items of its kind only: a field another registered kind takes (<see cref="TakenKind{TKind}.ItemFields"/>)
    /// is INVALID_ARGUMENT naming the field that should be empty. Presence is read from the contract's own
    /// descriptor, so a new kind's fields need no line here.
    /// </summary>
    public static void OnlyTheKindsItems(V1.SubmitClaimRequest request, TakenKind<V1.SubsidyKind> kind, IEnumerable<TakenKind<V1.SubsidyKind>> all)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(all);
        var stray = all.SelectMany(k => k.ItemFields).Distinct().Except(kind.ItemFields).FirstOrDefault(field => Present(request, field));
        if (stray is not null)
        {
            throw DomainRuleException.Invalid(stray, $"该类补贴申请只填写 {kind.ItemFields.FirstOrDefault()}，{stray} 应为空。");
        }
    }

    private static bool Present(V1.SubmitClaimRequest request, string fieldName)
    {
        var field = V1.SubmitClaimRequest.Descriptor.FindFieldByName(fieldName)
            ?? throw new InvalidOperationException($"SubmitClaimRequest has no field {fieldName}.");
        return field.Accessor.GetValue(request) switch
        {
            System.Collections.IList list => list.Count > 0,
            int number => number != 0,
            null => false,
            _ => true,
        };
    }

    /// <summary>A new claim of <paramref name="kind"/> for the claimant, 已受理, stamped by the clerk.</summary>
    public static HiringClaimRecord NewClaim(string id, V1.SubsidyKind kind, Claimant claimant, V1.SubmitClaimRequest request, string evidence, long totalFen, Caller clerk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var record = new HiringClaimRecord
        {
            Id = id,
            Kind = (int)kind,
            Status = (int)ClaimStatus.Submitted,
            EmployerId = claimant.EmployerId,
            EmployerCreditCode = claimant.CreditCode,
            EmployerName = claimant.Name,
            Region = claimant.Region.Code,
            EmployerEvidence = evidence,
            PaymentAccount = ClaimText.Account(request),
            TotalFen = totalFen,
        };
        return Received(record, request, clerk, now);
    }

    /// <summary>A new claim of <paramref name="kind"/> a person makes for themself (no employer), decided in <paramref name="region"/>, 已受理.</summary>
    public static HiringClaimRecord NewPersonsClaim(string id, V1.SubsidyKind kind, string region, string evidence, V1.SubmitClaimRequest request, long totalFen, Caller clerk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var record = new HiringClaimRecord
        {
            Id = id,
            Kind = (int)kind,
            Status = (int)ClaimStatus.Submitted,
            EmployerId = "",
            EmployerCreditCode = "",
            EmployerName = "",
            Region = region,
            EmployerEvidence = evidence,
            PaymentAccount = ClaimText.Account(request),
            TotalFen = totalFen,
        };
        return Received(record, request, clerk, now);
    }

    /// <summary>The claim stamped by the clerk who entered it, with the day the bureau received it and its receipt number (R31).</summary>
    private static HiringClaimRecord Received(HiringClaimRecord record, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var receipt = ClaimReceipt.Of(request, ChinaClock.DateOf(now));
        record.ReceivedOn = receipt.ReceivedOn;
        record.ReceiptNumber = receipt.ReceiptNumber;
        record.StampCreated(clerk.Subject, now);
        return record;
    }

    /// <summary>
    /// A new item of <paramref name="record"/>, 已受理, about <paramref name="person"/> (none when the employer
    /// claims for itself, as in 稳岗返还), stamped by the clerk and added to the claim; the kind sets the rest.
    /// </summary>
    public static HiringClaimItemRecord AddItem(HiringClaimRecord record, int itemNo, RegistryPerson? person, long amountFen, byte[] explanation, Caller clerk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(clerk);
        var row = new HiringClaimItemRecord
        {
            ClaimId = record.Id,
            ItemNo = itemNo,
            Kind = record.Kind,
            Status = (int)ClaimStatus.Submitted,
            PersonId = person?.PersonId ?? "",
            IdNumberMasked = person?.IdNumberMasked ?? "",
            NameMasked = person?.NameMasked ?? "",
            AmountFen = amountFen,
            Explanation = explanation,
        };
        row.StampCreated(clerk.Subject, now);
        record.Items.Add(row);
        return row;
    }

    /// <summary>
    /// An item the rules refuse stops the whole claim (the clerk previews, removes it, submits the rest):
    /// FAILED_PRECONDITION naming the item and the failed rules.
    /// </summary>
    public static void EnsureGranted(string field, int index, string idNumberMasked, Explanation explanation, bool approved)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        if (approved)
        {
            return;
        }

        var failed = explanation.Checks.Where(c => !c.Passed).ToList();
        var rules = string.Join("、", failed.Select(c => c.RuleId));
        throw DomainRuleException.NotAllowed(
            $"第 {index + 1} 项（{idNumberMasked}）不符合条件：{explanation.SummaryZh} (field: {field}; rules: {rules})",
            failed.Count > 0 ? failed[0].RuleId : null);
    }
}
