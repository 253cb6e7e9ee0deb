using Employment.Common.V1;
using Employment.Persistence.Payments;
using Employment.Risk.Data;
using Employment.Risk.Domain;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Employment.Risk.UseCases;

/// <summary>
/// 稽核暂停发放: brings the owning services' holds in line with a signal's status. A confirmed signal holds
/// its linked records (each service is told which of its references); any other status releases them. The
/// services' holds are idempotent, so telling them again is always safe: a review whose services could not
/// be told is told again when the same review is sent again.
/// </summary>
public sealed class SignalHolds(RiskDbContext db, IEnumerable<IAuditSource> sources)
{
    public async Task<SignalRecord> SyncAsync(string signalId, CancellationToken cancellationToken)
    {
        var record = await db.Signals.Include(s => s.Reviews).SingleAsync(s => s.Id == signalId, cancellationToken);
        var hold = (SignalStatus)record.Status == SignalStatus.Confirmed;
        if (!hold && !record.PaymentHeld)
        {
            return record;
        }

        var evidence = SignalAnswers.Of(record);
        var reason = hold ? record.Reviews.OrderBy(r => r.SignalVersion).Last().ReasonZh : "";
        var paidBefore = new List<string>();
        // A signal may link more records than one call carries (an account receiving for many claimants): the
        // service's bound per call, in turn.
        var calls = evidence.Records.GroupBy(r => r.Service, StringComparer.Ordinal)
            .SelectMany(linked => linked.Select(r => r.Reference).Distinct(StringComparer.Ordinal).Chunk(PaymentHoldLimits.MaxRecordsPerCall)
                .Select(references => (Service: linked.Key, References: references)));
        foreach (var linked in calls)
        {
            var source = sources.FirstOrDefault(s => s.Service == linked.Service)
                ?? throw new InvalidOperationException($"No audit source for {linked.Service}.");
            var request = new PaymentHoldRequest { SignalId = record.Id, Region = new RegionCode { Code = record.Region }, Hold = hold, ReasonZh = reason };
            request.RecordIds.AddRange(linked.References);
            try
            {
                var answer = await source.HoldAsync(request, cancellationToken);
                paidBefore.AddRange(answer.AlreadyPaidRecordIds.Select(id => $"{linked.Service}/{id}"));
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            {
                throw new RpcException(new Status(StatusCode.Unavailable,
                    $"核查结论已保存（风险提示 {record.Id} 第 {record.Version} 版），但未能通知 {linked.Service} {(hold ? "暂停" : "恢复")}发放：请稍后用同一请求（相同 idempotency_key）重试。"));
            }
        }

        record.PaymentHeld = hold;
        record.PaidBeforeHold = string.Join('\n', paidBefore);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
