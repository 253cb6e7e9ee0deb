using Employment.Common.V1;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Payments;

/// <summary>
/// 待发放, in every subsidy service: the approved records of the caller's region not yet paid, or every record of a
/// batch, and one record, as the payment steps read them. Only the region's records: NOT_FOUND outside it.
/// </summary>
public sealed class PayableCases<TRecord>(CaseAnswers<TRecord> answers) : Lifecycle.IPayableCases
    where TRecord : AuditedRecord, IPayable, IReviewable
{
    public async Task<ListPayableResponse> ListAsync(ListPayableRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(caller);
        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var rows = answers.Rows.AsNoTracking().Where(r => string.Compare(r.Id, after) > 0);
        var batchId = request.BatchId.Trim();
        var approved = (int)SubsidyStatus.Approved;
        rows = batchId.Length > 0 ? rows.Where(r => r.BatchId == batchId) : rows.Where(r => r.Status == approved);
        if (scope.CodePrefix.Length > 0)
        {
            rows = rows.Where(r => r.Region.StartsWith(scope.CodePrefix));
        }

        var read = await rows.OrderBy(r => r.Id).Take(Pages.FetchCount(size)).ToListAsync(cancellationToken);
        // Regions nest (a district within its city): the prefix filter may let through a neighbour's code; the scope decides.
        var (page, response) = Pages.Take(read, size, r => scope.Shows(default, r.Region), r => r.Id);
        var holds = await answers.Db.InForceAsync([.. page.Select(r => r.Id)], cancellationToken);
        var answer = new ListPayableResponse { Page = response };
        answer.Cases.AddRange(page.Select(r => answers.Of(r, holds.GetValueOrDefault(r.Id))));
        return answer;
    }

    public async Task<SubsidyCase> GetAsync(string recordId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var id = recordId.Trim();
        var record = await answers.Rows.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(answers.RecordWhat, id);
        caller.RequireVisible(answers.RecordWhat, id, bankCode: null, record.Region);
        return answers.Of(record, (await answers.Db.InForceAsync([id], cancellationToken)).GetValueOrDefault(id));
    }
}
