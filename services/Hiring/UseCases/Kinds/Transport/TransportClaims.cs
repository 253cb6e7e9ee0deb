using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Referral;
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
/// 一次性交通补助 claims: judged again and, when the rules pay it, stored holding one of the county's
/// places for the person and year (a unique key) in the transaction of its answer. The county's count
/// reached — by the judgement, or by the unique index when a racing claim took the place in between — is
/// ALREADY_EXISTS naming the standing claims and the rule; nothing is stored.
/// </summary>
public sealed class TransportClaims(ClaimStore store, TransportClaimJudging judging) : ClaimKind<JudgedTransportClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.Transport, "一次性交通补助", "hiring.transport_subsidy", "transport")
        { Online = true, Applicant = FormApplicant.Person, ApplicantPaths = ["transport.person_id", "transport.person_id_number"] }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedTransport>();
        services.TryAddSingleton(provider => new TransportSubsidyJudge(provider.GetRequiredService<PolicyCatalog>(), Taken[0].NameZh));
        services.TryAddScoped<TransportClaimJudging>();
    }

    /// <summary>A transport claim judged, not stored: the person is the claimant (no employer), the paying county decides (R26).</summary>
    protected override V1.HiringClaim Preview(JudgedTransportClaim judged)
    {
        var answer = ClaimAnswers.PersonsPreviewHeader(V1.SubsidyKind.Transport, judged.Judgement.AmountFen, judged.County.Code);
        answer.Items.Add(new V1.ClaimItemResult
        {
            PersonIdNumber = judged.Person.IdNumberMasked,
            NameMasked = judged.Person.NameMasked,
            Approved = judged.Judgement.Approved,
            Amount = new Money { Fen = judged.Judgement.AmountFen },
            Explanation = judged.Judgement.Explanation,
            ConflictingClaimReference = judged.Judgement.Approved ? "" : string.Join("、", judged.HeldPlaces.Values.Distinct()),
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = judged.Judgement.PolicyInForce,
            EventDate = ProtoMapping.ToProto(judged.WorkStart),
            Transport = judged.Given,
        });
        return answer;
    }

    protected override void EnsureGranted(JudgedTransportClaim judged)
    {
        if (!judged.Judgement.Approved && judged.HeldPlaces.Count > 0
            && judged.Judgement.Explanation.Checks.Any(c => c.RuleId == OncePerPlacement.TransportRule && !c.Passed))
        {
            throw CountReached(judged, string.Join("、", judged.HeldPlaces.Values.Distinct()));
        }

        ClaimShape.EnsureGranted("transport", 0, judged.Person.IdNumberMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
    }

    /// <summary>One claim per work begun away: the person is the claimant.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.OneEach(employer, items, (claim, item) => claim.Transport = item.Transport.Clone());

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.Transport = item.Given is { } given ? V1.TransportItem.Parser.ParseFrom(given) : null;
    }

    protected override HiringClaimRecord Record(string claimId, JudgedTransportClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        // The person is the claimant: no employer; the paying county decides (R26, R27).
        var record = ClaimShape.NewPersonsClaim(claimId, V1.SubsidyKind.Transport, judged.County.Code, judged.Given.EvidenceReference, request, judged.Judgement.AmountFen, clerk, now);
        var row = ClaimShape.AddItem(record, 1, judged.Person, judged.Judgement.AmountFen, judged.Judgement.Explanation.ToByteArray(), clerk, now);
        row.StandingOnceKey = judged.Place;
        row.ContractStart = judged.WorkStart;
        row.Given = judged.Given.ToByteArray();
        return record;
    }

    /// <summary>A racing claim took the same place between our judgement and our write (R26).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedTransportClaim judged, CancellationToken cancellationToken) =>
        await Store.Db.ClaimHoldingAsync(judged.Place, cancellationToken) is { } first ? CountReached(judged, first) : null;

    private static DomainRuleException CountReached(JudgedTransportClaim judged, string claims) =>
        new(DomainRuleKind.AlreadyExists,
            $"{judged.Person.IdNumberMasked} {judged.WorkStart.Year}年的一次性交通补助已由申请 {claims} 享受，达到发放县 {judged.County} 规定的每年次数（各县合计，裁定 R26）。 (field: transport.person_id_number; first claim: {claims}; rule: {OncePerPlacement.TransportRule})",
            field: "transport.person_id_number", ruleId: OncePerPlacement.TransportRule);
}
