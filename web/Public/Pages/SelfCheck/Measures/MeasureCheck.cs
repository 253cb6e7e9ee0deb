using Grpc.Core;

namespace Employment.Web.Public.Pages.SelfCheck.Measures;

/// <summary>
/// One measure a person or an employer can check on its own page (/self-check/{slug}): who it is for, the
/// questions it needs and no others, how the answers become the service's public self-check request, and how
/// the service's answer reads. The services judge; the page only asks and shows.
/// </summary>
public abstract class MeasureCheck(string slug, string nameZh, string whoZh, string introZh, IReadOnlyList<FormField> fields)
{
    public string Slug { get; } = slug;

    public string NameZh { get; } = nameZh;

    /// <summary>Who asks: 个人 or 单位 (and what for), shown beside the link.</summary>
    public string WhoZh { get; } = whoZh;

    public string IntroZh { get; } = introZh;

    public IReadOnlyList<FormField> Fields { get; } = fields;

    public string Path => $"/self-check/{Slug}";

    /// <summary>The place the answer's next steps point to: the first place question's answer.</summary>
    public string RegionOf(MeasureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Fields.FirstOrDefault(f => f.Kind == FieldKind.Place) is { } place ? facts[place.Name] : "";
    }

    /// <summary>What was asked, in one line for the folded form.</summary>
    public string SummaryZh(MeasureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var place = Places.Find(RegionOf(facts))?.NameZh ?? "";
        var when = Fields.FirstOrDefault(f => f.Kind is FieldKind.Date or FieldKind.Month && facts[f.Name].Length > 0) is { } date ? $"{date.LabelZh} {facts[date.Name]}" : "";
        return string.Join(" · ", new[] { NameZh, place, when }.Where(p => p.Length > 0));
    }

    /// <summary>The service's answer for the typed facts, or the first problem with them in words a person acts on.</summary>
    public abstract Task<(string? Problem, ServiceAnswer<MeasureOutcome>? Answer)> CheckAsync(FormReader reader, ServiceCalls calls, CancellationToken cancellation);
}

/// <summary>A measure one service's public self-check judges: <paramref name="call"/> asks it, <paramref name="outcome"/> picks the measure's part of its answer.</summary>
public sealed class ServiceMeasureCheck<TClient, TRequest, TAnswer>(
    string slug, string nameZh, string whoZh, string introZh, IReadOnlyList<FormField> fields,
    string serviceZh,
    Func<FormReader, TRequest> request,
    Func<TClient, TRequest, CallOptions, Task<TAnswer>> call,
    Func<TAnswer, MeasureOutcome?> outcome)
    : MeasureCheck(slug, nameZh, whoZh, introZh, fields)
    where TClient : ClientBase<TClient>
    where TAnswer : class
{
    public override async Task<(string? Problem, ServiceAnswer<MeasureOutcome>? Answer)> CheckAsync(FormReader reader, ServiceCalls calls, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(calls);
        var built = request(reader);
        if (reader.Problem is { } problem)
        {
            return (problem, null);
        }

        var answer = await calls.CallAsync(serviceZh, (TClient client, CallOptions options) => call(client, built, options), cancellation);
        return (null, answer.Value is { } value && outcome(value) is { } read
            ? ServiceAnswer<MeasureOutcome>.Of(read)
            : ServiceAnswer<MeasureOutcome>.Failed(answer.Problem ?? ServiceProblem.Down(serviceZh)));
    }
}
