using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using V1 = Employment.Figures.V1;

namespace Figures.Tests;

/// <summary>
/// The bureau's figures over real gRPC on PostgreSQL, the services' exports stood in with a known set of records:
/// every figure is the sum of those records (received by 受理日期 R31, paid by the day paid, a loan by its whole
/// principal issued, people and employers reached once), each region sees only its own, the records behind a figure
/// open, and a target shows beside its figure with the document's quote (焦政办〔2024〕15号（六）).
/// </summary>
public sealed class FiguresTests : IAsyncLifetime
{
    private const string Hiring = "hiring-subsidies";
    private static readonly DateOnly Jan15 = new(2024, 1, 15);

    private readonly SettableClock _clock = new(new DateTimeOffset(2024, 12, 1, 2, 0, 0, TimeSpan.Zero));

    // Jiaozuo in 2024: 解放区 (410802) and 修武县 (410821); one Jiyuan record that Jiaozuo must never count. Each with how it
    // was received, when it was decided against its 办结时限 (weekdays: 2024-03-05 to 03-12 is 5 working days), and the
    // groups the rules found the person in.
    private readonly StandInExport _hiring = new(Hiring,
        Exported.Item(Hiring, "H1", "hiring.absorption", "410802", "P1", "E1", new(2024, 3, 5), AuditedStatus.Paid, 1_000, new(2024, 4, 10))
            .Via(Channel.Counter).Decided(new(2024, 3, 12), due: new(2024, 3, 19)).InGroups("graduate_unemployed_2y"),
        Exported.Item(Hiring, "H2", "hiring.absorption", "410802", "P2", "E1", new(2024, 3, 20), AuditedStatus.Approved, 1_000)
            .Via(Channel.Offered).Decided(new(2024, 4, 10), due: new(2024, 4, 3)).InGroups("poverty_alleviated", "registered_unemployed_youth"),
        Exported.Item(Hiring, "H3", "hiring.absorption", "410821", "P3", "E2", new(2024, 4, 2), AuditedStatus.Rejected, 1_000)
            .Via(Channel.Online).Decided(new(2024, 4, 3)),
        Exported.Item(Hiring, "H4", "hiring.expansion", "410821", "P1", "E2", new(2023, 12, 20), AuditedStatus.Paid, 1_500, Jan15)
            .Via(Channel.Counter).Decided(new(2023, 12, 22)),
        Exported.Item(Hiring, "H5", "hiring.absorption", "410802", "P4", "E1", new(2024, 5, 6), AuditedStatus.Withdrawn, 1_000).Via(Channel.Counter),
        Exported.Item(Hiring, "H6", "hiring.absorption", "410802", "P5", "E1", new(2024, 5, 7), AuditedStatus.Submitted, 1_000)
            .Via(Channel.Counter).Due(new(2024, 5, 21)),
        Exported.Item(Hiring, "J1", "hiring.absorption", "419001", "P7", "E9", new(2024, 3, 1), AuditedStatus.Paid, 9_000, new(2024, 3, 10))
            .Via(Channel.Counter).InGroups("graduate_unemployed_2y"));

    private readonly StandInExport _training = new("training-subsidies",
        Exported.Item("training-subsidies", "T1", "training.skill_upgrade", "410821", "P1", "", new(2024, 4, 3), AuditedStatus.Paid, 200_000, new(2024, 4, 20))
            .Via(Channel.Online).Decided(new(2024, 4, 8), due: new(2024, 4, 17)).Trained("6-29-01-01/3"));

    // The application (issued: PAID with no day paid) and the loan the bank registered on it, with the subsidy approved on it.
    private readonly StandInExport _loans = new("startup-loans",
        Exported.Item("startup-loans", "LA1", "loans.individual", "410802", "P6", "", new(2024, 2, 1), AuditedStatus.Paid, 30_000_000)
            .Via(Channel.Counter).Decided(new(2024, 2, 2)).InGroups("employment_difficulty"),
        Exported.Loan("LN1", "410802", "P6", new(2024, 2, 20), subsidisedFen: 30_000_000, principalFen: 50_000_000, subsidyFen: 12_345));

    private FiguresHost _figures = null!;

    private V1.BureauFigures.BureauFiguresClient Client => _figures.Client;

    public async Task InitializeAsync() => _figures = await FiguresHost.StartAsync("figures", _clock, _hiring, _training, _loans);

