using Employment.Common.V1;
using Employment.Loans.Domain.Eligibility;
using Employment.ServiceDefaults.Regions;
using Employment.Loans.UseCases;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>Domain offers as the contract shows them.</summary>
internal static class OfferAnswers
{
    /// <summary>The bank's answer: verdicts, caps and checks as <see cref="BankDisclosure"/> shows them, the borrower's outstanding loans; no profile field.</summary>
    public static V1.EligibilityAnswer Answer(string answerId, Assessment judged)
    {
        var answer = new V1.EligibilityAnswer
        {
            AnswerId = answerId,
            RemainingSubsidisedLoans = judged.RemainingSubsidisedLoans,
            Explanation = BankDisclosure.Of(judged.Common),
            Eligible = judged.Eligible,
            RulesBasis = ToProto(judged.Basis),
        };
        answer.Offers.AddRange(judged.Offers.Select(o => ToProto(o, BankDisclosure.Of(o.Explanation))));
        answer.OutstandingLoans.AddRange(judged.OutstandingLoans.Select(l => new V1.OutstandingLoan
        {
            LoanId = l.LoanId,
            BankCode = l.BankCode,
            IssueDate = MessageValues.Date(l.IssueDate),
            OutstandingPrincipal = MessageValues.Fen(l.OutstandingFen),
            Subsidised = l.Subsidised,
        }));
        return answer;
    }

    public static V1.RulesBasis ToProto(RulesBasis basis)
    {
        var proto = new V1.RulesBasis
        {
            Region = new RegionCode { Code = basis.Region.Code },
            RegionNameZh = Places.ProperNameOf(basis.Region.Code),
            BasisZh = basis.BasisZh,
            RulingId = RulesBasis.RulingId,
        };
        proto.DocumentRegions.Add(basis.DocumentRegions.Select(r => new RegionCode { Code = r.Code }));
        return proto;
    }

    public static V1.ProductOffer ToProto(ProductOffer offer, Explanation shown)
    {
        var proto = new V1.ProductOffer
        {
            ProductId = offer.ProductId,
            NameZh = offer.NameZh,
            Eligible = offer.Eligible,
            TotalCap = MessageValues.Fen(offer.TotalCapFen),
            SubsidisedCap = MessageValues.Fen(offer.SubsidisedCapFen),
            MaxTermMonths = offer.MaxTermMonths ?? 0,
            CounterGuaranteeRequired = offer.CounterGuaranteeRequired,
            GuarantorCapacity = MessageValues.Fen(offer.GuarantorCapacityFen),
            Explanation = shown,
        };
        if (offer.SubsidySharePercent is { } share)
        {
            proto.SubsidyShare = MessageValues.PercentToRatio(share);
        }

        foreach (var g in offer.Guarantors)
        {
            proto.Guarantors.Add(new V1.GuarantorCapacity
            {
                IdNumber = g.Guarantor.Id,
                MonthlyContribution = MessageValues.Fen(g.Guarantor.MonthlyContributionFen),
                Multiple = g.Multiple is { } m ? (int)m : 0,
                Capacity = MessageValues.Fen(g.CapacityFen),
            });
        }

        return proto;
    }
}
