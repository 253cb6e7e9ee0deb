using Employment.Common.V1;
using Employment.Risk;
using Employment.Risk.UseCases;
using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using V1 = Employment.Risk.V1;

namespace Risk.Tests.Service;

/// <summary>
/// A scan as an auditor runs it (RunScan, ListSignals over real gRPC on the service's own database), with the
/// subsidy services and the registry stood in: every source is read and counted, every registered rule runs
/// on what they exported (重复享受, 焦政办〔2023〕36号（四）), a rule without its configured threshold is named as
/// not run (R3), the scan is stored once per key, and a later scan finds the same signal again without a new row.
/// </summary>
public sealed class RunScanTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "risk-scan-" + Guid.NewGuid().ToString("N"));
    private ServiceUnderTest _risk = null!;

    // One person paid 吸纳 and 扩岗 in Jiaozuo in 2023 by two employers: a pair the documents forbid.
    private readonly StandInAuditSource _hiring = new("hiring-subsidies",
        Exported.Item("hiring-subsidies", "hiring.absorption", "P-scan-1", new DateOnly(2023, 3, 1), employer: "A"),
        Exported.Item("hiring-subsidies", "hiring.expansion", "P-scan-1", new DateOnly(2023, 7, 1), employer: "B"),
        Exported.Item("hiring-subsidies", "hiring.absorption", "P-scan-2", new DateOnly(2023, 4, 1), employer: "A"));

    private readonly StandInAuditSource _training = new("training-subsidies",
        Exported.Item("training-subsidies", "training.skill_upgrade", "P-scan-3", new DateOnly(2023, 5, 1)));

    public async Task InitializeAsync() =>
        _risk = await ServiceUnderTest.StartAsync(new RiskModule(), [$"--DataDirectory={_directory}"], builder =>
        {
            builder.Services.RemoveAll<IAuditSource>();
            builder.Services.AddSingleton<IAuditSource>(_hiring);
            builder.Services.AddSingleton<IAuditSource>(_training);
            builder.Services.RemoveAll<IRegistrySource>();
            builder.Services.AddSingleton<IRegistrySource, EmptyRegistry>();
        });

    public async Task DisposeAsync()
    {
        await _risk.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact(Timeout = 60_000)]
    public async Task R36_四_a_scan_reads_every_source_runs_every_rule_names_what_it_could_not_run_and_stores_once_per_key()
    {
        var risk = _risk.Client<V1.RiskSignals.RiskSignalsClient>();
        var auditor = TestCallers.Auditor("410800");
        var request = new V1.RunScanRequest
        {
            IdempotencyKey = "scan-2023",
            Region = new RegionCode { Code = "410800" },
            Received = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 1 }, Until = new CalendarDate { Year = 2023, Month = 12, Day = 31 } },
        };

        var first = await risk.RunScanAsync(request, auditor);
        var again = await risk.RunScanAsync(request, auditor);
        var later = await risk.RunScanAsync(new V1.RunScanRequest(request) { IdempotencyKey = "scan-2023-later" }, auditor);
        var listed = await risk.ListSignalsAsync(new V1.ListSignalsRequest(), auditor);

        Assert.Equal([("hiring-subsidies", 3), ("training-subsidies", 1)], first.ItemsRead.Select(c => (c.Service, c.Items)));
        var exclusive = Assert.Single(first.Found, f => f.Kind == V1.SignalKind.ExclusiveMeasures);
        Assert.Equal(1, exclusive.Raised);
        Assert.Contains(first.NotRunZh, s => s.Contains("未配置", StringComparison.Ordinal) && s.Contains("R3", StringComparison.Ordinal));
        Assert.Equal(first.ScanId, again.ScanId); // the same key: the stored answer, nothing stored twice
        Assert.NotEqual(first.ScanId, later.ScanId);
        var foundAgain = Assert.Single(later.Found, f => f.Kind == V1.SignalKind.ExclusiveMeasures);
        Assert.Equal((0, 1), (foundAgain.Raised, foundAgain.FoundAgain));
        var signal = Assert.Single(listed.Signals);
        Assert.Contains("焦政办〔2023〕36号", signal.SummaryZh, StringComparison.Ordinal);
    }
}
