using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Hiring.UseCases.SelfChecks;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Records;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// Social-insurance subsidy claims for hires: judged again and, when every hire passes, stored with
/// each hire's subsidised months (held for the person while the item stands) in the transaction of its
/// answer. A month another claim already subsidises — found by the judgement, or by the unique index
/// when a racing claim was stored in between — is ALREADY_EXISTS naming that claim, the month and the
/// rule; any other refusal stores nothing (FAILED_PRECONDITION naming hires[i] and the rules).
/// </summary>
public sealed class SocialInsuranceClaims(ClaimStore store, SocialInsuranceClaimJudging judging) : ClaimKind<JudgedSocialInsuranceClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.SocialInsurance, "社会保险补贴（招用人员）", "hiring.social_insurance_subsidy", "hires") { AskedToo = ["employer", "individual_business"], Online = true }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedInsuredMonths>();
        services.TryAddSingleton<SelfCheckInsuredHire>();
        services.AddSelfCheckForm(SelfCheckInsuredHire.Form);
        services.TryAddSingleton<SocialInsuranceJudge>();
        services.TryAddScoped<SocialInsuranceClaimJudging>();
    }

    /// <summary>A social-insurance claim judged, not stored: each hire with the routes' checks and the months it would pay (R21, R25).</summary>
    protected override V1.HiringClaim Preview(JudgedSocialInsuranceClaim judged)
    {
        var answer = ClaimAnswers.PreviewHeader(judged.Claimant, V1.SubsidyKind.SocialInsurance, judged.TotalFen);
        answer.Items.AddRange(judged.Items.Select(i => new V1.ClaimItemResult
        {
            PersonIdNumber = i.Person.IdNumberMasked,
            NameMasked = i.Person.NameMasked,
            Approved = i.Judgement.Approved && i.HeldMonth is null,
            Amount = new Money { Fen = i.Judgement.AmountFen },
            Explanation = i.Explanation,
            ConflictingClaimReference = i.HeldMonth?.ClaimId ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = i.Judgement.Measures.Any(m => m.PolicyInForce),
            EventDate = ProtoMapping.ToProto(i.Contract.Start),
            Hire = HireInput.Given(i.Contract, i.ContractEnd, i.Person.IdNumberMasked),
            SubsidisedMonths = { i.SubsidisedMonths },
        }));
        return answer;
    }

    protected override void EnsureGranted(JudgedSocialInsuranceClaim judged)
    {
        foreach (var item in judged.Items)
        {
            if (item.HeldMonth is { } held)
            {
                throw AlreadySubsidised(item, held);
            }

            ClaimShape.EnsureGranted($"hires[{item.Index}]", item.Index, item.Person.IdNumberMasked, item.Explanation, item.Judgement.Approved);
        }
    }

    /// <summary>An employer's owed hires as one claim.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.Together(employer, items, (claim, item) => claim.Hires.Add(item.Hire.Clone()));

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.Hire = HireInput.Given(new Domain.OneOffHires.HireContract(item.ContractStart, 0, item.OpenEnded), item.ContractEnd, item.IdNumberMasked);
    }

    protected override HiringClaimRecord Record(string claimId, JudgedSocialInsuranceClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var record = ClaimShape.NewClaim(claimId, V1.SubsidyKind.SocialInsurance, judged.Claimant, request,
            request.IndividualBusiness?.EvidenceReference.Trim() ?? "", judged.TotalFen, clerk, now);
        record.InsuredAsUnit = judged.Employer.InsuredAsUnit;
        record.HasEmployees = judged.Employer.HasEmployees;
        foreach (var item in judged.Items)
        {
            var row = ClaimShape.AddItem(record, item.Index + 1, item.Person, item.Judgement.AmountFen, item.Explanation.ToByteArray(), clerk, now);
            row.ContractStart = item.Contract.Start;
            row.ContractEnd = item.ContractEnd;
            row.OpenEnded = item.Contract.OpenEnded;
            row.SubsidisedMonths = string.Join(",", item.SubsidisedMonths);
            foreach (var month in item.SubsidisedMonths)
            {
                var held = new SubsidisedMonthRecord { ClaimId = record.Id, ItemNo = row.ItemNo, Month = month, PersonId = item.Person.PersonId, StandingPerson = item.Person.PersonId };
                held.StampCreated(clerk.Subject, now);
                Store.Db.SubsidisedMonths.Add(held);
            }
        }

        return record;
    }

    /// <summary>A racing claim took one of these months between our judgement and our write (R21, R25).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedSocialInsuranceClaim judged, CancellationToken cancellationToken)
    {
        var standing = await Store.Db.StandingMonthsAsync(judged.Items.Select(i => i.Person.PersonId).ToList(), cancellationToken);
        foreach (var item in judged.Items)
        {
            if (standing.TryGetValue(item.Person.PersonId, out var months) && MonthsPaidOnce.FirstHeld([.. months], item.SubsidisedMonths) is { } held)
            {
                return AlreadySubsidised(item, held);
            }
        }

        return null;
    }

    private static DomainRuleException AlreadySubsidised(JudgedSocialInsuranceHire item, StandingMonth held)
    {
        var field = $"hires[{item.Index}].contributions";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"第 {item.Index + 1} 项（{item.Person.IdNumberMasked}）{held.Month} 的社会保险补贴已由申请 {held.ClaimId} 申领；同一月份只补贴一次（裁定 R21、R25）。 (field: {field}; first claim: {held.ClaimId}; rule: {MonthsPaidOnce.Rule})",
            field: field, ruleId: MonthsPaidOnce.Rule);
    }
}
