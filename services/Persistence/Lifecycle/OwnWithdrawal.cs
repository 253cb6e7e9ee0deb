using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Lifecycle;

/// <summary>How a withdrawal reads in a record's history.</summary>
public static class WithdrawnBy
{
    /// <summary>A counter's, before the applicant's reason, which the applicant then reads.</summary>
    public const string CounterZh = "窗口代为撤回：";

    /// <summary>The applicant's own.</summary>
    public const string ApplicantZh = "申请人撤回";
}

/// <summary>
/// 撤回 as every service answers it (<see cref="IWithdrawal"/>): the applicant's own record — a person's, or the employer's
/// to its agent — or, on the applicant's written request, one of the counter's region; one idempotent write under the
/// caller's key. Another's record and no record look the same (NOT_FOUND). The service says how its record is read,
/// whose it is and what withdrawing does to it.
/// </summary>
public abstract class OwnWithdrawal<TRecord>(DbContext db, ChinaClock clock) : IWithdrawal
    where TRecord : class
{
    /// <summary>What the record is called in a refusal (培训补贴申请).</summary>
    protected abstract string WhatZh { get; }

    /// <summary>Who may withdraw it, said to a caller of another role.</summary>
    protected abstract string WhoMayZh { get; }

    /// <summary>The record by its reference, tracked for the change; null when there is none.</summary>
    protected abstract Task<TRecord?> FindAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Whose record it is (a person, an employer) and the region whose counters may act on it.</summary>
    protected abstract (RecordOwner Owner, string Region) WhoseIs(TRecord record);

    /// <summary>Withdraws the caller's record (refusing one no longer withdrawable), inside the write; its progress as the applicant reads it.</summary>
    protected abstract Task<ApplicationProgress> WithdrawAsync(TRecord record, WithdrawRequest request, Caller caller, DateTimeOffset at, CancellationToken cancellationToken);

    public Task<ApplicationProgress> WithdrawAsync(WithdrawRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (CallerRole.Person or CallerRole.Employer or CallerRole.Counter))
        {
            throw RpcErrors.Denied($"{WhoMayZh} (the applicant's own record)");
        }

        var scope = RegionScope.Of(caller);
        var reference = request.Reference.Trim();
        var at = clock.Now;
        return IdempotentWrite.RunAsync(db, at, "Withdraw", caller, request.IdempotencyKey, request, ApplicationProgress.Parser, async () =>
        {
            var record = await FindAsync(reference, cancellationToken);
            if (record is null || !Shows(scope, record))
            {
                throw DomainRuleException.NotFound(WhatZh, reference);
            }

            return await WithdrawAsync(record, request, caller, at, cancellationToken);
        }, cancellationToken);
    }

    private bool Shows(RegionScope scope, TRecord record)
    {
        var (owner, region) = WhoseIs(record);
        return scope.Shows(owner, region);
    }
}
