using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Web.Kit.Texts;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>短信通知 at the window: whose, which kinds of message are texted to them, and what the last save did.</summary>
public sealed record TextDeskView(Person Person, ServiceAnswer<TextPreferences> Preferences, bool JustSaved, ServiceProblem? Refusal)
{
    public string ActionPath => TextDesk.PathOf(Person.PersonId);
}

/// <summary>
/// 短信通知 chosen at the window for a person who asks (no phone of their own, no account): the same kinds and form as the
/// hall's, saved with the clerk's token for the person named; the registry records the choice as the counter's, and
/// refuses a person outside the clerk's region as one it does not hold.
/// </summary>
public sealed class TextDesk(ServiceCalls calls, RegistryReads registry)
{
    private const string ServiceZh = "消息服务";

    public static string PathOf(string personId) => $"{PersonWindow.PathOf(personId)}/texts";

    public async Task<(TextDeskView? View, ServiceProblem? Problem)> OpenAsync(string personId, CancellationToken cancellationToken)
    {
        var person = registry.PersonAsync(new PersonKey { PersonId = personId }, cancellationToken);
        var preferences = ReadAsync(personId, cancellationToken);
        var found = await person;
        return found.Value is { } p ? (new TextDeskView(p, await preferences, false, null), null) : (null, found.Problem);
    }

    /// <summary>保存: each kind whose tick differs from what is recorded, one choice each; the first refusal stops and is shown.</summary>
    public async Task<TextDeskView> SaveAsync(TextDeskView opened, IFormCollection posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        if (opened.Preferences.Value is not { } recorded)
        {
            return opened with { Refusal = opened.Preferences.Problem };
        }

        var whose = new PersonKey { PersonId = opened.Person.PersonId };
        foreach (var (preference, texted) in TextChoices.Changed(recorded, posted))
        {
            var saved = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, TextPreferences>(ServiceZh,
                async (c, o) => await c.SetTextPreferenceAsync(new SetTextPreferenceRequest { IdempotencyKey = TextChoices.KeyOf(preference, texted, whose.PersonId), Person = whose, Category = preference.Category, Texted = texted }, o), cancellationToken);
            if (saved.Problem is { } problem)
            {
                return opened with { Preferences = await ReadAsync(whose.PersonId, cancellationToken), Refusal = problem };
            }
        }

        return opened with { Preferences = await ReadAsync(whose.PersonId, cancellationToken), JustSaved = true };
    }

    private Task<ServiceAnswer<TextPreferences>> ReadAsync(string personId, CancellationToken cancellationToken) =>
        calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, TextPreferences>(ServiceZh,
            async (c, o) => await c.GetTextPreferencesAsync(new GetTextPreferencesRequest { Person = new PersonKey { PersonId = personId } }, o), cancellationToken);
}
