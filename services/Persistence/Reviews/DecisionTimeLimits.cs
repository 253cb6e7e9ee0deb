using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Persistence.Reviews;

/// <summary>
/// 办结时限 of a record waiting for a decision or a review, in every service that decides: the measure's
/// <c>{measure}.time_limit_working_days</c> (R3) in force for the region on the day received, counted in working days on
/// the catalog's calendar from that day, against today.
/// </summary>
public static class DecisionTimeLimits
{
    /// <summary>The catalog key of the measure's limit.</summary>
    /// <param name="measure">The catalog's measure a kind pays under (training.skill_upgrade, hiring.absorption).</param>
    public static string KeyOf(string measure) => $"{measure}.time_limit_working_days";

    /// <summary>The limit's last working day for a record received on <paramref name="receivedOn"/>; null when the measure sets none.</summary>
    public static DateOnly? DueOn(PolicyCatalog catalog, string measure, Region region, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.TryResolve(KeyOf(measure), region, receivedOn, out var limit) && limit.Value.Integer > 0
            ? catalog.Calendar.AddWorkingDays(receivedOn, limit.Value.Integer)
            : null;
    }

    public static DecisionTimeLimit Of(PolicyCatalog catalog, string measure, Region region, DateOnly receivedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var calendar = catalog.Calendar;
        var answer = new DecisionTimeLimit
        {
            ReceivedOn = ProtoMapping.ToProto(receivedOn),
            WorkingDaysOpen = calendar.WorkingDaysBetween(receivedOn, today),
        };
        var lastDay = today;
        if (catalog.TryResolve(KeyOf(measure), region, receivedOn, out var limit) && limit.Value.Integer > 0)
        {
            var due = calendar.AddWorkingDays(receivedOn, limit.Value.Integer);
            answer.LimitWorkingDays = limit.Value.Integer;
            answer.DueOn = ProtoMapping.ToProto(due);
            answer.Overdue = today > due;
            answer.Source = ProtoMapping.ToProto(limit);
            lastDay = due > today ? due : today;
        }

        answer.CalendarComplete = calendar.Covers(receivedOn, lastDay);
        return answer;
    }
}
