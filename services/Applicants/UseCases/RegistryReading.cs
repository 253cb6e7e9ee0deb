using Employment.Applicants.Data;
using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>What a clerk reads of the registry: a person, a search for people, an employer, an audit trail; all within the caller's region.</summary>
internal sealed class RegistryReading(ApplicantsDbContext db, VisibleSubjects subjects, AuditTrail audit, ChinaClock clock)
{
    public async Task<Person> PersonAsync(PersonKey? key, Caller caller, CancellationToken cancellationToken) =>
        RecordMapping.ToProto(await subjects.PersonAsync(key, RegionScope.Of(caller), cancellationToken), maskIdNumber: false);

    public async Task<Employer> EmployerAsync(EmployerKey? key, Caller caller, CancellationToken cancellationToken) =>
        RecordMapping.ToProto(await subjects.EmployerAsync(key, RegionScope.Of(caller), cancellationToken));

    /// <summary>People matching every criterion given; a counter sees only people whose household or residence lies within its region.</summary>
    public async Task<FindPeopleResponse> FindPeopleAsync(FindPeopleRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(caller);
        var criteria = PeopleSearch.Criteria(request.IdNumber, request.Name, request.BirthDate, request.Phone, request.ResidenceRegion, clock.Today);
        var (offset, size) = (Pages.Offset(request.Page), Pages.Size(request.Page));
        var (total, page) = await db.SearchPeopleAsync(criteria, scope.CodePrefix, offset, size, cancellationToken);
        var response = new FindPeopleResponse { Page = Pages.NextByOffset(offset, size, total) };
        response.People.AddRange(page.Select(p => RecordMapping.ToProto(p, maskIdNumber: false)));
        return response;
    }

    public async Task<GetAuditResponse> PersonAuditAsync(string personId, PageRequest? page, Caller caller, CancellationToken cancellationToken)
    {
        var person = await subjects.PersonAsync(new PersonKey { PersonId = personId }, RegionScope.Of(caller), cancellationToken);
        return await AuditPageAsync(SubjectTypes.Person, person.Id, page, cancellationToken);
    }

    public async Task<GetAuditResponse> EmployerAuditAsync(string employerId, PageRequest? page, Caller caller, CancellationToken cancellationToken)
    {
        var employer = await subjects.EmployerAsync(new EmployerKey { EmployerId = employerId }, RegionScope.Of(caller), cancellationToken);
        return await AuditPageAsync(SubjectTypes.Employer, employer.Id, page, cancellationToken);
    }

    private async Task<GetAuditResponse> AuditPageAsync(string subjectType, string subjectId, PageRequest? page, CancellationToken cancellationToken)
    {
        var (offset, size) = (Pages.Offset(page), Pages.Size(page));
        var (total, entries) = await audit.ReadAsync(subjectType, subjectId, offset, size, cancellationToken);
        var response = new GetAuditResponse { Page = Pages.NextByOffset(offset, size, total) };
        response.Entries.AddRange(entries.Select(RecordMapping.ToProto));
        return response;
    }
}
