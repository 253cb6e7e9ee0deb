using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Materials;
using Employment.Persistence.Payments;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// Reading claims: one by id (NOT_FOUND outside the counter's region, or to an employer's agent not
/// the claimant's), or a page of them within the region (the employer's own, for its agent).
/// </summary>
public sealed class ClaimQueries(HiringDbContext db, RegistryLookup registry, ClaimAnswers answers, ServiceDefaults.Time.ChinaClock clock, IMaterialStore materials) : IMaterialReading
{
    public async Task<V1.HiringClaim> GetAsync(string claimId, Caller caller, CancellationToken cancellationToken)
    {
        var id = claimId.Trim();
        var record = await db.Claims.AsNoTracking().Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideClaimItem.What, id);
        caller.RequireVisible(DecideClaimItem.What, id, bankCode: null, OwnerOf(record), record.Region);
        var answer = answers.Read(record, clock.Today, await db.InForceAsync([record.Id], cancellationToken));
        answer.Materials.AddRange((await materials.ListAsync([record.Id], cancellationToken)).GetValueOrDefault(record.Id, []));
        return answer;
    }

    /// <summary>One file received with a claim, to whoever may read the claim (NOT_FOUND otherwise, as for no such file).</summary>
    public async Task<MaterialContent> MaterialAsync(GetMaterialRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.RecordId.Trim();
        var record = await db.Claims.AsNoTracking().Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideClaimItem.What, id);
        caller.RequireVisible(DecideClaimItem.What, id, bankCode: null, OwnerOf(record), record.Region);
        return await materials.GetAsync(id, request.MaterialId.Trim(), cancellationToken)
            ?? throw DomainRuleException.NotFound("申报材料", request.MaterialId.Trim());
    }

    /// <summary>Whose claim it is: its employer's, or the person's who claims for themself.</summary>
    internal static RecordOwner OwnerOf(HiringClaimRecord record) =>
        record.EmployerId.Length > 0 ? RecordOwner.Employer(record.EmployerId) : RecordOwner.Person(ClaimAddressee.Of(record).PersonId);

    public async Task<V1.ListClaimsResponse> ListAsync(V1.ListClaimsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(caller);
        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var rows = db.Claims.AsNoTracking().Include(c => c.Items).Where(c => string.Compare(c.Id, after) > 0);
        if (scope.OwnEmployerId is { } own)
        {
            rows = rows.Where(c => c.EmployerId == own);
        }
        else if (scope.CodePrefix.Length > 0)
        {
            rows = rows.Where(c => c.Region.StartsWith(scope.CodePrefix));
        }

        if (request.Employer is { KeyCase: not Common.V1.EmployerKey.KeyOneofCase.None } employer)
        {
            var employerId = (await registry.EmployerAsync(caller, employer, cancellationToken)).EmployerId;
            rows = rows.Where(c => c.EmployerId == employerId);
        }

        if (request.Kind != V1.SubsidyKind.Unspecified)
        {
            rows = rows.Where(c => c.Kind == (int)request.Kind);
        }

        if (request.Status != V1.ClaimStatus.Unspecified)
        {
            rows = rows.Where(c => c.Status == (int)request.Status);
        }

        var read = await rows.OrderBy(c => c.Id).Take(Pages.FetchCount(size)).ToListAsync(cancellationToken);
        // Regions nest (a district within its city): the prefix filter may let through a neighbour's code; the scope decides.
        var (page, response) = Pages.Take(read, size, c => scope.Shows(RecordOwner.Employer(c.EmployerId), c.Region), c => c.Id);
        var answer = new V1.ListClaimsResponse { Page = response };
        await ListTotals.CountOnFirstPageAsync(rows, request.Page, response, cancellationToken);
        var today = clock.Today;
        var holds = await db.InForceAsync([.. page.Select(c => c.Id)], cancellationToken);
        answer.Claims.AddRange(page.Select(c => answers.Read(c, today, holds, !request.WithoutExplanations)));
        return answer;
    }
}
