using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Time;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>第十七条: the seeker sees every personal tag matching uses, where it came from, and their mode.</summary>
public sealed class ListSeekerTags(SeekerReader reader)
{
    public async Task<SeekerView> ListAsync(string seekerId, CancellationToken cancellationToken) =>
        (await reader.ReadAsync(await reader.RecordAsync(seekerId, cancellationToken), cancellationToken)).View;
}
