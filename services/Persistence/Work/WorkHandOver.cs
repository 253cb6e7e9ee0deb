using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Work;

/// <summary>A record that waits on a clerk: who handles it (经办人), empty while it is still the clerk who took it.</summary>
public interface IHandled
{
    string Id { get; }

    /// <summary>The decision region: a counter hands over only its own office's records.</summary>
    string Region { get; }

    string HandledBy { get; set; }

    string CreatedBy { get; }
}

/// <summary>A hand-over as checked: from which clerk to which, and why.</summary>
public sealed record HandOver(string From, string To, string ReasonZh);

/// <summary>
/// 移交, in every service that decides: the office's reviewer (a counter clerk allowed to review) hands the waiting
/// records a clerk handles to another clerk; the records outside the reviewer's office are not touched (each service
/// selects within its caller's region); decided, paid and closed records keep their clerk.
/// </summary>
public static class WorkHandOver
{
    /// <summary>The most characters of a 工号, as the registry and the identity provider keep it.</summary>
    private const int StaffIdMaxLength = 40;

    /// <summary>Who handles <paramref name="record"/> now: its 经办人, or the clerk who took it.</summary>
    public static string HandlerOf(IHandled record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.HandledBy.Length > 0 ? record.HandledBy : record.CreatedBy;
    }

    /// <exception cref="DomainRuleException">INVALID_ARGUMENT naming the field: a 工号 missing or malformed, the same on both sides, no reason.</exception>
    /// <exception cref="RpcException">PERMISSION_DENIED: the caller is not a counter clerk allowed to review.</exception>
    public static HandOver Check(HandOverWorkRequest request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var from = StaffId(request.FromStaffId, "from_staff_id", "移交人");
        var to = StaffId(request.ToStaffId, "to_staff_id", "接手人");
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw DomainRuleException.Invalid("to_staff_id", "接手人不能是移交人本人。");
        }

        var reason = PlainText.Check(request.ReasonZh, "reason_zh", 500, "移交原因", required: false).Trim();
        if (reason.Length == 0)
        {
            throw DomainRuleException.Invalid("reason_zh", "请写明移交原因（如调岗、离职、休假）。");
        }

        // The request's shape first (as ReviewDecision's id), then who may.
        if (caller.Role != CallerRole.Counter || !caller.MayReview)
        {
            throw new StatusDetails(StatusCode.PermissionDenied,
                "移交待办须由本经办机构有复核权限的经办人员办理，您的账号没有这项权限。 (Only a clerk the office allows to review may hand work over.)")
            {
                Reason = "HANDOVER_NOT_ALLOWED",
            }.ToException();
        }

        return new HandOver(from, to, reason);
    }

    /// <summary>
    /// 移交 in one idempotent write: of <paramref name="waiting"/> (the service's records that still wait on a clerk),
    /// those of the reviewer's office that <see cref="HandOver.From"/> handles become <see cref="HandOver.To"/>'s,
    /// stamped as the reviewer's change; answers what moved. Nothing moves when the receiver is tied to a record that
    /// would (回避, asked of <paramref name="recusal"/> with what <paramref name="subjectsOf"/> says the records name).
    /// </summary>
    /// <param name="whatZh">What a record is called in a refusal (培训补贴申请).</param>
    /// <param name="staff">工作人员名录, where the receiver must be an enabled counter clerk of the reviewer's office.</param>
    public static Task<HandOverWorkAnswer> RunAsync<TRecord>(
        DbContext db, IQueryable<TRecord> waiting, HandOverWorkRequest request, Caller reviewer, DateTimeOffset now,
        IRecusal recusal, IStaffDirectory staff, string whatZh, Func<IReadOnlyList<TRecord>, CancellationToken, Task<RecusalSubjects>> subjectsOf, CancellationToken cancellationToken)
        where TRecord : AuditedRecord, IHandled
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(recusal);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(subjectsOf);
        var handOver = Check(request, reviewer);
        var scope = RegionScope.Of(reviewer);
        return IdempotentWrite.RunAsync(db, now, "HandOverWork", reviewer, request.IdempotencyKey, request, HandOverWorkAnswer.Parser, async () =>
        {
            RequireReceiver(await staff.FindAsync(handOver.To, cancellationToken), handOver.To, reviewer);
            var rows = await waiting
                .Where(r => r.Region.StartsWith(scope.CodePrefix) && (r.HandledBy == handOver.From || (r.HandledBy == "" && r.CreatedBy == handOver.From)))
                .OrderBy(r => r.Id)
                .ToListAsync(cancellationToken);
            var answer = new HandOverWorkAnswer();
            // Regions nest (a district within its city): the prefix may let a neighbour's code through; the scope decides.
            var moving = rows.Where(r => scope.Covers(r.Region) && HandlerOf(r) == handOver.From).ToList();
            if (moving.Count > 0)
            {
                await recusal.RequireReceiverUntiedAsync(handOver.To, whatZh, await subjectsOf(moving, cancellationToken), cancellationToken);
            }

            foreach (var record in moving)
            {
                record.HandledBy = handOver.To;
                record.StampChanged(reviewer.Subject, now);
                answer.RecordIds.Add(record.Id);
            }

            answer.HandedOver = answer.RecordIds.Count;
            return answer;
        }, cancellationToken);
    }

    /// <summary>The receiver is a clerk the office could give the records to: an enabled counter account of the reviewer's own office.</summary>
    private static void RequireReceiver(StaffMemberFacts? receiver, string to, Caller reviewer)
    {
        var refusal = receiver switch
        {
            null => $"工号 {to} 没有工作人员账号，请核对接手人的工号。",
            { Disabled: true } => $"工号 {to} 的账号已停用，不能接手待办，请移交给在岗的经办人员。",
            { Role: not "counter" } => $"工号 {to} 不是窗口经办人员，不能接手待办。",
            _ when receiver.OfficeRegion != reviewer.RegionCode => $"工号 {to} 是其他经办机构（{receiver.OfficeRegion}）的工作人员，只能移交给本经办机构的经办人员。",
            _ => null,
        };
        if (refusal is not null)
        {
            throw DomainRuleException.Invalid("to_staff_id", refusal);
        }
    }

    private static string StaffId(string value, string field, string whoZh)
    {
        var id = value.Trim();
        if (id.Length == 0 || id.Length > StaffIdMaxLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw DomainRuleException.Invalid(field, $"请填写{whoZh}的工号（字母、数字、-、_、.，至多{StaffIdMaxLength}位）。");
        }

        return id;
    }
}
