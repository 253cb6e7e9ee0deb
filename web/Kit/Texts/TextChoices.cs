using Employment.Applicants.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Kit.Texts;

/// <summary>
/// 短信通知 as a form, the same in the hall (the person's own) and at the counter (for a person): one checkbox per kind
/// of message, and the kinds whose tick differs from what the registry records, each to be saved as one choice.
/// </summary>
public static class TextChoices
{
    /// <summary>The form's field of one kind: "on" when ticked.</summary>
    public static string FieldOf(MessageCategory category) => "texted_" + (int)category;

    /// <summary>The kinds the form changes, with the tick posted, in the registry's order.</summary>
    public static IReadOnlyList<(TextPreference Recorded, bool Texted)> Changed(TextPreferences recorded, IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(posted);
        return [.. recorded.Preferences.Select(p => (Recorded: p, Texted: posted[FieldOf(p.Category)] == "on")).Where(c => c.Texted != c.Recorded.Texted)];
    }

    /// <summary>A choice's key: the choice itself on the record it changes, so a double submit records it once.</summary>
    public static string KeyOf(TextPreference recorded, bool texted, string whose)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return $"text-{whose}-{(int)recorded.Category}-{(texted ? 1 : 0)}-{recorded.ChangedAt?.Seconds ?? 0}";
    }
}
