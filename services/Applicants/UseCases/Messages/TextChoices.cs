using Employment.Applicants.Data;
using Employment.Applicants.Domain.Messages;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.UseCases.Messages;

/// <summary>
/// 短信通知: which kinds of message a person lets the registry text them, chosen by the person in the hall or for them at a
/// counter of their region; each choice is kept with when, by whom and the channel, and the latest per kind decides
/// (<see cref="MessageDelivery"/>). Nobody chooses for another person: to a person, anyone else is NOT_FOUND.
/// </summary>
internal sealed class TextChoices(ApplicantsDbContext db, VisibleSubjects subjects, ChinaClock clock)
{
    public async Task<TextPreferences> GetAsync(GetTextPreferencesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await subjects.PersonAsync(Whose(request.Person, caller), RegionScope.Of(caller), cancellationToken);
        return await AnswerAsync(person, cancellationToken);
    }

    public async Task<TextPreferences> SetAsync(WriteRequest write, SetTextPreferenceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(request);
        if (MessageCategories.Find(request.Category) is null)
        {
            throw DomainRuleException.Invalid("category", $"请从{string.Join("、", MessageCategories.All.Select(c => c.NameZh))}中选择一类消息。");
        }

        return await IdempotentWrite.RunAsync(db, clock.Now, "SetTextPreference", write.Caller, write.IdempotencyKey, write.Message, TextPreferences.Parser, async () =>
        {
            var person = await subjects.PersonAsync(Whose(request.Person, write.Caller), RegionScope.Of(write.Caller), cancellationToken);
            db.TextPreferences.Add(new TextPreferenceRecord
            {
                Id = Employment.ServiceDefaults.Data.RecordIds.New("Q"),
                PersonId = person.Id,
                Category = (int)request.Category,
                Texted = request.Texted,
                At = clock.Now,
                By = write.Actor,
                Channel = (int)(write.Caller.Role == CallerRole.Person ? Channel.Online : Channel.Counter),
            });
            await db.SaveChangesAsync(cancellationToken);
            return await AnswerAsync(person, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The kinds each addressee chose not to be texted, by the latest choice of each kind.</summary>
    public static async Task<IReadOnlyDictionary<string, HashSet<MessageCategory>>> UntextedAsync(ApplicantsDbContext db, IReadOnlyCollection<string> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var choices = await db.TextPreferences.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToListAsync(cancellationToken);
        return choices.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.GroupBy(c => c.Category)
            .Select(k => k.OrderBy(c => c.Id, StringComparer.Ordinal).Last())
            .Where(c => !c.Texted).Select(c => (MessageCategory)c.Category).ToHashSet());
    }

    /// <summary>A person's own call is about themself whatever it names; a counter's names whom.</summary>
    private static PersonKey? Whose(PersonKey? named, Caller caller) =>
        caller.Role == CallerRole.Person && named is null or { KeyCase: PersonKey.KeyOneofCase.None } ? new PersonKey { PersonId = caller.Subject } : named;

    private async Task<TextPreferences> AnswerAsync(PersonRecord person, CancellationToken cancellationToken)
    {
        var choices = await db.TextPreferences.AsNoTracking().Where(p => p.PersonId == person.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var answer = new TextPreferences { PhoneMasked = person.Phone.Length > 0 ? IdMasking.MaskPhoneNumbersIn(person.Phone) : "" };
        foreach (var category in MessageCategories.All)
        {
            var latest = choices.LastOrDefault(c => c.Category == (int)category.Value);
            var preference = new TextPreference { Category = category.Value, NameZh = category.NameZh, AboutZh = category.AboutZh, Texted = latest?.Texted ?? true };
            if (latest is not null)
            {
                (preference.ChangedAt, preference.ChangedBy, preference.Channel) = (Timestamp.FromDateTimeOffset(latest.At), latest.By, (Channel)latest.Channel);
            }

            answer.Preferences.Add(preference);
        }

        return answer;
    }
}
