using Employment.Common.V1;
using Employment.Risk;
using Employment.Risk.Data;
using Employment.Risk.UseCases;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Xunit;
using V1 = Employment.Risk.V1;

namespace Risk.Tests.Service;

/// <summary>
/// The auditors' scan on the clustered schedule (Quartz on the service's PostgreSQL, the job fired by the test: its
/// cron lies in 2099): a month's scan reads the twelve whole months before, is stored once under the month's key as
/// the service (its figures the scan's summary), a scan whose source was down is tried again and then stored, and the
/// job fired again in the same month stores nothing new.
/// </summary>
public sealed class ScheduledScanTests : IAsyncLifetime
{
    private readonly string _schedulerName = "risk-scans-" + Guid.NewGuid().ToString("N");
    private readonly SettableClock _clock = new(new DateTimeOffset(2024, 1, 10, 2, 0, 0, TimeSpan.Zero));
    private readonly DownOnceSource _hiring = new(new StandInAuditSource("hiring-subsidies",
        Exported.Item("hiring-subsidies", "hiring.absorption", "P-sched-1", new DateOnly(2023, 3, 1), employer: "A"),
        Exported.Item("hiring-subsidies", "hiring.expansion", "P-sched-1", new DateOnly(2023, 7, 1), employer: "B")));

    private PostgresDatabase _database = null!;
    private ServiceUnderTest _risk = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("risk_scheduled");
        _risk = await ServiceUnderTest.StartAsync(new RiskModule(),
        [
            $"--ConnectionStrings:RiskPostgres={_database.ConnectionString}",
            "--RiskScans:Regions:0=410800",
            "--RiskScans:Schedule=0 0 3 2 1 ? 2099",
            $"--RiskScans:SchedulerName={_schedulerName}",
            "--RiskScans:RetryAfter=00:00:01",
        ], builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(_clock);
            builder.Services.RemoveAll<IAuditSource>();
            builder.Services.AddSingleton<IAuditSource>(_hiring);
            builder.Services.RemoveAll<IRegistrySource>();
            builder.Services.AddSingleton<IRegistrySource, EmptyRegistry>();
        });
    }

    public async Task DisposeAsync()
    {
        await _risk.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task R36_四_the_monthly_scan_reads_last_year_is_retried_when_a_source_is_down_and_is_stored_once_a_month()
    {
        var scheduler = await _risk.Services.GetRequiredKeyedService<ISchedulerFactory>(_schedulerName).GetScheduler()
            ?? throw new InvalidOperationException("no scheduler");

        await scheduler.TriggerJob(ScanSchedule.JobOf("410800"));
        var scan = await ScanStoredAsync();
        await scheduler.TriggerJob(ScanSchedule.JobOf("410800"));
        while (_hiring.Reads < 3)
        {
            await Task.Delay(200);
        }

        await scheduler.Shutdown(waitForJobsToComplete: true); // the second firing has finished, whatever it stored

        Assert.Equal((1, 3), (_hiring.Failures, _hiring.Reads)); // down once, read by the retry, read again by the second firing
        Assert.Equal(("410800", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (scan.Region, scan.ReceivedFrom, scan.ReceivedUntil));
        Assert.Equal(ScanSchedule.Scheduler.Subject, scan.CreatedBy);
        var summary = V1.ScanSummary.Parser.ParseFrom(scan.Summary);
        Assert.Equal(("hiring-subsidies", 2), (summary.ItemsRead.Single().Service, summary.ItemsRead.Single().Items));
        Assert.Equal(1, summary.Found.Single(f => f.Kind == V1.SignalKind.ExclusiveMeasures).Raised);
        await using var scope = _risk.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        Assert.Equal(1, await db.Scans.CountAsync());
        Assert.Equal(1, await db.Signals.CountAsync());
    }

    /// <summary>The month's scan once stored; the test's own timeout bounds the wait.</summary>
    private async Task<ScanRecord> ScanStoredAsync()
    {
        while (true)
        {
            await using var scope = _risk.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            if (await db.Scans.AsNoTracking().SingleOrDefaultAsync() is { } scan)
            {
                return scan;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>A service's export that is unavailable the first time it is read, as a service restarting is.</summary>
    private sealed class DownOnceSource(StandInAuditSource inner) : IAuditSource
    {
        private int _reads;

        public string Service => inner.Service;

        public int Reads => _reads;

        public int Failures { get; private set; }

        public IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _reads) == 1)
            {
                Failures++;
                throw new RpcException(new Status(StatusCode.Unavailable, "hiring-subsidies is restarting"));
            }

            return inner.ReadAsync(request, cancellationToken);
        }

        public Task<PaymentHoldAnswer> HoldAsync(PaymentHoldRequest request, CancellationToken cancellationToken) => inner.HoldAsync(request, cancellationToken);
    }
}
