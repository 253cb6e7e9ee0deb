using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// 第十七条: the seeker deletes a tag. A stated tag is removed (a pay floor or a place is cleared); a
/// registry tag (certificate, education, priority group) is recorded as deleted so matching leaves it
/// out while the registry keeps the fact. Deleting a tag already gone changes nothing (idempotent).
/// </summary>
public sealed class DeleteSeekerTag(SeekerStore store, SeekerReader reader, ChinaClock clock, ILogger<DeleteSeekerTag> logger)
{
    public async Task<SeekerView> DeleteAsync(string seekerId, string tagId, Caller caller, CancellationToken cancellationToken)
    {
        var seeker = await reader.VisibleAsync(seekerId, caller, cancellationToken);
        var (kind, value) = SeekerTag.Parse(tagId, "tag_id");
        var changed = false;
        switch (kind)
        {
            case TagKind.PayFloor:
                changed = seeker.PayFloorFen is not null;
                seeker.PayFloorFen = null;
                break;
            case TagKind.Place:
                changed = seeker.Latitude is not null;
                seeker.Latitude = seeker.Longitude = null;
                break;
            case TagKind.Certificate or TagKind.Education or TagKind.Priority:
                if (!seeker.Tags.Any(t => t.Kind == (int)kind && t.Value == value))
                {
                    seeker.Tags.Add(new SeekerTagRecord { Kind = (int)kind, Value = value, Excluded = true });
                    changed = true;
                }

                break;
            default:
                changed = seeker.Tags.RemoveAll(t => t.Kind == (int)kind && t.Value == value && !t.Excluded) > 0;
                break;
        }

        if (changed)
        {
            seeker.StampChanged(caller.Subject, clock.Now);
            await store.SaveAsync(cancellationToken);
            MatchingLog.SeekerTagDeleted(logger, seeker.SeekerId, kind.ToString(), caller.Subject);
        }

        return (await reader.ReadAsync(seeker, cancellationToken)).View;
    }
}
