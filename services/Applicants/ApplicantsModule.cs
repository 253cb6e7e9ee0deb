using Employment.Applicants.Data;
using Employment.Applicants.Grpc;
using Employment.Applicants.UseCases;
using Employment.Applicants.UseCases.Exchange;
using Employment.Persistence;
using Employment.Policy.Api;
using Employment.Policy.Categories;
using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Employment.Applicants;

/// <summary>The applicants registry as a launchable module.</summary>
public sealed class ApplicantsModule : IServiceModule
{
    public string Name => PlatformServices.Applicants;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceDatabase<ApplicantsDbContext, SqliteApplicantsDbContext, PostgresApplicantsDbContext>(builder.Configuration, "Applicants");
        builder.Services.AddPolicyCatalog(builder.Configuration, [.. CategoryPolicyKeys.All, UseCases.Messages.FactDisputes.Measure + ".time_limit_working_days"]);
        builder.Services.AddSingleton<ApplicantCategories>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString("Redis")))
        {
            // The registry only writes to the shared cache; its reader side (pointed at itself) stays unused.
            builder.Services.AddProfileCache(builder.Configuration, o =>
            {
                o.CallerService = Name;
                if (string.IsNullOrEmpty(o.RegistryAddress))
                {
                    o.RegistryAddress = $"http://127.0.0.1:{DefaultPort}";
                }
            });
            builder.Services.AddSingleton<IProfileChangeNotifier, CacheInvalidatingNotifier>();
        }
        else
        {
            builder.Services.AddSingleton<IProfileChangeNotifier, NoProfileCache>();
        }

        builder.Services.AddRegistryUseCases();
        builder.Services.AddExchangeInbox(builder.Configuration);
        // The messages' texts (ServiceDefaults' SmsRegistration).
        builder.AddSmsSender();

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<ApplicantsDbContext>>("applicants-database");
    }

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<ApplicantsService>();

    public async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await ServiceDatabase.MigrateAsync<ApplicantsDbContext>(app.Services, cancellationToken);
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Load", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoData.LoadIfEmptyAsync(scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>(), cancellationToken);
        }
    }

    /// <summary>Used when no shared cache is configured (the embedded default): nothing to invalidate.</summary>
    private sealed class NoProfileCache : IProfileChangeNotifier
    {
        public Task PersonChangedAsync(string personId, long version, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task EmployerChangedAsync(string employerId, long version, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
