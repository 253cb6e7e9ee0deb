using Employment.Hiring.V1;
using Employment.Jobs.V1;
using Employment.Loans.V1;
using Employment.Policy.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Security;
using Employment.Web.Kit.SignIn;
using Employment.Training.V1;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Web.Public.Clients;

/// <summary>
/// The typed gRPC clients the pages call, each at the address configuration gives its service
/// (<c>Services:&lt;name&gt;</c>, else its default local port: <see cref="ServiceAddresses"/>, as every service finds another), with the page's deadline. A public
/// page sends no token: each service's own declared-access check admits only its public methods, so those pages reach
/// nothing a person on the internet could not. The online hall's pages send the signed-in person's or agent's own
/// token (<see cref="SessionTokens"/>), and each service shows them their own records only. Reads are sent again on UNAVAILABLE.
/// </summary>
public static class ServiceClients
{
    public static IServiceCollection AddPageClients(this IServiceCollection services, IConfiguration configuration, PublicSiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        Add<PolicyCatalog.PolicyCatalogClient>(services, configuration, options, PlatformServices.PolicyCatalog, PolicyCatalog.Descriptor, "ListMeasures");
        Add<JobMatching.JobMatchingClient>(services, configuration, options, PlatformServices.Jobs, JobMatching.Descriptor, "SearchPostings", "GetPublicPosting", "MatchJobs");
        Add<JobsOnline.JobsOnlineClient>(services, configuration, options, PlatformServices.Jobs, JobsOnline.Descriptor, "GetMyResume", "ListMyJobApplications", "ListMyResumeReads", "ListMyPostings", "ListPostingApplicants");
        Add<PublicEmploymentServices.PublicEmploymentServicesClient>(services, configuration, options, PlatformServices.Jobs, PublicEmploymentServices.Descriptor, "ListVenues", "ListUpcomingEvents");
        Add<TrainingSubsidies.TrainingSubsidiesClient>(services, configuration, options, PlatformServices.Training, TrainingSubsidies.Descriptor, "CheckTraining", "CheckSkillUpgrade");
        Add<HiringSubsidies.HiringSubsidiesClient>(services, configuration, options, PlatformServices.Hiring, HiringSubsidies.Descriptor, "CheckSubsidies");
        Add<StartupLoans.StartupLoansClient>(services, configuration, options, PlatformServices.Loans, StartupLoans.Descriptor, "CheckLoan");
        // 我的办事 and 办理进度 of every subsidy service, through the lifecycle's one shared contract.
        services.AddSubsidyClients<Common.V1.SubsidyCases.SubsidyCasesClient>(configuration, SubsidyContracts.Cases, Common.V1.SubsidyCases.Descriptor, _ => options.CallTimeout, "ListMine", "GetApplicationProgress", "DescribeSelfChecks", "GetDecisionLetter", "ListAppeals");
        // 公示 and 公示异议 of every subsidy service that pays on public notice.
        services.AddSubsidyClients<Common.V1.SubsidyPayments.SubsidyPaymentsClient>(configuration, SubsidyContracts.Payments, Common.V1.SubsidyPayments.Descriptor, _ => options.CallTimeout, "GetPaymentNotice", "ListPaymentNotices");
        Add<Applicants.V1.Applicants.ApplicantsClient>(services, configuration, options, PlatformServices.Applicants, Applicants.V1.Applicants.Descriptor, "GetPerson", "GetEmployer", "ListMyMessages", "ListMyReads", "GetTextPreferences", "GetProfile", "DescribeFactForms", "ListFactDisputes");
        if (options.HallOpen)
        {
            // The hall's calls carry the signed-in person's or agent's own token; a public page has no session and sends none.
            services.AddSingleton<IServiceTokenSource, SessionTokens>();
        }

        // A person reads a refusal as the service's Chinese sentence alone, without field names, rule ids or English.
        services.AddSingleton(new RefusalWording(PublicText.Plain));
        services.AddSingleton<ServiceCalls>();
        return services;
    }

    private static void Add<TClient>(IServiceCollection services, IConfiguration configuration, PublicSiteOptions options, string name, ProtoServiceDescriptor service, params string[] reads)
        where TClient : ClientBase =>
        services.AddServiceClient<TClient>(service, _ => ServiceAddresses.Of(configuration, name), _ => options.CallTimeout, reads);
}
