using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using V1 = Employment.Figures.V1;

namespace Figures.Tests;

/// <summary>
/// 焦政办〔2024〕15号（十九）: 各县（市、区）监督核查比重不低于上年度本地资金支出总额的10%. A county's sample for its 2024 checks
/// is drawn from what it paid in 2023, by value, stratified by measure: every measure's drawn value reaches the catalog's
/// 10 %, the same seed draws the same records, the sample is kept and shows as the county's figure beside the target.
/// </summary>
public sealed class AuditSampleTests : IAsyncLifetime
{
    private const string Hiring = "hiring-subsidies";
    private readonly SettableClock _clock = new(new DateTimeOffset(2024, 6, 1, 2, 0, 0, TimeSpan.Zero));

    // 修武县 (410821) paid in 2023: 20 吸纳 of 1,000 yuan and 5 扩岗 of 1,500 to 7,500 yuan; 解放区 paid one more.
    private readonly StandInExport _hiring = new(Hiring,
        [
            .. Enumerable.Range(1, 20).Select(i => Exported.Item(Hiring, $"X{i:D2}", "hiring.absorption", "410821", $"PX{i}", "E1", new(2023, 3, i), AuditedStatus.Paid, 100_000, new(2023, 5, i))),
            .. Enumerable.Range(1, 5).Select(i => Exported.Item(Hiring, $"Y{i:D2}", "hiring.expansion", "410821", $"PY{i}", "E2", new(2023, 6, i), AuditedStatus.Paid, 150_000 * i, new(2023, 8, i))),
            Exported.Item(Hiring, "Z01", "hiring.absorption", "410802", "PZ1", "E3", new(2023, 3, 1), AuditedStatus.Paid, 100_000, new(2023, 5, 1)),
        ]);

    private FiguresHost _figures = null!;

    private V1.BureauFigures.BureauFiguresClient Client => _figures.Client;

    public async Task InitializeAsync() => _figures = await FiguresHost.StartAsync("figures_sample", _clock, _hiring);

    public async Task DisposeAsync() => await _figures.DisposeAsync();

    private Task<V1.AuditSample> DrawAsync(string county, long seed, string key, Metadata? caller = null) =>
        Client.DrawAuditSampleAsync(new V1.DrawAuditSampleRequest { IdempotencyKey = key, Region = new RegionCode { Code = county }, Year = 2024, Seed = seed }, caller ?? TestCallers.Auditor("410800")).ResponseAsync;

    [Fact(Timeout = 120_000)]
    public async Task R十九_each_measure_s_drawn_value_reaches_ten_percent_of_last_year_s_and_the_seed_draws_the_same_sample_again()
    {
        var notYetCounted = await Assert.ThrowsAsync<RpcException>(() => DrawAsync("410821", 42, "before-refresh"));
        await Client.RefreshFiguresAsync(new V1.RefreshFiguresRequest { Region = new RegionCode { Code = "410800" }, Year = 2023 }, TestCallers.Auditor("410800"));

        var sample = await DrawAsync("410821", 42, "sample-42");
        var again = await DrawAsync("410821", 42, "sample-42-again");
        var other = await DrawAsync("410821", 7, "sample-7");
        var stored = await Client.GetAuditSampleAsync(new V1.GetAuditSampleRequest { SampleId = sample.SampleId }, TestCallers.Auditor("410821"));

        Assert.Equal(StatusCode.FailedPrecondition, notYetCounted.StatusCode);
        Assert.Equal((10d, "焦政办〔2024〕15号", "（十九）"), (sample.SharePercent, sample.Citation.DocumentNumber, sample.Citation.Clause));
        Assert.Equal(42, sample.Seed);
        var absorption = sample.Strata.Single(s => s.Measure == "hiring.absorption");
        var expansion = sample.Strata.Single(s => s.Measure == "hiring.expansion");
        Assert.Equal((20, 2_000_000L), (absorption.PaidItems, absorption.PaidAmount.Fen)); // 解放区's is not 修武县's
        Assert.Equal((2, 200_000L), (absorption.DrawnItems, absorption.DrawnAmount.Fen)); // 10 % of 2,000,000 fen is two items of 100,000
        Assert.Equal(2_250_000L, expansion.PaidAmount.Fen);
        Assert.True(expansion.DrawnAmount.Fen * 10 >= expansion.PaidAmount.Fen);
        Assert.True(sample.Total.DrawnAmount.Fen * 10 >= sample.Total.PaidAmount.Fen);
        Assert.Equal(sample.Total.DrawnItems, sample.Records.Count);
        Assert.All(sample.Records, r => Assert.Equal("410821", r.Region.Code));
        Assert.Equal(sample.Records.Select(r => r.Reference), again.Records.Select(r => r.Reference)); // the same seed, the same sample
        Assert.NotEqual(sample.SampleId, again.SampleId);
        Assert.Equal(sample.Records.Select(r => r.Reference), stored.Records.Select(r => r.Reference));
        Assert.Equal(7, other.Seed);

        // The county's figure beside the target is its latest sample's drawn share.
        var figures = await Client.GetFiguresAsync(new V1.GetFiguresRequest { Region = new RegionCode { Code = "410821" }, Year = 2024 }, TestCallers.Counter("410821"));
        var checks = figures.Targets.Single(t => t.Key == "targets.funds.supervision_check_share");
        Assert.Equal((V1.FigureSource.Sample, true, other.Total.DrawnPercent), (checks.Source, checks.ReachedKnown, checks.ReachedNumber));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_sample_is_a_county_s_of_a_year_with_a_share_in_force_drawn_by_its_own_office()
    {
        await Client.RefreshFiguresAsync(new V1.RefreshFiguresRequest { Region = new RegionCode { Code = "410800" }, Year = 2023 }, TestCallers.Auditor("410800"));

        var wholeCity = await Assert.ThrowsAsync<RpcException>(() => DrawAsync("410800", 1, "city"));
        var fromJiyuan = await Assert.ThrowsAsync<RpcException>(() => DrawAsync("410821", 1, "jiyuan", TestCallers.Auditor("419001")));
        var byCounter = await Assert.ThrowsAsync<RpcException>(() => DrawAsync("410821", 1, "counter", TestCallers.Counter("410821")));
        var before2024 = await Assert.ThrowsAsync<RpcException>(() => Client.DrawAuditSampleAsync(new V1.DrawAuditSampleRequest
        {
            IdempotencyKey = "2023", Region = new RegionCode { Code = "410821" }, Year = 2023, Seed = 1,
        }, TestCallers.Auditor("410800")).ResponseAsync);
        var drawn = await DrawAsync("410821", 0, "seedless");
        var listed = await Client.ListAuditSamplesAsync(new V1.ListAuditSamplesRequest { Region = new RegionCode { Code = "410821" } }, TestCallers.Auditor("410821"));

        Assert.Equal(StatusCode.InvalidArgument, wholeCity.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, fromJiyuan.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byCounter.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, before2024.StatusCode); // （十九） is in force from 2024
        Assert.NotEqual(0, drawn.Seed); // a seed drawn for it, and kept
        Assert.Equal(drawn.Seed, Assert.Single(listed.Samples).Seed);
    }
}
