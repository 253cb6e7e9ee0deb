using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Loans.Tests.LoanRequestsFor;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Loans.Tests.Service;

/// <summary>The loans process's client of the registry: one typed client, one channel (connection) to it.</summary>
public sealed class RegistryClientTests(LoansHost host) : IClassFixture<LoansHost>
{
    [Fact(Timeout = 60_000)]
    public async Task The_loans_host_registers_one_registry_client_and_reaches_the_registry_over_one_connection()
    {
        // One registration of the typed client, shared by the borrower lookup and the profile cache.
        Assert.Single(host.LoansServices.GetServices<ApplicantsApi.ApplicantsClient>());

        // A query makes both kinds of registry read: the lookup by identity number (borrower
        // lookup) and the profile by person id (the profile cache, on its miss).
        var id = await host.RegisterUnemployedPersonAsync();
        await host.QueryWithConsentAsync(Query(id, D(2023, 6, 1), 10 * Wan).WithCoveringGuarantor(10 * Wan), TestCallers.Bank(Bank));

        var connections = host.RegistryCalls.GetProfileConnections.ToArray();
        Assert.True(connections.Length >= 2, $"{connections.Length} GetProfile calls reached the registry");
        Assert.Single(connections.Distinct());
    }
}
