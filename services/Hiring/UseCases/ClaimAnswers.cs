using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A stored claim, or a preview, as the contract's <see cref="V1.HiringClaim"/>: people by masked number and name only.</summary>
public static class ClaimAnswers
{
    public static V1.HiringClaim Of(HiringClaimRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var answer = new V1.HiringClaim
        {
            ClaimId = record.Id,
            Employer = new EmployerKey { EmployerId = record.EmployerId },
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
            Hire = HireInput.Given(new Domain.OneOffHires.HireContract(i.ContractStart, 0, i.OpenEnded), i.ContractEnd, i.IdNumberMasked),
        }));
        return answer;
    }

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
