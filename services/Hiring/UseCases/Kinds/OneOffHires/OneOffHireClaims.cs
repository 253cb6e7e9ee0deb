using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Records;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Employment.Hiring.UseCases.SelfChecks;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 吸纳 and 扩岗 claims (R9): every item judged and, when each passes its rules, the claim stored in the
/// same transaction as its answer. An item refused by a rule stores nothing: FAILED_PRECONDITION naming
/// the item and the rule. A person already claimed for under R9 — found by the judgement, or by the
/// database's unique index when another employer's claim was stored in between — is ALREADY_EXISTS naming
/// that claim and the clause.
/// </summary>
public sealed class OneOffHireClaims(ClaimStore store, HireClaimJudging judging, OneOffHireJudge judge) : ClaimKind<JudgedHireClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    /// <summary>The two kinds' names, which their measures' judging reads too (<see cref="HireMeasures"/>).</summary>
    internal const string AbsorptionZh = "一次性吸纳就业补贴";
    internal const string ExpansionZh = "一次性扩岗补助";

    /// <summary>The hire's questions only the social-insurance subsidy asks (the months and the contributions paid).</summary>
    private static readonly string[] SocialInsuranceOnly = ["hires[].insured_period", "hires[].contributions[]"];

    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } =
        [new(V1.SubsidyKind.Absorption, AbsorptionZh, "hiring.absorption", "hires") { AskedToo = ["employer", "individual_business"], Online = true, NotAsked = SocialInsuranceOnly }, new(V1.SubsidyKind.JobExpansion, ExpansionZh, "hiring.expansion", "hires") { AskedToo = ["employer", "individual_business"], Online = true, NotAsked = SocialInsuranceOnly }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedOneOffHires>();
        services.TryAddSingleton<OwedHireFinder>();
        services.TryAddSingleton<SelfCheckHire>();
        services.AddSelfCheckForm(SelfCheckHire.Form);
        services.TryAddSingleton<OneOffHireJudge>();
        services.TryAddScoped<HireClaimJudging>();
    }

    /// <summary>A judgement not stored: status PREVIEW, no id, no record; each item with its own explanation.</summary>
    protected override V1.HiringClaim Preview(JudgedHireClaim judged)
    {
        var answer = ClaimAnswers.PreviewHeader(judged.Claimant, judged.Kind, judged.TotalFen);
        answer.Items.AddRange(judged.Items.Select(i => new V1.ClaimItemResult
        {
            PersonIdNumber = i.Person.IdNumberMasked,
            NameMasked = i.Person.NameMasked,
            Approved = i.Judgement.Approved,
            Amount = new Money { Fen = i.Judgement.AmountFen },
            Explanation = i.Judgement.Explanation,
            ConflictingClaimReference = i.Judgement.ConflictingClaimReference ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = i.Judgement.PolicyInForce,
            EventDate = ProtoMapping.ToProto(i.Contract.Start),
            Hire = HireInput.Given(i.Contract, i.ContractEnd, i.Person.IdNumberMasked),
        }));
        return answer;
    }

    /// <summary>An item the rules refuse stops the whole claim, naming the item, the failed rules and, under R9, the first claim.</summary>
    protected override void EnsureGranted(JudgedHireClaim judged)
    {
        foreach (var item in judged.Items)
        {
            if (!item.Judgement.Approved && item.Judgement.ConflictingClaimReference is { } first)
            {
                var failed = item.Judgement.Explanation.Checks.Where(c => !c.Passed).ToList();
                var r9 = failed.FirstOrDefault(c => c.RuleId.EndsWith("once_per_person", StringComparison.Ordinal) || c.RuleId.Contains(".not_with_", StringComparison.Ordinal)) ?? failed[0];
                var field = $"hires[{item.Index}].person_id_number";
                throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                    $"第 {item.Index + 1} 项：{r9.DescriptionZh}（裁定 R9）。 (field: {field}; first claim: {first}; rule: {r9.RuleId})",
                    field: field, ruleId: r9.RuleId);
            }

            ClaimShape.EnsureGranted($"hires[{item.Index}]", item.Index, item.Person.IdNumberMasked, item.Judgement.Explanation, item.Judgement.Approved);
        }
    }

    /// <summary>An employer's owed hires of the kind as one claim.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.Together(employer, items, (claim, item) => claim.Hires.Add(item.Hire.Clone()));

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.Hire = HireInput.Given(new Domain.OneOffHires.HireContract(item.ContractStart, 0, item.OpenEnded), item.ContractEnd, item.IdNumberMasked);
    }

    protected override HiringClaimRecord Record(string claimId, JudgedHireClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var record = ClaimShape.NewClaim(claimId, judged.Kind, judged.Claimant, request, request.IndividualBusiness?.EvidenceReference.Trim() ?? "", judged.TotalFen, clerk, now);
        record.InsuredAsUnit = judged.Employer.InsuredAsUnit;
        record.HasEmployees = judged.Employer.HasEmployees;
        foreach (var item in judged.Items)
        {
            var row = ClaimShape.AddItem(record, item.Index + 1, item.Person, item.Judgement.AmountFen, item.Judgement.Explanation.ToByteArray(), clerk, now);
            row.StandingOneOffHirePerson = item.Person.PersonId;
            row.ContractStart = item.Contract.Start;
            row.ContractEnd = item.ContractEnd;
            row.OpenEnded = item.Contract.OpenEnded;
        }

        return record;
    }

    /// <summary>Another employer's claim took one of these people between our judgement and our write (R9).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedHireClaim judged, CancellationToken cancellationToken)
    {
        var people = judged.Items.Select(i => i.Person.PersonId).ToList();
        var holder = await Store.Db.StandingClaimOfAnyAsync(people, cancellationToken);
        var lost = judged.Items.FirstOrDefault(i => i.Person.PersonId == holder?.PersonId) ?? judged.Items[0];
        var first = holder?.ClaimId ?? "";
        var (ruleId, clause) = judge.Exclusion(HireKinds.Of(judged.Kind), judged.Claimant.Region, lost.Contract.Start);
        var field = $"hires[{lost.Index}].person_id_number";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"第 {lost.Index + 1} 项（{lost.Person.IdNumberMasked}）已由申请 {first} 申领一次性吸纳就业补贴或扩岗补助；同一人只能由一家单位享受其中一项、一次（{clause}，裁定 R9）。 (field: {field}; first claim: {first}; rule: {ruleId})",
            field: field, ruleId: ruleId);
    }
}