    public async Task DisposeAsync() => await _figures.DisposeAsync();

    private Task<V1.FiguresRefresh> RefreshAsync(string city, int year = 2024) =>
        Client.RefreshFiguresAsync(new V1.RefreshFiguresRequest { Region = new RegionCode { Code = city }, Year = year }, TestCallers.Auditor(city)).ResponseAsync;

    private Task<V1.Figures> FiguresAsync(string region, Metadata caller, int year = 2024) =>
        Client.GetFiguresAsync(new V1.GetFiguresRequest { Region = new RegionCode { Code = region }, Year = year }, caller).ResponseAsync;

    private async Task<List<string>> BehindAsync(
        string region, string period, V1.FigureKind figure, Metadata caller, string measure = "", string dimension = "", string value = "")
    {
        var answer = await Client.ListFigureRecordsAsync(new V1.ListFigureRecordsRequest
        {
            Region = new RegionCode { Code = region }, Period = period, Figure = figure, Measure = measure, Dimension = dimension, Value = value,
        }, caller);
        return [.. answer.Records.Select(r => r.Reference)];
    }

    private static (int, long, int, int, int, int, int, long, int, int) Figures(V1.MeasureFigures f) =>
        (f.Received, f.ReceivedAmount.Fen, f.Granted, f.Refused, f.Withdrawn, f.Pending, f.Paid, f.PaidAmount.Fen, f.PeopleReached, f.EmployersReached);

    [Fact(Timeout = 120_000)]
    public async Task Every_figure_is_the_sum_of_the_records_behind_it_by_year_month_measure_and_county()
    {
        var refresh = await RefreshAsync("410800");
        var again = await RefreshAsync("410800"); // read afresh: the same figures, nothing counted twice
        var city = await FiguresAsync("410800", TestCallers.Counter("410800"));

        Assert.Equal([(Hiring, 6), ("training-subsidies", 1), ("startup-loans", 2)], refresh.ItemsRead.Select(s => (s.Service, s.Items)));
        Assert.Equal(refresh.ItemsRead, again.ItemsRead);
        Assert.NotNull(city.RefreshedAt);
        Assert.Equal("焦作市", city.RegionNameZh);
        // Received in 2024: H1 H2 H3 H5 H6 T1 and the loan application (the loan itself is no application; H4 was received in 2023).
        // Paid in 2024: H1, H4 (received the December before), T1, and the loan issued at its whole principal.
        // Reached: P1 (three items) and P6; employers E1 and E2.
        Assert.Equal((7, 30_205_000L, 4, 1, 1, 1, 4, 50_202_500L, 2, 2), Figures(city.WholeYear.Total));
        var absorption = city.WholeYear.Measures.Single(m => m.Measure == "hiring.absorption");
        Assert.Equal("一次性吸纳就业补贴", absorption.MeasureZh);
        Assert.Equal((5, 5_000L, 2, 1, 1, 1, 1, 1_000L, 1, 1), Figures(absorption));
        var loans = city.WholeYear.Measures.Single(m => m.Measure == "loans.individual");
        Assert.Equal((1, 30_000_000L, 1, 0, 0, 0, 1, 50_000_000L, 1, 0), Figures(loans));
        // Each measure's year names the target it counts toward, or none: 焦政办〔2024〕15号 sets none for 吸纳; its loans
        // count toward （六）; its subsidised trainings are the platform's part of （十一）'s trainings.
        Assert.Equal("", absorption.TargetZh);
        Assert.Contains("创业担保贷款", loans.TargetZh, StringComparison.Ordinal);
        Assert.Contains("平台记录为其中一部分", city.WholeYear.Measures.Single(m => m.Measure == "training.skill_upgrade").TargetZh, StringComparison.Ordinal);

        Assert.Equal(12, city.Months.Count);
        var april = city.Months.Single(m => m.Period == "2024-04").Total;
        Assert.Equal((2, 201_000L, 1, 1, 0, 0, 2, 201_000L, 1, 1), Figures(april)); // H3 T1 received; H1 T1 paid, both P1's
        var january = city.Months.Single(m => m.Period == "2024-01").Total;
        Assert.Equal((0, 0L, 0, 0, 0, 0, 1, 1_500L, 1, 1), Figures(january));
        Assert.Equal(city.WholeYear.Total.Received, city.Months.Sum(m => m.Total.Received));
        Assert.Equal(city.WholeYear.Total.PaidAmount.Fen, city.Months.Sum(m => m.Total.PaidAmount.Fen));

        Assert.Equal(10, city.Counties.Count); // 焦作's districts and counties side by side, those with nothing at 0
        var jiefang = city.Counties.Single(c => c.Region.Code == "410802");
        Assert.Equal((5, 30_004_000L, 3, 0, 1, 1, 2, 50_001_000L, 2, 1), Figures(jiefang.Total));
        var xiuwu = city.Counties.Single(c => c.Region.Code == "410821");
        Assert.Equal("修武县", xiuwu.NameZh);
        Assert.Equal((2, 201_000L, 1, 1, 0, 0, 2, 201_500L, 1, 1), Figures(xiuwu.Total));
        Assert.Equal(0, city.Counties.Single(c => c.Region.Code == "410883").Total.Received);

        // The records behind a figure are the ones it counts.
        var counter = TestCallers.Counter("410800");
        Assert.Equal(["H4", "LN1", "H1", "T1"], await BehindAsync("410800", "2024", V1.FigureKind.Paid, counter));
        Assert.Equal(["H3", "T1"], await BehindAsync("410800", "2024-04", V1.FigureKind.Received, counter));
        Assert.Equal(["H6"], await BehindAsync("410800", "2024", V1.FigureKind.Pending, counter));
        Assert.Equal(["H1", "H2"], await BehindAsync("410800", "2024", V1.FigureKind.Granted, counter, "hiring.absorption"));
    }

