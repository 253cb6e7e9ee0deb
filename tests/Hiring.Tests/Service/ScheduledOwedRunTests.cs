using Employment.Applicants.V1;
using Employment.Hiring.Data;
using Employment.Hiring.UseCases;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Regions;
using Employment.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>The hiring service with Jiaozuo's monthly 免申即享 run scheduled (far in the future: the test fires it), its scheduler clustered on the service's PostgreSQL.</summary>
public sealed class ScheduledHiringHost : HiringHost
{
    public string SchedulerName { get; } = "hiring-owed-runs-" + Guid.NewGuid().ToString("N");

    protected override IEnumerable<string> HiringArguments =>
        ["--OwedRuns:Cities:0=410800", "--OwedRuns:Schedule=0 0 2 1 1 ? 2099", $"--OwedRuns:SchedulerName={SchedulerName}"];
}

/// <summary>
/// The monthly run through Quartz's clustered store on PostgreSQL (its tables created by the scheduler at first start):
/// the city's job shares the run out to each district and county, each share runs once and is kept with its figures,
/// the claimants of every county are offered what they are owed, and the run fired again the same day offers nothing.
/// </summary>
public sealed class ScheduledOwedRunTests(ScheduledHiringHost host) : IClassFixture<ScheduledHiringHost>
{
    [Fact(Timeout = 300_000)]
    public async Task Jz2024_15_20_the_monthly_run_fired_by_the_clustered_scheduler_offers_every_county_once()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var inTheCity = await host.EmployerOwedARefundAsync("解放区定时免申有限公司", "410802");
        var inACounty = await host.EmployerOwedARefundAsync("修武县定时免申有限公司", "410821");
        var scheduler = await host.HiringServices.GetRequiredKeyedService<ISchedulerFactory>(host.SchedulerName).GetScheduler()
            ?? throw new InvalidOperationException("no scheduler");
        var cityJob = new JobKey($"{OwedRunSchedule.CityJobKey.Name}-410800", OwedRunSchedule.Group);

        await scheduler.TriggerJob(cityJob);
        var shares = await CompletedSharesAsync(Places.PartsOf("410800").Count);
        await scheduler.TriggerJob(cityJob);
        var sharesAgain = await CompletedSharesAsync(Places.PartsOf("410800").Count);

        Assert.Equal(Places.PartsOf("410800").Order(), shares.Select(s => s.County).Order());
        Assert.All(shares, s => Assert.Equal(1, s.Attempts));
        Assert.Equal(2, shares.Sum(s => s.Offered));
        Assert.Equal(shares.Select(s => (s.County, s.Offered, s.Attempts)), sharesAgain.Select(s => (s.County, s.Offered, s.Attempts)));
        foreach (var employer in new[] { inTheCity, inACounty })
        {
            var offers = (await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), TestCallers.EmployerAgent(host.EmployerId(employer), "agent-" + employer))).Offers;
            Assert.Equal(SubsidyKind.StabilisationRefund, Assert.Single(offers).Kind);
        }

        // The schedule lives in the service's own database, where every copy of the service finds it.
        await using var connection = new NpgsqlConnection(host.HiringConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from qrtz_scheduler_state where sched_name = @name", connection);
        command.Parameters.AddWithValue("name", host.SchedulerName);
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }

    /// <summary>The run's shares once all have completed; the test's own timeout bounds the wait.</summary>
    private async Task<List<OwedRunRecord>> CompletedSharesAsync(int parts)
    {
        while (true)
        {
            await using var scope = host.HiringServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
            var shares = await db.OwedRuns.AsNoTracking().Where(r => r.RunKey == "410800/2023-05-10").ToListAsync();
            if (shares.Count == parts && shares.All(s => s.Completed))
            {
                return [.. shares.OrderBy(s => s.County, StringComparer.Ordinal)];
            }

            await Task.Delay(200);
        }
    }
}
