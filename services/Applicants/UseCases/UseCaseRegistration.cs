using Employment.Applicants.Data;
using Employment.Persistence.Materials;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Applicants.UseCases;

/// <summary>The registry's use cases and the Data/ writers they share, one set per call (scoped, as the DbContext is).</summary>
internal static class UseCaseRegistration
{
    public static IServiceCollection AddRegistryUseCases(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<ProfileAccessLog>();
        services.AddSingleton<ReadLogBatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ReadLogBatcher>());
        services.AddScoped<VisibleSubjects>();
        services.AddScoped<PersonRegistration>();
        services.AddScoped<PersonUpdate>();
        services.AddScoped<EmployerRegistration>();
        services.AddScoped<EmployerUpdate>();
        services.AddScoped<FactRecording>();
        services.AddScoped<RegistryReading>();
        services.AddScoped<ProfileReading>();
        services.AddScoped<CategoryEvaluation>();
        services.AddScoped<RegionFactsReading>();
        services.AddScoped<AuditRelationsReading>();
        services.AddScoped<RecusalCheck>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<EmployerAgents>();
        services.AddScoped<Messages.MessageDelivery>();
        services.AddScoped<Messages.MyMessages>();
        services.AddScoped<Messages.TextChoices>();
        services.AddScoped<Messages.FactDisputes>();
        services.AddMaterialStore<ApplicantsDbContext>();
        services.AddScoped<MyReads>();
        services.AddScoped<Exchange.AgencyBatchImport>();
        services.AddScoped<Exchange.BatchPageWriter>();
        services.AddScoped<Exchange.AgencyBatchReceipts>();
        services.AddScoped<Exchange.FactConflicts>();
        return services;
    }
}
