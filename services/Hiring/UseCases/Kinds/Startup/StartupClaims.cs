using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.StartupSubsidies;
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
/// A founder's one-off start-up subsidy (R14, R21, R23): judged again and, when a measure pays, stored
/// with the founder's standing row in the transaction of its answer. A founder already granted one — found
/// by the judgement, or by the unique index when another business's claim was stored in between — is
/// ALREADY_EXISTS naming that claim, the clause and the rule; a refusal by any other rule stores nothing
/// (FAILED_PRECONDITION naming startup and the rules).
/// </summary>
public sealed class StartupClaims(ClaimStore store, StartupClaimJudging judging) : ClaimKind<JudgedStartupClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    private const string Field = "startup.founder_id_number";

    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.Startup, "一次性创业补贴", "startup", "startup") { AskedToo = ["employer"], Online = true }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedStartups>();
        services.TryAddSingleton<SelfCheckStartup>();
        services.AddSelfCheckForm(SelfCheckStartup.Form);
        services.TryAddSingleton<StartupSubsidyJudge>();
        services.TryAddScoped<StartupClaimJudging>();
    }

    /// <summary>A start-up claim judged, not stored: the founder's one item with every measure's checks (R21).</summary>
    protected override V1.HiringClaim Preview(JudgedStartupClaim judged)
    {
        var answer = ClaimAnswers.PreviewHeader(judged.Claimant, V1.SubsidyKind.Startup, judged.AmountFen);
        answer.Items.Add(new V1.ClaimItemResult
        {
            PersonIdNumber = judged.Founder.IdNumberMasked,
            NameMasked = judged.Founder.NameMasked,
            Approved = judged.Judgement.Approved,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
            ConflictingClaimReference = judged.Judgement.ConflictingClaimReference ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = judged.Judgement.Measures.Any(m => m.EntitledOn is not null && ClaimAnswers.InForce(m.Explanation, null)),
            EventDate = ProtoMapping.ToProto(judged.EventDate),
            Startup = judged.Given,
        });
        return answer;
    }

    protected override void EnsureGranted(JudgedStartupClaim judged)
    {
        if (judged.Judgement.ConflictingClaimReference is { } first)
        {
            throw AlreadyGranted(judged, first);
        }

        ClaimShape.EnsureGranted("startup", 0, judged.Founder.IdNumberMasked, judged.Explanation, judged.Judgement.Approved);
    }

    /// <summary>A founder is a person: 办理进度 shows the founder's masked name.</summary>
    public override string ApplicantNameMasked(HiringClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Items.FirstOrDefault()?.NameMasked ?? "";
    }

    /// <summary>One claim per business and its founder; the counter reads the rest from the same registry facts.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.OneEach(employer, items, (claim, item) => claim.Startup = item.Startup.Clone());

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.Startup = new V1.StartupItem { FounderIdNumber = item.IdNumberMasked, FirstBusiness = item.FirstBusiness, OperatedNormally = item.OperatedNormally, EvidenceReference = claim.EmployerEvidence };
    }

    protected override HiringClaimRecord Record(string claimId, JudgedStartupClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var record = ClaimShape.NewClaim(claimId, V1.SubsidyKind.Startup, judged.Claimant, request, judged.Given.EvidenceReference, judged.AmountFen, clerk, now);
        var row = ClaimShape.AddItem(record, 1, judged.Founder, judged.AmountFen, judged.Explanation.ToByteArray(), clerk, now);
        row.StandingStartupFounder = judged.Founder.PersonId;
        row.ContractStart = judged.EventDate;
        row.FirstBusiness = judged.Given.FirstBusiness;
        row.OperatedNormally = judged.Given.OperatedNormally;
        return record;
    }

    /// <summary>Another business's claim for this founder was stored between our judgement and our write (R14).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedStartupClaim judged, CancellationToken cancellationToken)
    {
        var holder = await Store.Db.StandingStartupSubsidiesAsync(judged.Founder.PersonId, cancellationToken);
        return AlreadyGranted(judged, holder.Count > 0 ? holder[0].ClaimReference : "");
    }

    /// <summary>ALREADY_EXISTS naming the first claim, the once-per-person clause of the measure that would pay, and its rule id (R14).</summary>
    private static DomainRuleException AlreadyGranted(JudgedStartupClaim judged, string first)
    {
        var once = judged.Explanation.Checks.FirstOrDefault(c => c.RuleId.EndsWith(".once_per_person", StringComparison.Ordinal) && !c.Passed)
            ?? judged.Explanation.Checks.FirstOrDefault(c => c.RuleId.EndsWith(".once_per_person", StringComparison.Ordinal));
        var rule = once?.RuleId ?? StartupMeasures.HenanOpeningSubsidy.Rules.OncePerPerson;
        var clause = once?.Citations.Select(c => $"{c.DocumentNumber} {c.Clause}".Trim()).FirstOrDefault() ?? "豫 D09 第32条";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"创业者（{judged.Founder.IdNumberMasked}）已由申请 {first} 申领一次性创业补贴；每人只能享受一次（{clause}，裁定 R14、R21）。 (field: {Field}; first claim: {first}; rule: {rule})",
            field: Field, ruleId: rule);
    }
}
