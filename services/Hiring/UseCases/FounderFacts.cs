using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Hiring.Domain.Claims;

namespace Employment.Hiring.UseCases;

/// <summary>From the founder's registry profile to what the start-up rules read (R14).</summary>
public static class FounderFacts
{
    /// <summary>
    /// 首次创业 for the business <paramref name="businessCreditCode"/> as the registry records it: the
    /// founder's business-start fact for that business says whether it is the first, and a business
    /// start the registry records for the founder before it means it is not. Null when the registry
    /// records no business start for that business (the clerk's statement is the fallback).
    /// </summary>
    public static (bool First, FactSource Source)? FirstBusiness(PersonProfile founder, string businessCreditCode)
    {
        ArgumentNullException.ThrowIfNull(founder);
        var starts = founder.Facts
            .Where(f => !f.Superseded && f.Kind == PersonFactKind.BusinessOwner && f.Business is not null)
            .Select(f => (Fact: f, On: ProtoMapping.DayOrNull(f.Period?.From)))
            .ToList();
        var own = starts.FirstOrDefault(s => string.Equals(s.Fact.Business.BusinessCreditCode.Trim(), businessCreditCode, StringComparison.OrdinalIgnoreCase));
        if (own.Fact is null)
        {
            return null;
        }

        var reference = $"经营实体成立 {own.On:yyyy-MM-dd}（{own.Fact.Authority}{(own.Fact.EvidenceReference is { Length: > 0 } e ? "，" + e : "")}）";
        var earlier = starts.Where(s => s.Fact != own.Fact && s.On is { } on && own.On is { } mine && on < mine).ToList();
        if (earlier.Count > 0)
        {
            return (false, FactSource.Registry($"{reference}；此前已创办 {string.Join("、", earlier.Select(s => $"{s.On:yyyy-MM-dd}"))}"));
        }

        return (own.Fact.Business.FirstBusiness, FactSource.Registry(reference));
    }
}
