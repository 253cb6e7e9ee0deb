using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A stored claim, or a preview, as the contract's <see cref="V1.HiringClaim"/>: people by masked number and name only.</summary>
public static class ClaimAnswers
{
    /// <summary>
    /// The first answer of a submission with its 查询码 added after the write: the stored answer a
    /// retry replays never holds it. A retry that lost a race gets the winner's answer, not our code.
    /// </summary>
    public static V1.HiringClaim WithProgressCode(V1.HiringClaim answer, (string Id, Employment.ServiceDefaults.Security.IssuedProgressCode Code)? issued)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (issued is { } ours && ours.Id == answer.ClaimId)
        {
            answer.ProgressCode = ours.Code.Code;
        }

        return answer;
    }

    public static V1.HiringClaim Of(HiringClaimRecord record)
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
            BatchId = record.BatchId ?? "",
            Payment = record.PaidOn is { } paid
                ? new V1.Payment { PaidOn = ProtoMapping.ToProto(paid), Amount = new Money { Fen = record.TotalFen }, PaymentReference = record.PaymentReference }
                : null,
        };
        answer.Items.AddRange(record.Items.OrderBy(i => i.ItemNo).Select(i => new V1.ClaimItemResult
        {
            ItemNo = i.ItemNo,
            PersonIdNumber = i.IdNumberMasked,
            NameMasked = i.NameMasked,
            Approved = i.AmountFen > 0,
            Amount = new Money { Fen = i.AmountFen },
            Explanation = Explanation.Parser.ParseFrom(i.Explanation),
            Status = (V1.ClaimStatus)i.Status,
            DecisionReasonZh = i.DecisionReasonZh,
            PolicyInForce = true,
            EventDate = ProtoMapping.ToProto(i.ContractStart),
            Hire = IsHire(record.Kind) ? HireInput.Given(new Domain.OneOffHires.HireContract(i.ContractStart, 0, i.OpenEnded), i.ContractEnd, i.IdNumberMasked) : null,
            Trainee = record.Kind == (int)V1.SubsidyKind.Traineeship
                ? TraineeInput.Given(new TraineePeriod(i.ContractStart, i.ContractEnd ?? i.ContractStart, i.HiredOn), i.Retained, i.RealNameRegistered, i.HiredWithSocialInsurance, i.IdNumberMasked)
                : null,
            PaidMonths = i.PaidMonths,
            SubsidisedMonths = { i.SubsidisedMonths.Split(',', StringSplitOptions.RemoveEmptyEntries) },
            Startup = record.Kind == (int)V1.SubsidyKind.Startup
                ? new V1.StartupItem { FounderIdNumber = i.IdNumberMasked, FirstBusiness = i.FirstBusiness, OperatedNormally = i.OperatedNormally, EvidenceReference = record.EmployerEvidence }
                : null,
            RefundYear = record.Kind == (int)V1.SubsidyKind.StabilisationRefund ? i.ContractStart.Year - 1 : 0,
            Stabilisation = record.Kind == (int)V1.SubsidyKind.StabilisationRefund && i.Given is { } given ? V1.StabilisationFacts.Parser.ParseFrom(given) : null,
            FlexibleWorker = record.Kind == (int)V1.SubsidyKind.FlexibleSocialInsurance && i.Given is { } item ? V1.FlexibleWorkerItem.Parser.ParseFrom(item) : null,
            Transport = record.Kind == (int)V1.SubsidyKind.Transport && i.Given is { } transport ? V1.TransportItem.Parser.ParseFrom(transport) : null,
            Referral = record.Kind == (int)V1.SubsidyKind.JobReferral && i.Given is { } referral ? V1.ReferralItem.Parser.ParseFrom(referral) : null,
            IncubatorCost = record.Kind == (int)V1.SubsidyKind.IncubatorOperating && i.Given is { } cost ? V1.IncubatorCost.Parser.ParseFrom(cost) : null,
        }));
        return answer;
    }

    /// <summary>A flexible worker's claim judged, not stored: the person is the claimant (no employer); the months it would pay (R25).</summary>
    public static V1.HiringClaim Preview(JudgedFlexibleWorkerClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = new V1.HiringClaim
        {
            Kind = V1.SubsidyKind.FlexibleSocialInsurance,
            Status = V1.ClaimStatus.Preview,
            Total = new Money { Fen = judged.Judgement.AmountFen },
            Region = new RegionCode { Code = judged.Region.Code },
        };
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

    /// <summary>A transport claim judged, not stored: the person is the claimant (no employer), the paying county decides (R26).</summary>
    public static V1.HiringClaim Preview(JudgedTransportClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = new V1.HiringClaim
        {
            Kind = V1.SubsidyKind.Transport,
            Status = V1.ClaimStatus.Preview,
            Total = new Money { Fen = judged.Judgement.AmountFen },
            Region = new RegionCode { Code = judged.County.Code },
        };
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

    /// <summary>An agency's referral claim judged, not stored: one item per placement, with the claim that already holds it (R26).</summary>
    public static V1.HiringClaim Preview(JudgedReferralClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = PreviewHeader(judged.Claimant, V1.SubsidyKind.JobReferral, judged.TotalFen);
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
            Referral = i.Given,
        }));
        return answer;
    }

    /// <summary>A 运营补贴 claim judged, not stored: one item per paying cost month (a claim that pays nothing has none), each with the claim's explanation.</summary>
    public static V1.HiringClaim Preview(JudgedOperatingClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = PreviewHeader(judged.Claimant, V1.SubsidyKind.IncubatorOperating, judged.Judgement.AmountFen);
        answer.EmployerExplanation = judged.Judgement.Explanation;
        answer.Items.AddRange(judged.Judgement.PaidMonths.Select(m =>
        {
            var cost = judged.Costs.First(c => c.Display == m.Month);
            return new V1.ClaimItemResult
            {
                PersonIdNumber = judged.Founder.IdNumberMasked,
                NameMasked = judged.Founder.NameMasked,
                Approved = judged.HeldMonth is null,
                Amount = new Money { Fen = m.AmountFen },
                Explanation = judged.Judgement.Explanation,
                ConflictingClaimReference = judged.HeldMonth?.ClaimId ?? "",
                Status = V1.ClaimStatus.Preview,
                PolicyInForce = judged.Judgement.PolicyInForce,
                EventDate = ProtoMapping.ToProto(cost.FirstDay),
                IncubatorCost = new V1.IncubatorCost { Year = cost.Year, Month = cost.Month, Cost = new Money { Fen = cost.CostFen } },
            };
        }));
        return answer;
    }

    /// <summary>A 稳岗返还 claim judged, not stored: its one item with the facts read and the year a standing claim may already hold (R15).</summary>
    public static V1.HiringClaim Preview(JudgedStabilisationClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = PreviewHeader(judged.Claimant, V1.SubsidyKind.StabilisationRefund, judged.Judgement.AmountFen);
        answer.Items.Add(new V1.ClaimItemResult
        {
            Approved = judged.Judgement.Approved && judged.HeldBy is null,
            Amount = new Money { Fen = judged.Judgement.AmountFen },
            Explanation = judged.Judgement.Explanation,
            ConflictingClaimReference = judged.HeldBy ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = judged.Judgement.PolicyInForce,
            EventDate = ProtoMapping.ToProto(judged.Claim.SubmittedOn),
            RefundYear = judged.Judgement.RefundYear,
            Stabilisation = judged.Read,
        });
        return answer;
    }

    private static bool IsHire(int kind) => kind is (int)V1.SubsidyKind.Absorption or (int)V1.SubsidyKind.JobExpansion or (int)V1.SubsidyKind.SocialInsurance;

    /// <summary>A social-insurance claim judged, not stored: each hire with the routes' checks and the months it would pay (R21, R25).</summary>
    public static V1.HiringClaim Preview(JudgedSocialInsuranceClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = PreviewHeader(judged.Claimant, V1.SubsidyKind.SocialInsurance, judged.TotalFen);
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

    /// <summary>A trainee claim judged, not stored: each trainee with its months, amount and explanation.</summary>
    public static V1.HiringClaim Preview(JudgedTraineeClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = PreviewHeader(judged.Claimant, V1.SubsidyKind.Traineeship, judged.TotalFen);
        answer.Items.AddRange(judged.Items.Select(i => new V1.ClaimItemResult
        {
            PersonIdNumber = i.Person.IdNumberMasked,
            NameMasked = i.Person.NameMasked,
            Approved = i.Judgement.Approved && i.Overlap is null,
            Amount = new Money { Fen = i.Judgement.AmountFen },
            Explanation = i.Judgement.Explanation,
            ConflictingClaimReference = i.Overlap?.ClaimId ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = InForce(i.Judgement.Explanation, "hiring.trainee.policy_in_force"),
            EventDate = ProtoMapping.ToProto(i.Period.Start),
            Trainee = i.Given,
            PaidMonths = i.Judgement.PaidMonths,
        }));
        return answer;
    }

    /// <summary>A start-up claim judged, not stored: the founder's one item with every measure's checks (R21).</summary>
    public static V1.HiringClaim Preview(JudgedStartupClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = PreviewHeader(judged.Claimant, V1.SubsidyKind.Startup, judged.AmountFen);
        answer.Items.Add(new V1.ClaimItemResult
        {
            PersonIdNumber = judged.Founder.IdNumberMasked,
            NameMasked = judged.Founder.NameMasked,
            Approved = judged.Judgement.Approved,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
            ConflictingClaimReference = judged.Judgement.ConflictingClaimReference ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = judged.Judgement.Measures.Any(m => m.EntitledOn is not null && InForce(m.Explanation, null)),
            EventDate = ProtoMapping.ToProto(judged.EventDate),
            Startup = judged.Given,
        });
        return answer;
    }

    private static V1.HiringClaim PreviewHeader(Claimant claimant, V1.SubsidyKind kind, long totalFen) => new()
    {
        Employer = new EmployerKey { EmployerId = claimant.EmployerId },
        EmployerName = claimant.Name,
        EmployerCreditCode = claimant.CreditCode,
        Kind = kind,
        Status = V1.ClaimStatus.Preview,
        Total = new Money { Fen = totalFen },
        Region = new RegionCode { Code = claimant.Region.Code },
    };

    /// <summary>Whether the policy-in-force check (the named one, or the first check) passed: "no policy" is not "refused" (R1).</summary>
    private static bool InForce(Explanation explanation, string? ruleId) =>
        (ruleId is null ? explanation.Checks.FirstOrDefault() : explanation.Checks.FirstOrDefault(c => c.RuleId == ruleId))?.Passed == true;

    /// <summary>A judgement not stored: status PREVIEW, no id, no record; each item with its own explanation.</summary>
    public static V1.HiringClaim Preview(JudgedHireClaim judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var answer = new V1.HiringClaim
        {
            Employer = new EmployerKey { EmployerId = judged.Claimant.EmployerId },
            EmployerName = judged.Claimant.Name,
            EmployerCreditCode = judged.Claimant.CreditCode,
            Kind = judged.Kind,
            Status = V1.ClaimStatus.Preview,
            Total = new Money { Fen = judged.TotalFen },
            Region = new RegionCode { Code = judged.Claimant.Region.Code },
        };
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
}
