using Employment.Applicants.V1;
using Employment.Common.V1;

namespace Employment.Web.Workbench.Clients;

/// <summary>
/// The registry's person and employer as the screens read them, with the clerk's token (so the registry answers only
/// within the clerk's office), each worded as the registry's refusal or 服务暂不可用 for the part of the screen it fills.
/// </summary>
public sealed class RegistryReads(ServiceCalls calls)
{
    public const string PeopleZh = "人员登记";

    public const string EmployersZh = "单位登记";

    public Task<ServiceAnswer<Person>> PersonAsync(PersonKey key, CancellationToken cancellationToken) =>
        calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, Person>(PeopleZh,
            (client, options) => client.GetPersonAsync(new GetPersonRequest { Person = key }, options).ResponseAsync, cancellationToken);

    public Task<ServiceAnswer<Employer>> EmployerAsync(EmployerKey key, CancellationToken cancellationToken) =>
        calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, Employer>(EmployersZh,
            (client, options) => client.GetEmployerAsync(new GetEmployerRequest { Employer = key }, options).ResponseAsync, cancellationToken);

    /// <summary>A person (by registry id) or an employer as the one who applies or whose facts are recorded, named as the registry names them to this clerk.</summary>
    public async Task<ServiceAnswer<Pages.Apply.Applicant>> ApplicantAsync(bool employer, string id, CancellationToken cancellationToken)
    {
        if (employer)
        {
            var found = await EmployerAsync(new EmployerKey { EmployerId = id }, cancellationToken);
            return found.Value is { } e ? ServiceAnswer<Pages.Apply.Applicant>.Of(new(true, e.EmployerId, e.Name, e.CreditCode, e.Region)) : ServiceAnswer<Pages.Apply.Applicant>.Failed(found.Problem!);
        }

        var person = await PersonAsync(new PersonKey { PersonId = id }, cancellationToken);
        return person.Value is { } p ? ServiceAnswer<Pages.Apply.Applicant>.Of(new(false, p.PersonId, p.Name, p.IdNumber, p.ResidenceRegion)) : ServiceAnswer<Pages.Apply.Applicant>.Failed(person.Problem!);
    }
}
