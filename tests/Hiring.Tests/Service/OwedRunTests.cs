using Employment.Applicants.V1;
using Employment.Hiring.Data;
using Employment.Hiring.UseCases;
using Employment.Hiring.V1;
using Employment.Persistence.Outbox;
using Employment.Policy.Model;
using Employment.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 免申即享 on a schedule (焦政办〔2024〕15号（二十））: a county's share of the monthly run, over real gRPC on PostgreSQL with
/// the registry, offers each claimant what the owed list finds as the hall would, committing claimant by claimant with
/// its checkpoint; stopped after its first claimant it carries on after it, so every claim is offered once and told
/// once; run again that month it does nothing; the hall finds the run's offers and makes none twice.
/// </summary>
public sealed class OwedRunTests(HiringHost host) : IClassFixture<HiringHost>
{
    private sealed class StopAfterFirst(CancellationTokenSource stop) : IProgress<OwedRunProgress>
    {
        public void Report(OwedRunProgress value) => stop.Cancel();
    }

    private Task<OwedRunRecord> RunAsync(string runKey, IProgress<OwedRunProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(runKey, "410803", new DateOnly(2023, 5, 10), progress, cancellationToken);

    private async Task<OwedRunRecord> RunAsync(string runKey, string county, DateOnly today, IProgress<OwedRunProgress>? progress, CancellationToken cancellationToken)
    {
        await using var scope = host.HiringServices.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OwedRun>().RunAsync(runKey, Region.Parse(county), today.AddMonths(-24), today, progress, cancellationToken);
    }

    /// <summary>The nightly run of one day for 马村区, on that day's clock.</summary>
    private Task<OwedRunRecord> NightAsync(DateOnly day)
    {
        host.SetToday(day);
        return RunAsync($"410800/{day:yyyy-MM-dd}", "410804", day, null, CancellationToken.None);
    }

    [Fact(Timeout = 240_000)]
    public async Task Jz2024_15_20_an_offer_still_open_after_a_week_is_brought_back_to_its_claimant_once()
    {
        host.SetToday(new DateOnly(2023, 6, 1));
        var employer = await host.EmployerOwedARefundAsync("马村免申提醒有限公司", "410804");

        var offered = await NightAsync(new DateOnly(2023, 6, 1));
        var sixDays = await NightAsync(new DateOnly(2023, 6, 7));
        var aWeek = await NightAsync(new DateOnly(2023, 6, 8));
        var later = await NightAsync(new DateOnly(2023, 6, 20));
        await host.HiringServices.GetServices<IHostedService>().OfType<OutboxRelay<HiringDbContext>>().Single().RelayOnceAsync(CancellationToken.None);

        Assert.Equal((1, 0), (offered.Offered, offered.Reminded));
        Assert.Equal((0, 1, 0), (sixDays.Offered, sixDays.AlreadyOffered, sixDays.Reminded));
        Assert.Equal(1, aWeek.Reminded);
        Assert.Equal(0, later.Reminded);
        var agent = TestCallers.EmployerAgent(host.EmployerId(employer), "agent-remind");
        var told = (await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest(), agent)).Messages;
        var reminder = Assert.Single(told, m => m.Message.Step == "REMINDED");
        Assert.Contains("还没有确认", reminder.Message.BodyZh, StringComparison.Ordinal);
        Assert.Single(told, m => m.Message.Step == "OFFERED");
    }

    [Fact(Timeout = 240_000)]
    public async Task Jz2024_15_20_a_share_of_the_monthly_run_stopped_halfway_carries_on_and_offers_each_claim_once()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        string[] employers = [await host.EmployerOwedARefundAsync("中站免申一有限公司", "410803"), await host.EmployerOwedARefundAsync("中站免申二有限公司", "410803"), await host.EmployerOwedARefundAsync("中站免申三有限公司", "410803")];

        using (var stop = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => RunAsync("410800/2023-05", new StopAfterFirst(stop), stop.Token));
        }

        await using var scope = host.HiringServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var stopped = await db.OwedRuns.AsNoTracking().SingleAsync(r => r.RunKey == "410800/2023-05" && r.County == "410803");
        var offeredThen = await db.Offers.AsNoTracking().CountAsync();
        var resumed = await RunAsync("410800/2023-05", null, CancellationToken.None);
        var again = await RunAsync("410800/2023-05", null, CancellationToken.None);
        await host.HiringServices.GetServices<IHostedService>().OfType<OutboxRelay<HiringDbContext>>().Single().RelayOnceAsync(CancellationToken.None);

        Assert.False(stopped.Completed);
        Assert.Equal((1, 1), (stopped.Claimants, stopped.Offered));
        Assert.StartsWith("E:", stopped.Checkpoint, StringComparison.Ordinal);
        Assert.Equal(1, offeredThen);
        Assert.True(resumed.Completed);
        Assert.Equal((3, 3, 0, 2), (resumed.Claimants, resumed.Offered, resumed.AlreadyOffered, resumed.Attempts));
        Assert.Equal(3 * 600_000L, resumed.OfferedFen);
        Assert.Equal(2, again.Attempts);
        foreach (var employer in employers)
        {
            var agent = TestCallers.EmployerAgent(host.EmployerId(employer), "agent-run-" + employer);
            var offers = (await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers;
            var offer = Assert.Single(offers);
            Assert.Equal((OfferState.Open, SubsidyKind.StabilisationRefund, 600_000L), (offer.State, offer.Kind, offer.Amount.Fen));
            var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest(), agent);
            Assert.Single(told.Messages, m => m.Message.RecordId == offer.OfferId && m.Message.Step == "OFFERED");
        }

        Assert.Equal(3, await db.Offers.AsNoTracking().CountAsync());
    }
}
