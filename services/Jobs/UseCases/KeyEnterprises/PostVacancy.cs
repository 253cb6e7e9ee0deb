using Employment.Jobs.Data;
using Employment.Jobs.Domain.KeyEnterprises;
using Employment.Persistence;
using Employment.Persistence.Idempotency;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>
/// PostVacancy: a vacancy of a key enterprise's newest collection filed as a posting (岗位收集 → 发布),
/// through the same screen, duplicate merging and index as CreatePosting, and the posting's id recorded on
/// the vacancy — one transaction, one answer, so a vacancy is never posted twice nor linked to nothing.
/// The employer and occupation left empty are taken from the enterprise (the registry's name and kind)
/// and the vacancy; openings left 0 are the vacancy's count.
/// </summary>
public sealed class PostVacancy(JobsDbContext db, FilePosting filing, IProfileReader registry, KeyEnterpriseBasis basis, ChinaClock clock)
{
    public async Task<V1.PostVacancyResponse> PostAsync(V1.PostVacancyRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        try
        {
            return await WriteAsync(request, clerk, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The same job was filed meanwhile: run again, which merges into it.
            db.ChangeTracker.Clear();
            return await WriteAsync(request, clerk, cancellationToken);
        }
    }

    private Task<V1.PostVacancyResponse> WriteAsync(V1.PostVacancyRequest request, Caller clerk, CancellationToken cancellationToken) =>
        IdempotentWrite.RunAsync(db, clock.Now, "PostVacancy", clerk, request.IdempotencyKey, request, V1.PostVacancyResponse.Parser, async () =>
        {
            var record = await KeyEnterpriseReads.VisibleAsync(db, request.EnterpriseId, clerk, request.ExpectedVersion, cancellationToken);
            var enterprise = record.ToEnterprise();
            var vacancy = enterprise.VacancyToPost(request.CollectionId, request.VacancyIndex);
            var posting = await CompletedAsync(request.Posting, enterprise, vacancy, cancellationToken);
            var content = PostingInput.From(posting);
            enterprise.RequireSameJob(vacancy, content.Employer.CreditCode, content.OccupationCode);
            RegionScope.Of(clerk).RequireCovers("posting.work_place.county", content.WorkPlace.CountyCode);

            var filed = await filing.FileInTransactionAsync(content, request.ScreeningOverride?.LegalReason, clerk, cancellationToken);
            enterprise.MarkPosted(request.CollectionId, request.VacancyIndex, filed.PostingId);
            record.CopyFrom(enterprise);
            record.StampChanged(clerk.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return new V1.PostVacancyResponse { Posting = filed, Enterprise = KeyEnterpriseAnswers.Counter(enterprise, record, basis.For(record.CountyCode, clock.Today)) };
        }, cancellationToken);

    private async Task<V1.JobPosting> CompletedAsync(V1.JobPosting? given, KeyEnterprise enterprise, Vacancy vacancy, CancellationToken cancellationToken)
    {
        if (given is null)
        {
            throw DomainRuleException.Invalid("posting", "请提供岗位信息（posting）。");
        }

        var posting = given.Clone();
        if (posting.Employer is null || posting.Employer.CreditCode.Length == 0)
        {
            var employer = (await registry.GetEmployerAsync(enterprise.EmployerId, RecordKeyEnterprise.Purpose, cancellationToken)).Profile.Employer;
            posting.Employer = new V1.PostingEmployer { CreditCode = enterprise.CreditCode, Name = employer.Name, Kind = employer.Kind };
        }

        if (posting.OccupationCode.Length == 0)
        {
            posting.OccupationCode = vacancy.OccupationCode;
        }

        if (posting.Title.Length == 0)
        {
            posting.Title = vacancy.Title;
        }

        if (posting.Openings == 0)
        {
            posting.Openings = vacancy.Count;
        }

        return posting;
    }
}
