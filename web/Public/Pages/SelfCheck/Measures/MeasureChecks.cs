namespace Employment.Web.Public.Pages.SelfCheck.Measures;

/// <summary>Asks a measure's service for the typed facts (<see cref="MeasureCheck.CheckAsync"/>) and puts the page's view together.</summary>
public sealed class MeasureChecks(ServiceCalls calls)
{
    public async Task<MeasureCheckView> CheckAsync(MeasureCheck measure, MeasureFacts facts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(facts);
        var (problem, answer) = await measure.CheckAsync(new FormReader(facts, measure.Fields), calls, cancellation);
        return new MeasureCheckView(measure, facts, problem, answer);
    }
}
