using Employment.Applicants.Data;
using Employment.Applicants.Data.Exchange;
using Employment.Applicants.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>A batch's receipt: its counts and its rejected rows in file order, a page at a time.</summary>
internal sealed class AgencyBatchReceipts(ApplicantsDbContext db)
{
    /// <summary>Rejected rows per receipt: a technical bound; all of them are kept.</summary>
    public const int RejectsPerPage = 1000;

    public async Task<AgencyBatchReceipt> GetAsync(GetAgencyBatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = (int)request.Source;
        var id = request.BatchId.Trim();
        var batch = await db.AgencyBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Source == source && b.BatchId == id, cancellationToken)
            ?? throw DomainRuleException.NotFound("交换批次", id);
        return await OfAsync(batch, replayed: false, cancellationToken, request.RejectsFromLine);
    }

    public async Task<AgencyBatchReceipt> OfAsync(AgencyBatchRecord batch, bool replayed, CancellationToken cancellationToken, long rejectsFrom = 0)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rejects = await db.AgencyBatchRejects.AsNoTracking()
            .Where(r => r.Source == batch.Source && r.BatchId == batch.BatchId && r.Line >= rejectsFrom)
            .OrderBy(r => r.Line).Take(RejectsPerPage).ToListAsync(cancellationToken);
        var receipt = new AgencyBatchReceipt
        {
            Source = (AgencySource)batch.Source,
            BatchId = batch.BatchId,
            State = batch.Completed ? AgencyBatchState.Completed : AgencyBatchState.Incomplete,
            FileName = batch.FileName,
            Received = batch.Received,
            Added = batch.Added,
            Unchanged = batch.Unchanged,
            Confirmed = batch.Confirmed,
            Superseded = batch.Superseded,
            Rejected = batch.Rejected,
            Conflicts = batch.Conflicts,
            Replayed = replayed,
            StartedAt = Timestamp.FromDateTimeOffset(batch.StartedAt),
            CompletedAt = batch.CompletedAt is { } done ? Timestamp.FromDateTimeOffset(done) : null,
        };
        receipt.Rejects.AddRange(rejects.Select(r => new AgencyBatchReject { Line = r.Line, Column = r.Column, ReasonZh = r.Reason }));
        return receipt;
    }
}
