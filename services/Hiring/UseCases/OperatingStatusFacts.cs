using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Policy.Explanations;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 正常经营 as market regulation records it (the registry's 经营状态 facts that came in an agency batch): the status in
/// force on a day is the latest one begun by then, and a business operated normally since its registration when that is
/// 正常经营 and no 经营异常 or 注销 began since the registration. A status typed in at the counter is the clerk's
/// statement, not the register's: it is not read here.
/// </summary>
public static class OperatingStatusFacts
{
    /// <summary>Whether the business operated normally from <paramref name="registered"/> to <paramref name="day"/>, and from which record; null when market regulation's records hold no status for it.</summary>
    public static (bool Operated, FactSource Source)? SinceRegistration(Claimant claimant, DateOnly registered, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var statuses = claimant.Facts
            .Where(f => !f.Superseded && f.OperatingStatus is not null && f.Record is { Batch.Length: > 0 })
            .Select(f => (Fact: f, From: ProtoMapping.DayOrNull(f.OperatingStatus.Period?.From)))
            .Where(s => s.From is { } from && from <= day)
            .OrderBy(s => s.From)
            .ToList();
        if (statuses.Count == 0)
        {
            return null;
        }

        var latest = statuses[^1];
        var broken = statuses.FirstOrDefault(s => s.Fact.OperatingStatus.Status != OperatingStatusKind.Operating && s.From >= registered);
        return latest.Fact.OperatingStatus.Status == OperatingStatusKind.Operating && broken.Fact is null
            ? (true, FactSource.Registry($"{latest.Fact.Record.Batch}：正常经营（{latest.From:yyyy-MM-dd} 起）"))
            : (false, FactSource.Registry($"{(broken.Fact ?? latest.Fact).Record.Batch}：{StatusZh((broken.Fact ?? latest.Fact).OperatingStatus.Status)}（{(broken.Fact is null ? latest.From : broken.From):yyyy-MM-dd} 起）"));
    }

    private static string StatusZh(OperatingStatusKind status) => status switch
    {
        OperatingStatusKind.Operating => "正常经营",
        OperatingStatusKind.Abnormal => "经营异常",
        _ => "注销",
    };
}
