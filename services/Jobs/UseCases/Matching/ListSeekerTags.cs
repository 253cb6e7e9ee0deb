using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Security;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>第十七条: the seeker sees every personal tag matching uses, where it came from, and their mode.</summary>
public sealed class ListSeekerTags(SeekerReader reader)
{
    public async Task<SeekerView> ListAsync(string seekerId, Caller caller, CancellationToken cancellationToken) =>
        (await reader.ReadAsync(await reader.VisibleAsync(seekerId, caller, cancellationToken), cancellationToken)).View;
}
