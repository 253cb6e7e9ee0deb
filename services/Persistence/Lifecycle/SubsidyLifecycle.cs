using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Forms;
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
        services.TryAddSingleton<RemedySentences>();
        return Mark<SubsidyCasesService>(services);
    }

    /// <summary>
    /// A 自助测算 the service's SubsidyCases describes (<c>DescribeSelfChecks</c>), registered by its kind beside the
    /// kind's other services; the forms are described in the order they were registered.
    /// </summary>
    public static IServiceCollection AddSelfCheckForm(this IServiceCollection services, SelfCheckForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return services.AddSingleton(form);
    }

    /// <summary>申请表, 预审 and 受理 in the service's SubsidyCases: the service's forms and its own take, reached by a form's answers.</summary>
    public static IServiceCollection AddApplicationTaking<TTaking>(this IServiceCollection services)
        where TTaking : class, IApplicationTaking =>
        services.AddScoped<IApplicationTaking, TTaking>();

    /// <summary>撤回 through the service's SubsidyCases (<c>Withdraw</c>), by the service's own rule of what may still be withdrawn.</summary>
    public static IServiceCollection AddWithdrawal<TWithdrawal>(this IServiceCollection services)
        where TWithdrawal : class, IWithdrawal =>
        services.AddScoped<IWithdrawal, TWithdrawal>();

    /// <summary>决定书 through the service's SubsidyCases (<c>GetDecisionLetter</c>), drafted by the service for its own decided records.</summary>
    public static IServiceCollection AddDecisionLetters<TLetters>(this IServiceCollection services)
        where TLetters : class, IDecisionLetters =>
        services.AddScoped<IDecisionLetters>(sp => sp.GetRequiredService<TLetters>());

    /// <summary>
    /// 申诉 through the service's SubsidyCases (<c>FileAppeal</c>, <c>ListAppeals</c>, <c>SettleAppeal</c>): kept in the
    /// service's own database (<typeparamref name="TContext"/>, whose model adds <see cref="Appeals.AppealModel.AddAppealTable"/>),
    /// read through its letters, a decision set aside reopened by <typeparamref name="TReopening"/>.
    /// </summary>
    public static IServiceCollection AddAppeals<TContext, TReopening>(this IServiceCollection services)
        where TContext : Microsoft.EntityFrameworkCore.DbContext
        where TReopening : class, IAppealReopening
    {
        services.AddScoped<IAppealReopening, TReopening>();
        return services.AddScoped<IAppeals>(sp => ActivatorUtilities.CreateInstance<Appeals.SubsidyAppeals>(sp, sp.GetRequiredService<TContext>()));
    }

    /// <summary>不予受理 through the service's SubsidyCases (<c>DeclineToTake</c>), kept in its database (whose model adds <see cref="Declines.DeclinedRequestModel.AddDeclinedRequestTable"/>).</summary>
    public static IServiceCollection AddDeclinedRequests<TContext>(this IServiceCollection services)
        where TContext : Microsoft.EntityFrameworkCore.DbContext =>
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<Declines.DeclinedRequests>(sp, sp.GetRequiredService<TContext>()));

    /// <summary>申报材料 read through the service's SubsidyCases (<c>GetMaterial</c>), by the service's own visibility of the record.</summary>
    public static IServiceCollection AddMaterialReading<TReading>(this IServiceCollection services)
        where TReading : class, IMaterialReading =>
        services.AddScoped<IMaterialReading>(sp => sp.GetRequiredService<TReading>());

    /// <summary>自助测算 asked in the service's SubsidyCases (<c>CheckSelf</c>): the one judge of every form its kinds register.</summary>
    public static IServiceCollection AddSelfCheckJudge<TJudge>(this IServiceCollection services)
        where TJudge : class, ISelfCheckJudge =>
        services.AddScoped<ISelfCheckJudge, TJudge>();

    /// <summary>复核 in the service's SubsidyCases: for a service whose approvals may need a second clerk's review.</summary>
    public static IServiceCollection AddDecisionReview<TReview>(this IServiceCollection services)
        where TReview : class, IDecisionReview =>
        services.AddScoped<IDecisionReview>(sp => sp.GetRequiredService<TReview>());

    /// <summary>SubsidyOversight for the service <paramref name="service"/>: its audit export and payment hold.</summary>
    public static IServiceCollection AddSubsidyOversight<TExport, THolds>(this IServiceCollection services, string service)
        where TExport : class, IAuditExportStream
        where THolds : class, IPaymentHoldSetter
    {
        Named(services, service);
        services.AddScoped<IAuditExportStream>(sp => sp.GetRequiredService<TExport>());
        services.AddScoped<IPaymentHoldSetter>(sp => sp.GetRequiredService<THolds>());
        return Mark<SubsidyOversightService>(services);
    }

    /// <summary>SubsidyPayments for the service <paramref name="service"/>: its batches and 公示, the objections to it, and 发放.</summary>
    /// <typeparam name="TRecord">The records it pays, read as <typeparamref name="TCases"/> answers them.</typeparam>
    public static IServiceCollection AddSubsidyPayments<TRecord, TCases, TBatches, TPayments>(this IServiceCollection services, string service)
        where TRecord : Records.AuditedRecord, Payments.IPayable, Reviews.IReviewable
        where TCases : Payments.CaseAnswers<TRecord>
        where TBatches : class, IPaymentBatches
        where TPayments : class, IPaymentRecorder
    {
        Named(services, service);
        services.AddScoped<Payments.CaseAnswers<TRecord>>(sp => sp.GetRequiredService<TCases>());
        services.AddScoped<IPayableCases, Payments.PayableCases<TRecord>>();
        services.AddScoped<IPaymentBatches>(sp => sp.GetRequiredService<TBatches>());
        services.AddScoped<IPaymentObjections, Payments.PaymentObjections<TRecord>>();
        services.AddScoped<IPaymentRecorder>(sp => sp.GetRequiredService<TPayments>());
        return Mark<SubsidyPaymentsService>(services);
    }

    /// <summary>Maps the shared contracts the host registered: the one line in a module's MapEndpoints.</summary>
    public static IEndpointRouteBuilder MapSubsidyLifecycle(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var mapped in app.ServiceProvider.GetServices<Mapped>())
        {
            mapped.Map(app);
        }

        return app;
    }

    private static void Named(IServiceCollection services, string service)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        services.TryAddSingleton(new SubsidyServiceNamed(service));
    }

    private static IServiceCollection Mark<TService>(IServiceCollection services)
        where TService : class
    {
        services.AddSingleton<Mapped>(new Mapped<TService>());
        return services;
    }

    /// <summary>A shared contract registered in this host, to be mapped once.</summary>
    private abstract class Mapped
    {
        public abstract void Map(IEndpointRouteBuilder app);
    }

    private sealed class Mapped<TService> : Mapped
        where TService : class
    {
        public override void Map(IEndpointRouteBuilder app) => app.MapGrpcService<TService>();
    }
}
