using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Submissions;

/// <summary>One kind of subsidy as a service takes it: previewed (judged, nothing stored) and submitted (judged again and stored once).</summary>
public interface ISubsidyKind<TRequest, TAnswer>
{
    Task<TAnswer> PreviewAsync(TRequest request, Caller clerk, CancellationToken cancellationToken);

    Task<TAnswer> SubmitAsync(TRequest request, Caller clerk, CancellationToken cancellationToken);
}

/// <summary>
/// The submission every kind of subsidy shares, held once for every service: in the transaction of its
/// answer (idempotent on the clerk's key, <see cref="SubmissionStore{TRequest, TRecord, TAnswer}"/>) the
/// submission is judged again, refused as a whole when a rule refuses it (unless the applicant insists at a counter,
/// <see cref="SubsidyKindInsistence"/>: then it is stored and what the rules refuse is refused at once), and stored
/// with the rows that hold what it pays for; when the database's unique index refuses the write because a racing submission
/// took something first, the kind names that submission (ALREADY_EXISTS). A kind says only what differs:
/// how it judges, what refuses, the record it stores and how it finds the submission that won a race.
/// </summary>
/// <typeparam name="TJudged">The kind's judgement of a whole submission, with what it was made from.</typeparam>
public abstract class SubsidyKind<TRequest, TJudged, TRecord, TAnswer>(SubmissionStore<TRequest, TRecord, TAnswer> store) : ISubsidyKind<TRequest, TAnswer>
    where TRequest : class, IMessage
    where TJudged : class
    where TRecord : class, IProgressCoded
    where TAnswer : class, IMessage<TAnswer>
{
    /// <summary>Judges and answers with status PREVIEW: no id, nothing stored.</summary>
    public async Task<TAnswer> PreviewAsync(TRequest request, Caller clerk, CancellationToken cancellationToken) =>
        Preview(await JudgeAsync(request, clerk, cancellationToken));

    /// <summary>Judges again and, when every rule holds, stores the submission once (durable before the answer).</summary>
    public async Task<TAnswer> SubmitAsync(TRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var insisted = SubsidyKindInsistence.Of(request, clerk);
        TJudged? judged = null;
        try
        {
            return await store.StoreOnceAsync(request, clerk, async () =>
            {
                var id = RecordIds.New(store.IdPrefix);
                judged = await JudgeToStoreAsync(id, request, clerk, cancellationToken);
                var refusal = RefusalOf(judged);
                if (refusal is not null && !insisted)
                {
                    throw refusal;
                }

                var record = await RecordAsync(id, judged, request, clerk, store.Clock.Now, cancellationToken);
                if (refusal is not null)
                {
                    // 坚持申请: what the rules refuse is refused now, by the clerk who took it, and holds nothing.
                    await RefuseAsTakenAsync(record, clerk, store.Clock.Now, cancellationToken);
                }

                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            store.ForgetUnsaved();
            if (await LostRaceAsync(judged, CancellationToken.None) is { } taken)
            {
                throw taken;
            }

            throw;
        }
    }

    /// <summary>Judges the submission from the request and what the registry and the stored records say; writes nothing.</summary>
    protected abstract Task<TJudged> JudgeAsync(TRequest request, Caller clerk, CancellationToken cancellationToken);

    /// <summary>Judges inside the submission's transaction, knowing the new record's id (a kind that takes turns takes them first).</summary>
    protected virtual Task<TJudged> JudgeToStoreAsync(string id, TRequest request, Caller clerk, CancellationToken cancellationToken) =>
        JudgeAsync(request, clerk, cancellationToken);

    /// <summary>The judgement as an answer with status PREVIEW.</summary>
    protected abstract TAnswer Preview(TJudged judged);

    /// <summary>Throws when the rules refuse; the whole submission is then refused and nothing stored, unless the applicant insists.</summary>
    protected abstract void EnsureGranted(TJudged judged);

    /// <summary>
    /// 坚持申请 at a counter: the stored record's parts the rules refuse are refused now (不予批准, decided by
    /// <paramref name="clerk"/> with <see cref="SubsidyKindInsistence.ReasonZh"/>), release what they held, and the
    /// applicant is told as of any decision; parts the rules allow wait for the clerk's decision.
    /// </summary>
    protected abstract Task RefuseAsTakenAsync(TRecord record, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The rules' refusal of the judgement, or null when every rule holds.</summary>
    private DomainRuleException? RefusalOf(TJudged judged)
    {
        try
        {
            EnsureGranted(judged);
            return null;
        }
        catch (DomainRuleException refused)
        {
            return refused;
        }
    }

    /// <summary>The record to store; rows that hold what it pays for are added to the same context.</summary>
    protected abstract Task<TRecord> RecordAsync(string id, TJudged judged, TRequest request, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>After the unique index refused the write: ALREADY_EXISTS naming the submission that took it first, or null when none is found.</summary>
    protected abstract Task<DomainRuleException?> LostRaceAsync(TJudged judged, CancellationToken cancellationToken);
}
