using Employment.Risk.Data;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Risk.V1;

namespace Employment.Risk.UseCases;

/// <summary>Reading signals: one by id (NOT_FOUND outside the auditor's region), or a page of them within it.</summary>
public sealed class SignalQueries(RiskDbContext db)
{
    public const string What = "风险提示";

    public async Task<V1.Signal> GetAsync(string signalId, Caller auditor, CancellationToken cancellationToken)
    {
        var id = signalId.Trim();
        var record = await db.Signals.AsNoTracking().Include(s => s.Reviews).SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(What, id);
        auditor.RequireVisible(What, id, bankCode: null, record.Region);
        return SignalAnswers.Of(record);
    }

    public async Task<V1.ListSignalsResponse> ListAsync(V1.ListSignalsRequest request, Caller auditor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(auditor);
        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var rows = db.Signals.AsNoTracking().Include(s => s.Reviews).Where(s => string.Compare(s.Id, after) > 0);
        if (scope.CodePrefix.Length > 0)
        {
            rows = rows.Where(s => s.Region.StartsWith(scope.CodePrefix));
        }

        if (request.Kind != V1.SignalKind.Unspecified)
        {
            rows = rows.Where(s => s.Kind == (int)request.Kind);
        }

        if (request.Status != V1.SignalStatus.Unspecified)
        {
            rows = rows.Where(s => s.Status == (int)request.Status);
        }

        if (request.MinSeverity != V1.Severity.Unspecified)
        {
            rows = rows.Where(s => s.Severity >= (int)request.MinSeverity);
        }

        var read = await rows.OrderBy(s => s.Id).Take(Pages.FetchCount(size)).ToListAsync(cancellationToken);
        var (page, response) = Pages.Take(read, size, s => scope.Covers(s.Region), s => s.Id);
        var answer = new V1.ListSignalsResponse { Page = response };
        answer.Signals.AddRange(page.Select(SignalAnswers.Of));
        return answer;
    }
}
