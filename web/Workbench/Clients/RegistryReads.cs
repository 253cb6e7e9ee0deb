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
}
