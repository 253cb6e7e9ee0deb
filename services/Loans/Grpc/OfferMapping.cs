using Employment.Loans.Domain.Eligibility;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

/// <summary>Domain offers as the contract shows them.</summary>
internal static class OfferMapping
{
    public static V1.ProductOffer ToProto(ProductOffer offer)
    {
        var proto = new V1.ProductOffer
        {
            ProductId = offer.ProductId,
            NameZh = offer.NameZh,
            Eligible = offer.Eligible,
            TotalCap = Conversions.Fen(offer.TotalCapFen),
            SubsidisedCap = Conversions.Fen(offer.SubsidisedCapFen),
            MaxTermMonths = offer.MaxTermMonths ?? 0,
            CounterGuaranteeRequired = offer.CounterGuaranteeRequired,
            GuarantorCapacity = Conversions.Fen(offer.GuarantorCapacityFen),
            Explanation = offer.Explanation,
        };
        if (offer.SubsidySharePercent is { } share)
        {
            proto.SubsidyShare = Conversions.PercentToRatio(share);
        }

        foreach (var g in offer.Guarantors)
        {
            proto.Guarantors.Add(new V1.GuarantorCapacity
            {
                IdNumber = g.Guarantor.Id,
                MonthlyContribution = Conversions.Fen(g.Guarantor.MonthlyContributionFen),
                Multiple = g.Multiple is { } m ? (int)m : 0,
                Capacity = Conversions.Fen(g.CapacityFen),
            });
        }

        return proto;
    }
}
