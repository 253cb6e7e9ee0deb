using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Hiring.UseCases.SelfChecks;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Records;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// A flexible worker's social-insurance subsidy claim: judged again and, when the rules pay it, stored
/// with its months held for the person (the unique index of subsidised_months: one standing claim per
/// person and month, across every kind) in the transaction of its answer. A month another standing claim
/// holds is ALREADY_EXISTS naming it, the month and the rule; a refusal by the rules stores nothing.
/// </summary>
public sealed class FlexibleWorkerClaims(ClaimStore store, FlexibleWorkerClaimJudging judging) : ClaimKind<JudgedFlexibleWorkerClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    private const string Field = "flexible_worker.contributions";

    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.FlexibleSocialInsurance, "灵活就业人员社会保险补贴", "hiring.social_insurance_subsidy.flexible", "flexible_worker")
        { Online = true, Applicant = FormApplicant.Person, ApplicantPaths = ["flexible_worker.person_id", "flexible_worker.person_id_number"] }];

    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<SelfCheckFlexibleWork>();
        services.AddSelfCheckForm(SelfCheckFlexibleWork.Form);
        services.TryAddSingleton(provider => new FlexibleWorkerJudge(provider.GetRequiredService<PolicyCatalog>(), Taken[0].NameZh));
        services.TryAddScoped<FlexibleWorkerClaimJudging>();
    }

    /// <summary>A flexible worker's claim judged, not stored: the person is the claimant (no employer); the months it would pay (R25).</summary>
    protected override V1.HiringClaim Preview(JudgedFlexibleWorkerClaim judged)
    {
        var answer = ClaimAnswers.PersonsPreviewHeader(V1.SubsidyKind.FlexibleSocialInsurance, judged.Judgement.AmountFen, judged.Region.Code);
        answer.Items.Add(new V1.ClaimItemResult
        {
            PersonIdNumber = judged.Person.IdNumberMasked,
            NameMasked = judged.Person.NameMasked,
            Approved = judged.Judgement.Approved && judged.HeldMonth is null,
            Amount = new Money { Fen = judged.Judgement.AmountFen },
            Explanation = judged.Judgement.Explanation,
            ConflictingClaimReference = judged.HeldMonth?.ClaimId ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = judged.Judgement.PolicyInForce,
            EventDate = ProtoMapping.ToProto(judged.FirstMonth),
            SubsidisedMonths = { judged.Judgement.PaidMonths },
            FlexibleWorker = judged.Given,
        });
        return answer;
    }

    protected override void EnsureGranted(JudgedFlexibleWorkerClaim judged)
    {
        if (judged.HeldMonth is { } held)
        {
            throw AlreadySubsidised(judged, held);
        }

        ClaimShape.EnsureGranted("flexible_worker", 0, judged.Person.IdNumberMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
    }

    /// <summary>One claim per 参保地's months: the person is the claimant.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.OneEach(employer, items, (claim, item) => claim.FlexibleWorker = item.FlexibleWorker.Clone());

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.FlexibleWorker = item.Given is { } given ? V1.FlexibleWorkerItem.Parser.ParseFrom(given) : null;
    }

    protected override HiringClaimRecord Record(string claimId, JudgedFlexibleWorkerClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        // The person is the claimant: no employer; the decision region is where they are insured (R27).
        var record = ClaimShape.NewPersonsClaim(claimId, V1.SubsidyKind.FlexibleSocialInsurance, judged.Region.Code, "", request, judged.Judgement.AmountFen, clerk, now);
        var row = ClaimShape.AddItem(record, 1, judged.Person, judged.Judgement.AmountFen, judged.Judgement.Explanation.ToByteArray(), clerk, now);
        row.ContractStart = judged.FirstMonth;
        row.SubsidisedMonths = string.Join(",", judged.Judgement.PaidMonths);
        row.Given = judged.Given.ToByteArray();
        foreach (var month in judged.Judgement.PaidMonths)
        {
            var holds = new SubsidisedMonthRecord { ClaimId = record.Id, ItemNo = 1, Month = month, PersonId = judged.Person.PersonId, StandingPerson = judged.Person.PersonId };
            holds.StampCreated(clerk.Subject, now);
            Store.Db.SubsidisedMonths.Add(holds);
        }

        return record;
    }

    /// <summary>A racing claim took one of these months between our judgement and our write (R21, R25).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedFlexibleWorkerClaim judged, CancellationToken cancellationToken)
    {
        var standing = await Store.Db.StandingMonthsAsync([judged.Person.PersonId], cancellationToken);
        return standing.TryGetValue(judged.Person.PersonId, out var months) && MonthsPaidOnce.FirstHeld([.. months], judged.Judgement.PaidMonths) is { } held
            ? AlreadySubsidised(judged, held)
            : null;
    }

    private static DomainRuleException AlreadySubsidised(JudgedFlexibleWorkerClaim judged, StandingMonth held) =>
        new(DomainRuleKind.AlreadyExists,
            $"{judged.Person.IdNumberMasked} {held.Month} 的社会保险补贴已由申请 {held.ClaimId} 申领；同一人同一月份只补贴一次（裁定 R21、R25）。 (field: {Field}; first claim: {held.ClaimId}; rule: {MonthsPaidOnce.Rule})",
            field: Field, ruleId: MonthsPaidOnce.Rule);
}
