using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Persistence;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 受理 a 吸纳 or 扩岗 claim: judges every item and, when each passes its rules, stores the claim in
/// the same transaction as its answer (durable before the answer; a retry with the key gets the first
/// answer). An item refused by a rule stores nothing: FAILED_PRECONDITION naming the item and the rule.
/// A person already claimed for under R9 — found by the judgement, or by the database's unique index
/// when another employer's claim was stored in between — is ALREADY_EXISTS naming that claim and the clause.
/// </summary>
public sealed class SubmitHireClaim(HiringDbContext db, HireClaimJudging judging, OneOffHireJudge judge, ChinaClock clock, ILogger<SubmitHireClaim> logger)
{
    public const string IdPrefix = "H";

    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedHireClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                foreach (var item in judged.Items)
                {
                    EnsureGranted(item);
                }

                var record = Record(judged, request, clerk);
                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // Another employer's claim took one of these people between our judgement and our write (R9).
            db.ChangeTracker.Clear();
            var people = judged.Items.Select(i => i.Person.PersonId).ToList();
            var holder = await db.StandingClaimOfAnyAsync(people, CancellationToken.None);
            var lost = judged.Items.FirstOrDefault(i => i.Person.PersonId == holder?.PersonId) ?? judged.Items[0];
            var first = holder?.ClaimId ?? "";
            var (ruleId, clause) = judge.Exclusion(PriorHireClaimQueries.KindOf(judged.Kind), judged.Claimant.Region, lost.Contract.Start);
            var field = $"hires[{lost.Index}].person_id_number";
            throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                $"第 {lost.Index + 1} 项（{lost.Person.IdNumberMasked}）已由申请 {first} 申领一次性吸纳就业补贴或扩岗补助；同一人只能由一家单位享受其中一项、一次（{clause}，裁定 R9）。 (field: {field}; first claim: {first}; rule: {ruleId})",
                field: field, ruleId: ruleId);
        }
    }

    /// <summary>An item the rules refuse stops the whole claim, naming the item, the failed rules and, under R9, the first claim.</summary>
    private static void EnsureGranted(JudgedHire item)
    {
        if (item.Judgement.Approved)
        {
            return;
        }

        var field = $"hires[{item.Index}]";
        var failed = item.Judgement.Explanation.Checks.Where(c => !c.Passed).ToList();
        var rules = string.Join("、", failed.Select(c => c.RuleId));
        if (item.Judgement.ConflictingClaimReference is { } first)
        {
            var r9 = failed.FirstOrDefault(c => c.RuleId.EndsWith("once_per_person", StringComparison.Ordinal) || c.RuleId.Contains(".not_with_", StringComparison.Ordinal)) ?? failed[0];
            throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                $"第 {item.Index + 1} 项：{r9.DescriptionZh}（裁定 R9）。 (field: {field}.person_id_number; first claim: {first}; rule: {r9.RuleId})",
                field: $"{field}.person_id_number", ruleId: r9.RuleId);
        }

        throw DomainRuleException.NotAllowed(
            $"第 {item.Index + 1} 项（{item.Person.IdNumberMasked}）不符合条件：{item.Judgement.Explanation.SummaryZh} (field: {field}; rules: {rules})",
            failed.Count > 0 ? failed[0].RuleId : null);
    }

    private HiringClaimRecord Record(JudgedHireClaim judged, V1.SubmitClaimRequest request, Caller clerk)
    {
        var now = clock.Now;
        var record = new HiringClaimRecord
        {
            Id = RecordIds.New(IdPrefix),
            Kind = (int)judged.Kind,
            Status = (int)ClaimStatus.Submitted,
            EmployerId = judged.Claimant.EmployerId,
            EmployerCreditCode = judged.Claimant.CreditCode,
            EmployerName = judged.Claimant.Name,
            Region = judged.Claimant.Region.Code,
            InsuredAsUnit = judged.Employer.InsuredAsUnit,
            HasEmployees = judged.Employer.HasEmployees,
            EmployerEvidence = request.IndividualBusiness?.EvidenceReference.Trim() ?? "",
            PaymentAccount = ClaimText.Account(request),
            TotalFen = judged.TotalFen,
        };
        record.StampCreated(clerk.Subject, now);
        foreach (var item in judged.Items)
        {
            var row = new HiringClaimItemRecord
            {
                ClaimId = record.Id,
                ItemNo = item.Index + 1,
                Kind = record.Kind,
                Status = (int)ClaimStatus.Submitted,
                PersonId = item.Person.PersonId,
                IdNumberMasked = item.Person.IdNumberMasked,
                NameMasked = item.Person.NameMasked,
                StandingOneOffHirePerson = item.Person.PersonId,
                ContractStart = item.Contract.Start,
                ContractEnd = item.ContractEnd,
                OpenEnded = item.Contract.OpenEnded,
                AmountFen = item.Judgement.AmountFen,
                Explanation = item.Judgement.Explanation.ToByteArray(),
            };
            row.StampCreated(clerk.Subject, now);
            record.Items.Add(row);
        }

        return record;
    }
}
