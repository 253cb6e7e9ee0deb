using Employment.TestInfrastructure;
using Employment.Training.V1;
using Xunit;
using static Training.Tests.Service.SkillUpgradeRequests;

namespace Training.Tests.Service;

/// <summary>
/// 办结时限 over real gRPC (R3): an application waiting for a decision says, on every read, its working days open against
/// its measure's configured limit on the configured calendar, and when it is overdue; a decided one says nothing.
/// </summary>
public sealed class TimeLimitTests(ClockedTrainingHost host) : IClassFixture<ClockedTrainingHost>
{
    private static readonly DateOnly Issued = new(2024, 6, 1);

    [Fact(Timeout = 60_000)]
    public async Task R3_an_open_application_counts_its_working_days_on_the_calendar_and_is_overdue_after_its_last_day()
    {
        // Friday 18 September 2026, 10:00 in China: ten working days end on Thursday 8 October, 国庆 skipped.
        host.Clock.UtcNow = new DateTimeOffset(2026, 9, 18, 2, 0, 0, TimeSpan.Zero);
        var counter = TestCallers.Counter();
        var taken = await host.Training.SubmitApplicationAsync(For(await host.RegisterInsuredWorkerAsync(Issued), Issued), counter);

        host.Clock.UtcNow = new DateTimeOffset(2026, 10, 8, 2, 0, 0, TimeSpan.Zero);
        var onTheLastDay = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.ApplicationId }, counter);
        host.Clock.UtcNow = new DateTimeOffset(2026, 10, 9, 2, 0, 0, TimeSpan.Zero);
        var listed = await host.Training.ListApplicationsAsync(new ListApplicationsRequest { Status = ApplicationStatus.Submitted }, counter);
        var late = Assert.Single(listed.Applications, a => a.ApplicationId == taken.ApplicationId);

        Assert.Equal(TrainingHost.SampleSkillUpgradeTimeLimit, onTheLastDay.TimeLimit.LimitWorkingDays);
        Assert.Equal(TrainingHost.Date(new DateOnly(2026, 10, 8)), onTheLastDay.TimeLimit.DueOn);
        Assert.Equal((10, false), (onTheLastDay.TimeLimit.WorkingDaysOpen, onTheLastDay.TimeLimit.Overdue));
        Assert.Equal((11, true), (late.TimeLimit.WorkingDaysOpen, late.TimeLimit.Overdue));
        Assert.True(late.TimeLimit.CalendarComplete);
        Assert.Equal("R3", late.TimeLimit.Source.RulingId);
        Assert.Equal("培***人", late.NameMasked);

        var decided = await host.Training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = taken.ApplicationId,
            ExpectedVersion = late.Record.Version,
            Approve = true,
        }, counter);
        var read = await host.Training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = decided.ApplicationId }, counter);
        Assert.Null(read.TimeLimit);
    }
}
