using Employment.Applicants;
using Employment.Figures;
using Employment.Hiring;
using Employment.Jobs;
using Employment.Loans;
using Employment.PolicyCatalog;
using Employment.Risk;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Clients;
using Employment.Training;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// The platform's one list of services: every launchable module is in it under its own name, with a default port no
/// other service has, and the services a person is told read their record are named in Chinese.
/// </summary>
public sealed class PlatformServicesTests
{
    private static readonly IServiceModule[] Modules =
        [new PolicyCatalogModule(), new ApplicantsModule(), new LoansModule(), new TrainingModule(), new HiringModule(), new JobsModule(), new RiskModule(), new FiguresModule()];

    [Fact]
    public void Every_module_is_in_the_one_list_and_takes_its_default_port_from_it()
    {
        foreach (var module in Modules)
        {
            var listed = PlatformServices.Find(module.Name);
            Assert.NotNull(listed);
            Assert.Equal(listed.DefaultPort, module.DefaultPort);
        }

        var ports = PlatformServices.All.Where(s => s.DefaultPort is not null).Select(s => s.DefaultPort).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.Equal(Modules.Length, ports.Count);
    }

    [Fact]
    public void Every_service_has_a_chinese_name_and_the_subsidy_lifecycle_is_served_by_loans_training_and_hiring_each_for_employers_too()
    {
        Assert.All(PlatformServices.All, s => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", s.NameZh));
        Assert.Equal([PlatformServices.Loans, PlatformServices.Training, PlatformServices.Hiring], PlatformServices.All.Where(s => s.Serves.HasFlag(SubsidyContracts.Cases)).Select(s => s.Name));
        Assert.Equal([PlatformServices.Loans, PlatformServices.Training, PlatformServices.Hiring], PlatformServices.All.Where(s => s.Serves.HasFlag(SubsidyContracts.Oversight)).Select(s => s.Name));
        Assert.Equal([PlatformServices.Loans, PlatformServices.Training, PlatformServices.Hiring], PlatformServices.All.Where(s => s.ForEmployers).Select(s => s.Name));
        Assert.Null(PlatformServices.Find("no-such-service"));
    }
}
