using Employment.Applicants.V1;
using Employment.Web.Kit.Texts;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>短信通知: each kind of message and whether it is texted, the phone texts go to, and what the last save did.</summary>
public sealed record TextsView(HallUser User, string WhoZh, ServiceAnswer<TextPreferences> Preferences, bool JustSaved, ServiceProblem? Refusal);

/// <summary>
/// 短信通知 in the hall: the signed-in person sees which kinds of message are texted to them (<c>GetTextPreferences</c>)
/// and ticks the ones they want; saving records each kind changed (<c>SetTextPreference</c>, with the person's own
/// token: the registry decides it is theirs). Every message stays in 我的办事 whatever is chosen.
/// </summary>
public sealed class HallTexts(ServiceCalls calls)
{
    public const string Path = PublicSiteOptions.HallPath + "/texts";

    private const string ServiceZh = "消息服务";

    public async Task<TextsView> LoadAsync(HallUser user, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        var preferences = await ReadAsync(cancellation);
        return new TextsView(user, (await who).Value ?? "", preferences, false, null);
    }

    /// <summary>保存: each kind whose tick differs from what is recorded, one choice each; the first refusal stops and is shown.</summary>
    public async Task<TextsView> SaveAsync(HallUser user, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var current = await ReadAsync(cancellation);
        if (current.Value is not { } recorded)
        {
            return (await LoadAsync(user, cancellation)) with { Refusal = current.Problem };
        }

        foreach (var (preference, texted) in TextChoices.Changed(recorded, posted))
        {
            var saved = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, TextPreferences>(ServiceZh,
                async (c, o) => await c.SetTextPreferenceAsync(new SetTextPreferenceRequest { IdempotencyKey = TextChoices.KeyOf(preference, texted, "own"), Category = preference.Category, Texted = texted }, o), cancellation);
            if (saved.Problem is { } problem)
            {
                return (await LoadAsync(user, cancellation)) with { Refusal = problem };
            }
        }

        return (await LoadAsync(user, cancellation)) with { JustSaved = true };
    }

    private Task<ServiceAnswer<TextPreferences>> ReadAsync(CancellationToken cancellation) =>
        calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, TextPreferences>(ServiceZh,
            async (c, o) => await c.GetTextPreferencesAsync(new GetTextPreferencesRequest(), o), cancellation);
}
