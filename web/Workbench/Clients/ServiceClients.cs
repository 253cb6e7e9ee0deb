using Employment.Applicants.V1;
using Employment.Hiring.V1;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Security;
using Employment.Training.V1;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Employment.Web.Workbench.Clients;

/// <summary>
/// The typed gRPC clients the screens call, each at the address configuration gives its service
/// (<c>Services:&lt;name&gt;</c>, else its default local port), with the screen's deadline, carrying the signed-in
/// clerk's own token (<see cref="SessionTokens"/>): each service decides what this clerk may see and do. Reads are sent
/// again on UNAVAILABLE; writes never (they carry idempotency keys).
/// </summary>
public static class ServiceClients
{
    public static IServiceCollection AddScreenClients(this IServiceCollection services, IConfiguration configuration, WorkbenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<IServiceTokenSource, SessionTokens>();
        Add<Applicants.V1.Applicants.ApplicantsClient>(services, configuration, options, PlatformServices.Applicants, Applicants.V1.Applicants.Descriptor, "GetPerson", "FindPeople", "GetProfile", "GetEmployer", "GetEmployerProfile");
        Add<TrainingSubsidies.TrainingSubsidiesClient>(services, configuration, options, PlatformServices.Training, TrainingSubsidies.Descriptor, "ListApplications", "GetApplication");
        Add<HiringSubsidies.HiringSubsidiesClient>(services, configuration, options, PlatformServices.Hiring, HiringSubsidies.Descriptor, "ListClaims", "GetClaim");
        Add<StartupLoans.StartupLoansClient>(services, configuration, options, PlatformServices.Loans, StartupLoans.Descriptor, "ListApplications", "GetApplication");
        // 移交 in every subsidy service, through the lifecycle's one shared contract.
        services.AddSubsidyClients<Common.V1.SubsidyCases.SubsidyCasesClient>(configuration, SubsidyContracts.Cases, Common.V1.SubsidyCases.Descriptor, _ => options.CallTimeout);
        // 公示 and 公示异议 of every subsidy service that pays on public notice.
        services.AddSubsidyClients<Common.V1.SubsidyPayments.SubsidyPaymentsClient>(configuration, SubsidyContracts.Payments, Common.V1.SubsidyPayments.Descriptor, _ => options.CallTimeout, "GetPaymentNotice", "ListObjections", "GetPaymentBatch", "ListPayable", "GetCase");
        Add<Jobs.V1.JobsOnline.JobsOnlineClient>(services, configuration, options, PlatformServices.Jobs, Jobs.V1.JobsOnline.Descriptor, "GetSeekerResume");
        Add<Risk.V1.RiskSignals.RiskSignalsClient>(services, configuration, options, PlatformServices.Risk, Risk.V1.RiskSignals.Descriptor, "ListSignals", "GetSignal");
        Add<Figures.V1.BureauFigures.BureauFiguresClient>(services, configuration, options, PlatformServices.Figures, Figures.V1.BureauFigures.Descriptor, "GetFigures", "ListFigureRecords", "ListAuditSamples", "GetAuditSample");
        // A clerk reads the service's own sentence: it names the field and what to do, as the counter's guide promises.
        services.AddSingleton(new RefusalWording(message => message));
        services.AddSingleton<ServiceCalls>();
        services.AddSingleton<RegistryReads>();
        return services;
    }

    private static void Add<TClient>(IServiceCollection services, IConfiguration configuration, WorkbenchOptions options, string name, ProtoServiceDescriptor service, params string[] reads)
        where TClient : ClientBase =>
        services.AddServiceClient<TClient>(service, _ => ServiceAddresses.Of(configuration, name), _ => options.CallTimeout, reads);
}
