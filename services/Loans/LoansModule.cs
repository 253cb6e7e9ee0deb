using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Grpc;
using Employment.Loans.UseCases;
using Employment.Persistence;
using Employment.Persistence.Lifecycle;
using Employment.Policy.Api;
using Employment.Policy.Categories;
using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Employment.Loans;

/// <summary>
/// The startup-loans service as a launchable module: the StartupLoans RPCs, decided with the loan measures
/// of the policy catalog (published by the policy-catalog service), its own database (migrated at start,
/// reported by the health check), and borrower profiles read from the applicants registry through the shared cache.
/// </summary>
/// <remarks>
/// The registry's address: <c>ProfileCache:RegistryAddress</c>, else <c>Services:applicants</c> (the
/// launcher sets it), else the registry's default local port.
/// </remarks>
public sealed class LoansModule : IServiceModule
{
    public string Name => PlatformServices.Loans;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddServiceDatabase<LoansDbContext, SqliteLoansDbContext, PostgresLoansDbContext>(configuration, "Loans");
        builder.Services.AddPolicyCatalog(configuration, [.. LoanPolicyKeys.All, .. CategoryPolicyKeys.All, .. Persistence.Lifecycle.RemedySentences.Keys]);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddProfileCache(configuration, o => o.CallerService = Name);
        // The registry's typed client comes with the profile cache: one registration, one connection.
        // Refuses to start outside Development without Loans:BorrowerKey (a keyed reference to borrowers).
        builder.Services.AddSingleton(BorrowerHasher.FromConfiguration(configuration, builder.Environment));
        builder.Services.AddSingleton<LoanProducts>();
        builder.Services.AddSingleton<ApplicantCategories>();
        builder.Services.AddSingleton<PersonalSubsidyConditions>();
        builder.Services.AddSingleton<BorrowerAssessment>();
        builder.Services.AddSingleton<SelfCheckLoan>();
        builder.Services.AddSingleton<EligibilityQueryLog>();
        // Data: aggregates read and written back through the request's context.
        builder.Services.AddScoped<LoanStore>();
        builder.Services.AddScoped<ApplicationStore>();
        builder.Services.AddScoped<UseCases.HandOverApplications>();
        builder.Services.AddScoped<ClaimStore>();
        builder.Services.AddScoped<EligibilityQueryStore>();
        // Use cases: one per group of operations, each write one transaction.
        builder.Services.AddScoped<EligibilityQueries>();
        builder.Services.AddScoped<QueryConsents>();
        builder.Services.AddSingleton(ConsentSettings(configuration, builder.Environment));
        builder.Services.AddScoped<ApplicationDesk>();
        builder.Services.AddSingleton<ApplicationForms>();
        builder.Services.AddScoped<ApplicationProgressLookup>();
        builder.Services.AddScoped<MyLoanApplications>();
        builder.Services.AddScoped<LoanRegistrations>();
        builder.Services.AddScoped<LoanReports>();
        builder.Services.AddScoped<LoanReads>();
        builder.Services.AddScoped<SubsidyClaims>();
        builder.Services.AddScoped<LoanAuditExport>();
        builder.Services.AddScoped<ApplicationPaymentHolds>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EligibilityQueryLog>());
        // The lifecycle's shared contracts, served by the kit from this service's own steps.
        builder.Services.AddSubsidyCases<MyLoanApplications, ApplicationProgressLookup, UseCases.HandOverApplications>(SubsidyServiceCalls.Of(Name));
        builder.Services.AddSelfCheckForm(SelfCheckLoanForm.Form);
        builder.Services.AddSelfCheckJudge<JudgeSelfCheck>();
        builder.Services.AddScoped<ApplicationRequests>();
        builder.Services.AddApplicationTaking<TakeApplications>();
        builder.Services.AddWithdrawal<WithdrawLoanApplication>();
        builder.Services.AddScoped<LoanLetters>();
        builder.Services.AddDecisionLetters<LoanLetters>();
        builder.Services.AddDeclinedRequests<LoansDbContext>();
        builder.Services.AddAppeals<LoansDbContext, ReopenLoanApplication>();
        builder.Services.AddSubsidyOversight<LoanAuditExport, ApplicationPaymentHolds>(Name);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<LoansDbContext>>("loans-database");
    }

    /// <summary>
    /// <c>Loans:Consents</c>: the banks a person may name and the longest a consent runs. A development run
    /// with none configured names the demo banks, so the hall can be tried.
    /// </summary>
    private static ConsentOptions ConsentSettings(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Loans:Consents").Get<ConsentOptions>() ?? new ConsentOptions();
        if (options.Banks.Count == 0 && environment.IsDevelopment())
        {
            options.Banks.Add(new LoanBankOption { Code = LoansDemoData.DemoBank, NameZh = "演示经办银行（一）" });
            options.Banks.Add(new LoanBankOption { Code = LoansDemoData.OtherDemoBank, NameZh = "演示经办银行（二）" });
        }

        return options;
    }

    public void MapEndpoints(WebApplication app)
    {
        app.MapGrpcService<StartupLoansService>();
        app.MapSubsidyLifecycle();
    }

    public async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await ServiceDatabase.MigrateAsync<LoansDbContext>(app.Services, cancellationToken);
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Load", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await LoansDemoData.LoadIfEmptyAsync(scope.ServiceProvider.GetRequiredService<LoansDbContext>(), scope.ServiceProvider.GetRequiredService<Policy.PolicyCatalog>(), scope.ServiceProvider.GetRequiredService<BorrowerHasher>(), cancellationToken);
            await LoansDemoApplication.LoadIfMissingAsync(scope.ServiceProvider.GetRequiredService<LoansDbContext>(), scope.ServiceProvider.GetRequiredService<BorrowerHasher>(), cancellationToken);
        }
    }
}
