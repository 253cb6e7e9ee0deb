using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Employment.Persistence.Lifecycle;

/// <summary>我的办事's roles in one service: those whose records it keeps (a person's everywhere, an employer's where it has them).</summary>
public sealed record SubsidyCasesOptions(IReadOnlyList<CallerRole> MineRoles);

/// <summary>
/// The shared contracts of the subsidy lifecycle in a service's host, as grpc-dotnet's health service is added: the
/// service registers its steps here (one line per contract in its module) and maps whatever it registered with
/// <see cref="MapSubsidyLifecycle"/>.
/// </summary>
public static class SubsidyLifecycle
{
    /// <summary>SubsidyCases for <paramref name="service"/>: its 我的办事 (a person's; an employer's too where it keeps them), 办理进度 and 移交.</summary>
    public static IServiceCollection AddSubsidyCases<TMine, TProgress, THandOver>(this IServiceCollection services, SubsidyService service)
        where TMine : class, IMyRecords
        where TProgress : class, IProgressLookup
        where THandOver : class, IWorkHandOver
    {
        ArgumentNullException.ThrowIfNull(service);
        Named(services, service.Name);
        services.AddSingleton(new SubsidyCasesOptions(service.ForEmployers ? [CallerRole.Person, CallerRole.Employer] : [CallerRole.Person]));
        services.AddScoped<IMyRecords>(sp => sp.GetRequiredService<TMine>());
        services.AddScoped<IProgressLookup>(sp => sp.GetRequiredService<TProgress>());
        services.AddScoped<IWorkHandOver>(sp => sp.GetRequiredService<THandOver>());
        services.AddSingleton<Mapped<SubsidyCasesService>>();
        return services;
    }

    /// <summary>SubsidyOversight for the service <paramref name="service"/>: its audit export and payment hold.</summary>
    public static IServiceCollection AddSubsidyOversight<TExport, THolds>(this IServiceCollection services, string service)
        where TExport : class, IAuditExportStream
        where THolds : class, IPaymentHoldSetter
    {
        Named(services, service);
        services.AddScoped<IAuditExportStream>(sp => sp.GetRequiredService<TExport>());
        services.AddScoped<IPaymentHoldSetter>(sp => sp.GetRequiredService<THolds>());
        services.AddSingleton<Mapped<SubsidyOversightService>>();
        return services;
    }

    /// <summary>SubsidyPayments for the service <paramref name="service"/>: its 公示 and the objections to it.</summary>
    public static IServiceCollection AddSubsidyPayments<TNotices, TObjections>(this IServiceCollection services, string service)
        where TNotices : class, IPaymentNotices
        where TObjections : class, IPaymentObjections
    {
        Named(services, service);
        services.AddScoped<IPaymentNotices>(sp => sp.GetRequiredService<TNotices>());
        services.AddScoped<IPaymentObjections>(sp => sp.GetRequiredService<TObjections>());
        services.AddSingleton<Mapped<SubsidyPaymentsService>>();
        return services;
    }

    /// <summary>Maps the shared contracts the host registered: the one line in a module's MapEndpoints.</summary>
    public static IEndpointRouteBuilder MapSubsidyLifecycle(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetService<Mapped<SubsidyCasesService>>() is not null)
        {
            app.MapGrpcService<SubsidyCasesService>();
        }

        if (app.ServiceProvider.GetService<Mapped<SubsidyOversightService>>() is not null)
        {
            app.MapGrpcService<SubsidyOversightService>();
        }

        if (app.ServiceProvider.GetService<Mapped<SubsidyPaymentsService>>() is not null)
        {
            app.MapGrpcService<SubsidyPaymentsService>();
        }

        return app;
    }

    private static void Named(IServiceCollection services, string service)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        services.TryAddSingleton(new SubsidyServiceNamed(service));
    }

    /// <summary>Marks a shared contract as registered in this host.</summary>
    private sealed class Mapped<TService>;
}