    private static (int, int, int, double, int) Timing(V1.MeasureFigures f) =>
        (f.DecidedInLimit, f.DecidedLate, f.DecidedWithoutLimit, f.AverageWorkingDays, f.OpenOverdue);

    private static Dictionary<string, (int, int, int, int, long, int)> Rows(V1.Figures figures, string dimension) =>
        figures.Breakdowns.Single(b => b.Dimension == dimension).Totals
            .ToDictionary(r => r.Value, r => (r.Received, r.Granted, r.Refused, r.Paid, r.PaidAmount.Fen, r.PeopleReached));

    [Fact(Timeout = 120_000)]
    public async Task The_year_is_counted_by_channel_group_and_level_timed_against_its_limit_and_loans_carry_their_subsidy()
    {
        await RefreshAsync("410800");
        var city = await FiguresAsync("410800", TestCallers.Counter("410800"));

        // 办结 against its limit (R3), by 受理日期: H1 T1 within, H2 late, H3 and LA1 where none is set; 5+15+1+3+1 working
        // days over five decisions; H6, pending, passed its limit (2024-05-21) before the refresh (2024-12-01).
        Assert.Equal((2, 1, 2, 5.0, 1), Timing(city.WholeYear.Total));
        Assert.Equal((1, 1, 1, 7.0, 1), Timing(city.WholeYear.Measures.Single(m => m.Measure == "hiring.absorption")));
        // March's received: H1 (within, 5 days) and H2 (late, 15 days).
        Assert.Equal((1, 1, 0, 10.0, 0), Timing(city.Months.Single(m => m.Period == "2024-03").Measures.Single(m => m.Measure == "hiring.absorption")));
        Assert.Equal((1, 1, 0, 10.0, 0), Timing(city.Months.Single(m => m.Period == "2024-03").Total));
        // The loan issued in February and the 贴息 approved on it.
        Assert.Equal(12_345, city.WholeYear.Total.SubsidyAmount.Fen);
        Assert.Equal(12_345, city.Months.Single(m => m.Period == "2024-02").Measures.Single(m => m.Measure == "loans.individual").SubsidyAmount.Fen);

        // By channel: received, granted, refused, paid, paid amount, people reached. H4 (received in 2023) is paid in 2024 at
        // the counter; the loan issued has no channel (it is not received).
        Assert.Equal(new Dictionary<string, (int, int, int, int, long, int)>
        {
            ["counter"] = (4, 2, 0, 2, 2_500, 1),
            ["online"] = (2, 1, 1, 1, 200_000, 1),
            ["offered"] = (1, 1, 0, 0, 0, 0),
        }, Rows(city, "channel"));
        var channels = city.Breakdowns.Single(b => b.Dimension == "channel");
        Assert.Equal("按受理渠道", channels.DimensionZh);
        Assert.Equal(["窗口受理", "网上受理", "免申即享"], channels.Totals.Select(r => r.ValueZh));

        // By group, as the catalog's audiences gather the groups decided: H2's person is both 脱贫人口 and a registered
        // unemployed youth, so H2 counts under three audiences; LA1's under 就业困难人员; H1's under 高校毕业生.
        Assert.Equal(new Dictionary<string, (int, int, int, int, long, int)>
        {
            ["graduates"] = (1, 1, 0, 1, 1_000, 1),
            ["youth"] = (1, 1, 0, 0, 0, 0),
            ["employment-difficulty"] = (1, 1, 0, 0, 0, 0),
            ["unemployed"] = (1, 1, 0, 0, 0, 0),
            ["poverty"] = (1, 1, 0, 0, 0, 0),
        }, Rows(city, "audience"));
        Assert.Contains(city.Breakdowns.Single(b => b.Dimension == "audience").Totals, r => r.ValueZh == "高校毕业生");

        // Trained people by certificate level: T1's 三级/高级工.
        var level = Assert.Single(city.Breakdowns.Single(b => b.Dimension == "level").Totals);
        Assert.Equal(("3", "三级/高级工", 1, 200_000L, 1), (level.Value, level.ValueZh, level.Paid, level.PaidAmount.Fen, level.PeopleReached));
        Assert.Equal("training.skill_upgrade", Assert.Single(city.Breakdowns.Single(b => b.Dimension == "level").Measures).Measure);

        // The records behind each of them.
        var counter = TestCallers.Counter("410800");
        Assert.Equal(["H2"], await BehindAsync("410800", "2024", V1.FigureKind.DecidedLate, counter));
        Assert.Equal(["H6"], await BehindAsync("410800", "2024", V1.FigureKind.OpenOverdue, counter));
        Assert.Equal(["H2"], await BehindAsync("410800", "2024", V1.FigureKind.Received, counter, dimension: "audience", value: "poverty"));
        Assert.Equal(["H4", "H1"], await BehindAsync("410800", "2024", V1.FigureKind.Paid, counter, dimension: "channel", value: "counter"));
        Assert.Equal(["T1"], await BehindAsync("410800", "2024", V1.FigureKind.Paid, counter, dimension: "level", value: "3"));
        var monthly = await Assert.ThrowsAsync<RpcException>(() => BehindAsync("410800", "2024-03", V1.FigureKind.Received, counter, dimension: "channel", value: "online"));
        var unknown = await Assert.ThrowsAsync<RpcException>(() => BehindAsync("410800", "2024", V1.FigureKind.Received, counter, dimension: "audience", value: "martians"));
        Assert.All([monthly, unknown], e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_region_sees_only_its_own_figures_and_records_and_Jiaozuo_never_counts_Jiyuan()
    {
        await RefreshAsync("410800");
        await RefreshAsync("419001");
        var jiyuan = await FiguresAsync("419001", TestCallers.Counter("419001"));
        var xiuwu = await FiguresAsync("410821", TestCallers.Counter("410821"));

        Assert.Equal((1, 9_000L, 1, 0, 0, 0, 1, 9_000L, 1, 1), Figures(jiyuan.WholeYear.Total));
        Assert.Empty(jiyuan.Counties);
        Assert.Equal(2, xiuwu.WholeYear.Total.Paid);
        Assert.Empty(xiuwu.Counties);
        Assert.Equal(["H3", "T1"], await BehindAsync("410821", "2024", V1.FigureKind.Received, TestCallers.Counter("410821")));

        var cityFromCounty = await Assert.ThrowsAsync<RpcException>(() => FiguresAsync("410800", TestCallers.Counter("410821")));
        var jiaozuoFromJiyuan = await Assert.ThrowsAsync<RpcException>(() => FiguresAsync("410800", TestCallers.Auditor("419001")));
        var recordsFromJiyuan = await Assert.ThrowsAsync<RpcException>(() => BehindAsync("410802", "2024", V1.FigureKind.Paid, TestCallers.Counter("419001")));
        var refreshByCounty = await Assert.ThrowsAsync<RpcException>(() =>
            Client.RefreshFiguresAsync(new V1.RefreshFiguresRequest { Region = new RegionCode { Code = "410800" }, Year = 2024 }, TestCallers.Auditor("410821")).ResponseAsync);
        Assert.All([cityFromCounty, jiaozuoFromJiyuan, recordsFromJiyuan, refreshByCounty], e => Assert.Equal(StatusCode.PermissionDenied, e.StatusCode));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_target_shows_beside_its_figure_with_its_quote_and_one_the_platform_does_not_hold_is_entered_with_its_source()
    {
        await RefreshAsync("410800");
        var before = await FiguresAsync("410800", TestCallers.Auditor("410800"));
        var entered = await Client.EnterFigureAsync(new V1.EnterFigureRequest
        {
            IdempotencyKey = "new-jobs-2024-11", Region = new RegionCode { Code = "410800" }, Year = 2024,
            Key = "targets.employment.new_urban_jobs", Value = 45_000, SourceZh = "焦作市统计局2024年11月就业统计月报",
        }, TestCallers.Counter("410800"));
        var after = await FiguresAsync("410800", TestCallers.Auditor("410800"));

        // 焦政办〔2024〕15号（六）: 2024年全市新增发放创业担保贷款6亿元以上; the loan issued is 50万元 of it.
        var loans = before.Targets.Single(t => t.Key == "targets.loans.issued_amount");
        Assert.Equal((60_000_000_000L, 50_000_000L, true, 0.1), (loans.TargetAmount.Fen, loans.ReachedAmount.Fen, loans.ReachedKnown, loans.Percent));
        Assert.Equal(V1.FigureSource.Records, loans.Source);
        Assert.Equal(("焦政办〔2024〕15号", "（六）"), (loans.Citation.DocumentNumber, loans.Citation.Clause));
        Assert.Contains("6亿元以上", loans.Citation.QuoteZh, StringComparison.Ordinal);

        var jobsBefore = before.Targets.Single(t => t.Key == "targets.employment.new_urban_jobs");
        Assert.Equal((V1.FigureSource.Entered, false, 60_000d), (jobsBefore.Source, jobsBefore.ReachedKnown, jobsBefore.TargetNumber));
        Assert.Contains("尚未录入", jobsBefore.SourceZh, StringComparison.Ordinal);
        var jobsAfter = after.Targets.Single(t => t.Key == "targets.employment.new_urban_jobs");
        Assert.Equal((true, 45_000d, 75d), (jobsAfter.ReachedKnown, jobsAfter.ReachedNumber, jobsAfter.Percent));
        Assert.Contains("统计局", jobsAfter.SourceZh, StringComparison.Ordinal);
        Assert.Equal(1, entered.Record.Version);

        // A county's own target (（十九）: checks at least 10 % of last year's spending) is each county's row.
        Assert.Equal(10, after.Targets.Count(t => t.Key == "targets.funds.supervision_check_share"));
        // Jiyuan's 2023 targets are its own (济管〔2023〕19号 81.: 2亿); Jiaozuo's never reach it.
        var jiyuan2023 = await FiguresAsync("419001", TestCallers.Auditor("419001"), 2023);
        Assert.Equal(20_000_000_000L, jiyuan2023.Targets.Single(t => t.Key == "targets.loans.issued_amount").TargetAmount.Fen);
        Assert.DoesNotContain(jiyuan2023.Targets, t => t.Citation.DocumentNumber.StartsWith('焦'));
    }

    [Theory(Timeout = 60_000)]
    [InlineData("410821", "targets.employment.new_urban_jobs", 100, "全市")]          // a city's target entered for a county
    [InlineData("410800", "targets.loans.issued_amount", 100, "记录汇总")]            // counted from records, never entered
    [InlineData("410800", "targets.funds.county_input_share", 25, "县（市、区）")]    // a county's own entered for the city
    [InlineData("410800", "targets.employment.new_urban_jobs", -1, "不小于 0")]
    [InlineData("410800", "targets.employment.new_urban_jobs", 1.5, "整数")]
    [InlineData("410800", "hiring.absorption.amount_per_hire", 1, "不是考核目标")]
    public async Task An_entry_that_is_no_figure_of_its_target_is_INVALID_ARGUMENT_saying_why(string region, string key, double value, string says)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.EnterFigureAsync(new V1.EnterFigureRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = region }, Year = 2024, Key = key, Value = value, SourceZh = "台账",
        }, TestCallers.Counter(region)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(says, error.Status.Detail, StringComparison.Ordinal);
    }
}
