using Employment.TestInfrastructure;
using Employment.Training.V1;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// A list for a screen that shows no checks leaves each application's explanation out (a page of 200 reads several
/// times lighter); by default, and on GetApplication, the explanation is there. The first page counts what the list holds.
/// </summary>
public sealed class ApplicationListTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    [Fact(Timeout = 60_000)]
    public async Task A_list_without_explanations_leaves_the_checks_out_and_the_default_list_and_the_read_keep_them()
    {
        var id = await host.RegisterInsuredWorkerAsync(Issued);
        var taken = await host.Training.SubmitApplicationAsync(For(id, Issued), TestCallers.Counter());
        var request = new ListApplicationsRequest { Person = new Employment.Common.V1.PersonKey { IdNumber = id } };

        var full = await host.Training.ListApplicationsAsync(request, TestCallers.Counter());
        request.WithoutExplanations = true;
        var light = await host.Training.ListApplicationsAsync(request, TestCallers.Counter());
        var read = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.ApplicationId }, TestCallers.Counter());

        Assert.NotEmpty(Assert.Single(full.Applications).Explanation.Checks);
        var listed = Assert.Single(light.Applications);
        Assert.Null(listed.Explanation);
        Assert.Equal((taken.ApplicationId, taken.Amount, ApplicationStatus.Submitted), (listed.ApplicationId, listed.Amount, listed.Status));
        Assert.NotNull(listed.TimeLimit);
        Assert.NotEmpty(read.Explanation.Checks);
        Assert.Equal(1, light.Page.TotalSize);
    }
}
