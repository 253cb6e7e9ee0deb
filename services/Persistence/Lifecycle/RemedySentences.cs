using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Persistence.Lifecycle;

/// <summary>The remedy a refusal names: the sentence as a letter and a message print it, and the clauses it rests on.</summary>
public sealed record Remedy(string SentenceZh, IReadOnlyList<Citation> Basis);

/// <summary>
/// 行政复议 and 行政诉讼 for a refusal made in a region on a day (ruling R32): the periods are the laws' (catalog keys
/// <c>remedies.*</c>, each with its article), the review body and the court the region's configuration (<c>remedies:</c>);
/// where the configuration names none, the sentence names the remedies without them, never a body of another region.
/// </summary>
public sealed class RemedySentences(PolicyCatalog catalog)
{
    public const string ReviewPeriodKey = "remedies.administrative_review.period_days";
    public const string LitigationPeriodKey = "remedies.administrative_litigation.period_months";

    /// <summary>The keys every service that writes a refusal reads.</summary>
    public static IReadOnlyList<string> Keys { get; } = [ReviewPeriodKey, LitigationPeriodKey];

    /// <param name="decisionZh">What the sentence calls the decision: 本决定 in its own letter, 原决定 in an appeal's.</param>
    public Remedy For(Region region, DateOnly decidedOn, string decisionZh = "本决定")
    {
        var basis = new List<Citation>();
        var review = catalog.TryResolve(ReviewPeriodKey, region, decidedOn, out var reviewDays) ? reviewDays : null;
        var litigation = catalog.TryResolve(LitigationPeriodKey, region, decidedOn, out var litigationMonths) ? litigationMonths : null;
        var bodies = catalog.RemediesFor(region, decidedOn);
        var reviewPart = $"{Within(review, "日")}{(bodies is null ? "依法" : $"向{bodies.ReviewBodyZh}")}申请行政复议";
        var courtPart = $"{Within(litigation, "个月")}{(bodies is null ? "依法向人民法院" : $"向{bodies.CourtZh}")}提起行政诉讼";
        foreach (var value in new[] { review, litigation }.OfType<ParameterValue>())
        {
            basis.Add(ProtoMapping.ToProto(value));
        }

        return new Remedy($"如不服{decisionZh}，可以自收到{decisionZh}之日起{reviewPart}，或者{courtPart}。", basis);
    }

    private static string Within(ParameterValue? period, string unit) =>
        period is { } p ? $"{p.Value.Integer}{unit}内" : "";
}
