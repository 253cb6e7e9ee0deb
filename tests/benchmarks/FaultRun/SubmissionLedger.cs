using System.Collections.Concurrent;

namespace FaultRun;

/// <summary>
/// What the client knows about its submissions: every key sent and when it was first sent, every OK
/// answer per key and when the first came, the keys refused.
/// </summary>
public sealed class SubmissionLedger
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> _sentAt = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> _answeredAt = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _refused = new(StringComparer.Ordinal);

    public void Sent(string key)
    {
        _sentAt.TryAdd(key, RunClock.Now);
        _answers.TryAdd(key, []);
    }

    public void Answered(string key, string applicationId)
    {
        _answers[key].Add(applicationId);
        _answeredAt.TryAdd(key, RunClock.Now);
    }

    /// <summary>The application of every key answered OK before <paramref name="moment"/> (its commit came before it).</summary>
    public IReadOnlyList<string> AcknowledgedBefore(double moment) =>
        [.. AnsweredKeys.Where(a => _answeredAt[a.Key] < moment).Select(a => a.Value)];

    /// <summary>The application of every key first sent after <paramref name="moment"/> and answered OK (its commit came after it).</summary>
    public IReadOnlyList<string> SentAfter(double moment) =>
        [.. AnsweredKeys.Where(a => _sentAt[a.Key] > moment).Select(a => a.Value)];

    public void Refuse(string key, string reason) => _refused.TryAdd(key, reason);

    public bool Refused(string key) => _refused.ContainsKey(key);

    public int KeysSent => _answers.Count;

    public int OkAnswers => _answers.Values.Sum(a => a.Count);

    /// <summary>Each key answered OK at least once, with the application id of its first answer.</summary>
    public IReadOnlyDictionary<string, string> AnsweredKeys =>
        _answers.Where(a => !a.Value.IsEmpty).ToDictionary(a => a.Key, a => a.Value.First(), StringComparer.Ordinal);

    /// <summary>Keys whose OK answers named more than one application: a retry that made a second record.</summary>
    public int KeysWithDifferentAnswers => _answers.Values.Count(a => a.Distinct(StringComparer.Ordinal).Count() > 1);

    /// <summary>Keys answered OK more than once (deliberate retries, double clicks, retries after a failure).</summary>
    public int KeysAnsweredMoreThanOnce => _answers.Values.Count(a => a.Count > 1);

    public IReadOnlyCollection<string> RefusalReasons => _refused.Values.Distinct(StringComparer.Ordinal).Take(3).ToList();

    public int RefusedKeys => _refused.Count;
}
