using Employment.Loans.V1;
using Employment.ServiceDefaults;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Tests;

/// <summary>
/// Stands in for the startup-loans bank RPCs where a test is about the gateway's own checks: each answers
/// an empty message, so a test sees only what the role and bank-binding checks decided, not the loan rules.
/// </summary>
public sealed class StandInStartupLoans : StartupLoans.StartupLoansBase
{
    public override Task<EligibilityAnswer> QueryEligibility(EligibilityQuery request, ServerCallContext context) => Task.FromResult(new EligibilityAnswer());

    public override Task<Loan> RegisterLoan(RegisterLoanRequest request, ServerCallContext context) => Task.FromResult(new Loan());

    public override Task<Loan> GetLoan(GetLoanRequest request, ServerCallContext context) => Task.FromResult(new Loan());

    public override Task<ListApplicationsResponse> ListApplications(ListApplicationsRequest request, ServerCallContext context) => Task.FromResult(new ListApplicationsResponse());

    /// <summary>Hosted by ServiceHost under the real service's name, so the gateway routes to it as to the real one.</summary>
    public sealed class Module : IServiceModule
    {
        public string Name => "startup-loans";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder)
        {
        }

        public void MapEndpoints(WebApplication app) => app.MapGrpcService<StandInStartupLoans>();
    }
}
