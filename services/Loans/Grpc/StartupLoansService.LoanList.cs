using Employment.ServiceDefaults.Paging;
using Employment.Loans.Data;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

internal sealed partial class StartupLoansService
{
    /// <summary>Loans in id order (registration order), a page at a time: a bank's own, a counter's region's.</summary>
    public override async Task<V1.ListLoansResponse> ListLoans(V1.ListLoansRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var query = db.Loans.AsNoTracking();
        if (caller.Role == CallerRole.Bank)
        {
            caller.RequireOwnBank(request.BankCode);
        }

        if (request.BankCode.Length > 0)
        {
            query = query.Where(l => l.BankCode == request.BankCode);
        }

        if (request.Status != V1.LoanStatus.Unspecified)
        {
            query = query.Where(l => l.Status == (int)request.Status);
        }

        if (request.BorrowerIdNumber.Length > 0)
        {
            var references = borrowers.Candidates(BorrowerKeyKind.IdNumber, LoanRequests.Person(request.BorrowerIdNumber, "borrower_id_number", Today).Value);
            query = query.Where(l => references.Contains(l.BorrowerHash));
        }

        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var rows = await query.Where(l => string.Compare(l.Id, after) > 0).OrderBy(l => l.Id).Take(Pages.FetchCount(size)).ToListAsync(context.CancellationToken);
        var scope = RegionScope.Of(caller);
        var (page, next) = Pages.Take(rows, size, r => scope.Covers(r.Region), r => r.Id);
        var response = new V1.ListLoansResponse { Page = next };
        response.Loans.AddRange((await LoanAggregate.LoadManyAsync(db, page, context.CancellationToken)).Select(l => l.ToProto(catalog)));

        return response;
    }
}
