using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>第十七条: the seeker chooses recommendations not aimed at their personal characteristics, or goes back. Idempotent.</summary>
public sealed class SetMatchingMode(SeekerStore store, SeekerReader reader, ChinaClock clock, ILogger<SetMatchingMode> logger)
{
    public async Task<SeekerView> SetAsync(string seekerId, bool personalised, Caller caller, CancellationToken cancellationToken)
    {
        var seeker = await reader.VisibleAsync(seekerId, caller, cancellationToken);
        if (seeker.NonPersonalised == personalised)
        {
            seeker.NonPersonalised = !personalised;
            seeker.StampChanged(caller.Subject, clock.Now);
            await store.SaveAsync(cancellationToken);
            MatchingLog.MatchingModeSet(logger, seeker.SeekerId, personalised, caller.Subject);
        }

        return (await reader.ReadAsync(seeker, cancellationToken)).View;
    }
}
