using Employment.Persistence.Materials;
using Employment.Persistence.Payments;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// Reading applications: one by id (NOT_FOUND outside the counter's region, or to a person not its
/// applicant), or a page of them within the region (a person's own, for a person).
/// </summary>
public sealed class ApplicationQueries(TrainingDbContext db, RegionCheckedRegistry registry, ServiceDefaults.Time.ChinaClock clock,
    Employment.Policy.PolicyCatalog catalog, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, IMaterialStore materials) : Persistence.Lifecycle.IMaterialReading
{
    /// <summary>An application as a read answers it: with the hold in force on it, and its 办结时限 against today while it waits for a decision or a review.</summary>
    private V1.TrainingApplication Read(TrainingApplicationRecord record, DateOnly today, IReadOnlyDictionary<string, PaymentHoldRecord> holds, bool explained = true)
    {
        var answer = ApplicationAnswers.Of(record, explained);
        answer.PaymentHold = PaymentHoldModel.InfoOf(holds.GetValueOrDefault(record.Id));
        if (answer.Status is V1.ApplicationStatus.Submitted or V1.ApplicationStatus.AwaitingReview)
        {
            answer.TimeLimit = DecisionTimeLimits.Of(catalog, kinds.Of(answer.Kind).Measure, Employment.Policy.Model.Region.Parse(record.Region),
                ServiceDefaults.Time.ChinaClock.DateOf(record.CreatedAt), today);
        }

        return answer;
    }

    public async Task<V1.TrainingApplication> GetAsync(string applicationId, Caller caller, CancellationToken cancellationToken)
    {
        var id = applicationId.Trim();
        var record = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideApplication.What, id);
        caller.RequireVisible(DecideApplication.What, id, bankCode: null, record.Owner, record.Region);
        var answer = Read(record, clock.Today, await db.InForceAsync([record.Id], cancellationToken));
        answer.Materials.AddRange((await materials.ListAsync([record.Id], cancellationToken)).GetValueOrDefault(record.Id, []));
        return answer;
    }

    /// <summary>One file received with an application, to whoever may read the application (NOT_FOUND otherwise, as for no such file).</summary>
    public async Task<Common.V1.MaterialContent> MaterialAsync(Common.V1.GetMaterialRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.RecordId.Trim();
        var record = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideApplication.What, id);
        caller.RequireVisible(DecideApplication.What, id, bankCode: null, record.Owner, record.Region);
        return await materials.GetAsync(id, request.MaterialId.Trim(), cancellationToken)
            ?? throw DomainRuleException.NotFound("申报材料", request.MaterialId.Trim());
    }

    public async Task<V1.ListApplicationsResponse> ListAsync(V1.ListApplicationsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(caller);
        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var rows = db.Applications.AsNoTracking().Where(a => string.Compare(a.Id, after) > 0);
        if (scope.OwnPersonId is { } own)
        {
            rows = rows.Where(a => a.PersonId == own);
        }
        else if (scope.OwnEmployerId is { } employer)
        {
            rows = rows.Where(a => a.EmployerId == employer);
        }
        else if (scope.CodePrefix.Length > 0)
        {
            rows = rows.Where(a => a.Region.StartsWith(scope.CodePrefix));
        }

        if (request.Person is { KeyCase: not Common.V1.PersonKey.KeyOneofCase.None } person)
        {
            var personId = (await registry.PersonAsync(caller, person, ApplicantQuery.For(clock.Today), cancellationToken: cancellationToken)).PersonId;
            rows = rows.Where(a => a.PersonId == personId);
        }

        if (request.Kind != V1.SubsidyKind.Unspecified)
        {
            rows = rows.Where(a => a.Kind == (int)request.Kind);
        }

        if (request.Status != V1.ApplicationStatus.Unspecified)
        {
            rows = rows.Where(a => a.Status == (int)request.Status);
        }

        if (request.Year != 0)
        {
            var from = new DateOnly(request.Year is >= 1 and <= 9998 ? request.Year : throw DomainRuleException.Invalid("year", "年份无效。"), 1, 1);
            var until = from.AddYears(1);
            rows = rows.Where(a => a.IssueDate >= from && a.IssueDate < until);
        }

        var read = await rows.OrderBy(a => a.Id).Take(Pages.FetchCount(size)).ToListAsync(cancellationToken);
        // Regions nest (a district within its city): the prefix filter may let through a neighbour's code; the scope decides.
        var (page, response) = Pages.Take(read, size, a => scope.Shows(a.Owner, a.Region), a => a.Id);
        var answer = new V1.ListApplicationsResponse { Page = response };
        await ListTotals.CountOnFirstPageAsync(rows, request.Page, response, cancellationToken);
        var today = clock.Today;
        var holds = await db.InForceAsync([.. page.Select(a => a.Id)], cancellationToken);
        answer.Applications.AddRange(page.Select(a => Read(a, today, holds, !request.WithoutExplanations)));
        return answer;
    }
}
