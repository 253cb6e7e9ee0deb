using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Submissions;

/// <summary>
/// Where one service stores what its counters submit (an application, a claim): the idempotent write in
/// the transaction of its answer, the 查询码 issued once with only its hash kept on the record, and the
/// code added to the first answer only (a retry replays the stored answer, which never holds it; a retry
/// that lost a race gets the winner's answer, not our code), and 回避 asked before anything is stored: a clerk
/// does not take a record that names themself or their own (<see cref="IRecusal"/>). A service says only what
/// differs: its id prefix, its operation, what it calls a record, its table and log line, who a record names,
/// and where its answer holds the id and the code.
/// </summary>
/// <param name="idPrefix">Every kind's records share one id prefix, so one keyset pages them all.</param>
/// <param name="operation">The operation the idempotency record names (the RPC's name).</param>
/// <param name="whatZh">What a record is called in a refusal (培训补贴申请).</param>
public abstract class SubmissionStore<TRequest, TRecord, TAnswer>(DbContext db, ChinaClock clock, IRecusal recusal, string idPrefix, string operation, string whatZh, MessageParser<TAnswer> parser)
    where TRequest : class, IMessage
    where TRecord : class, IProgressCoded
    where TAnswer : class, IMessage<TAnswer>
{
    public string IdPrefix => idPrefix;

    public ChinaClock Clock => clock;

    /// <summary>
    /// Runs <paramref name="judgeAndBuild"/> (which judges again, throws when the rules refuse, and returns the
    /// record; rows it adds to other tables are saved with it) and stores the record it returns.
    /// </summary>
    public async Task<TAnswer> StoreOnceAsync(TRequest request, Caller clerk, Func<Task<TRecord>> judgeAndBuild, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        ArgumentNullException.ThrowIfNull(judgeAndBuild);
        (string Id, IssuedProgressCode Code)? issued = null;
        var answer = await IdempotentWrite.RunAsync(db, clock.Now, operation, clerk, IdempotencyKeyOf(request), request, parser, async () =>
        {
            var record = await judgeAndBuild();
            await recusal.RequireUntiedAsync(clerk, whatZh, SubjectsOf(record), cancellationToken);
            var code = ProgressCodes.Issue();
            record.ProgressCodeHash = code.Stored;
            issued = (record.Id, code);
            Add(record, clerk);
            return Answer(record);
        }, cancellationToken);
        if (issued is { } ours && ours.Id == IdOf(answer))
        {
            GiveProgressCode(answer, ours.Code.Code);
        }

        return answer;
    }

    /// <summary>Forgets the refused write, so what follows reads the database as it is.</summary>
    public void ForgetUnsaved() => db.ChangeTracker.Clear();

    protected abstract string IdempotencyKeyOf(TRequest request);

    /// <summary>Who the record names (its applicant, the people it pays for, the claimant employer), for 回避.</summary>
    protected abstract RecusalSubjects SubjectsOf(TRecord record);

    /// <summary>Adds the record to its table and logs it (masked).</summary>
    protected abstract void Add(TRecord record, Caller clerk);

    /// <summary>The stored record as the contract's answer (the answer a retry replays).</summary>
    protected abstract TAnswer Answer(TRecord record);

    protected abstract string IdOf(TAnswer answer);

    protected abstract void GiveProgressCode(TAnswer answer, string code);
}
