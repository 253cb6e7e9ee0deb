using System.Globalization;
using Employment.Common.V1;
using Employment.Figures.V1;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Figures;

/// <summary>Which figures: a region the office covers and a year.</summary>
public sealed record FigureChoice(string Region, int Year)
{
    /// <summary>The region and year asked for, else the office's region and this year.</summary>
    public static FigureChoice Of(IQueryCollection query, string office, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        var region = query["region"].ToString();
        var year = int.TryParse(query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : today.Year;
        return new(region.Length == 6 && region.All(char.IsAsciiDigit) ? region : office, year);
    }

    public string Query => $"region={Region}&year={Year.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>The dashboard: the figures, the regions the office may choose, the years, and what an entry or refresh did.</summary>
public sealed record FiguresView(
    ServiceAnswer<Employment.Figures.V1.Figures> Figures,
    FigureChoice Choice,
    IReadOnlyList<Places.Place> Regions,
    IReadOnlyList<int> Years,
    string IdempotencyKey,
    ServiceProblem? ActionProblem,
    string? DoneZh);

/// <summary>The office's audit samples and the form to draw one: the counties it covers, the year, what the last draw did.</summary>
public sealed record SamplesView(ServiceAnswer<ListAuditSamplesResponse> Samples, IReadOnlyList<Places.Place> Counties, int Year, string IdempotencyKey, ServiceProblem? DrawProblem);

/// <summary>One audit sample with its records.</summary>
public sealed record SampleView(ServiceAnswer<AuditSample> Sample, bool JustDrawn);

/// <summary>The records behind one figure.</summary>
public sealed record FigureRecordsView(
    ServiceAnswer<ListFigureRecordsResponse> Records, FigureChoice Choice, string Period, string Measure, FigureKind Figure, int Page, FigureFacet Facet);

/// <summary>A breakdown's value whose records are asked for (按受理渠道 网上受理, …); both empty for none.</summary>
public sealed record FigureFacet(string Dimension, string Value, string ValueZh)
{
    public static FigureFacet None { get; } = new("", "", "");

    public string Query => Dimension.Length == 0 ? "" : $"&dimension={Uri.EscapeDataString(Dimension)}&value={Uri.EscapeDataString(Value)}&value_zh={Uri.EscapeDataString(ValueZh)}";
}

/// <summary>
/// 数据 (the bureau's figures) on the figures service: a region's year against its targets, month by month and county
/// by county, each figure opening the records behind it; the month's report as a spreadsheet; a figure the platform
/// does not hold entered with its source; the year counted afresh by an auditor. The service decides who sees what.
/// </summary>
public sealed class FigureScreens(ServiceCalls calls, ChinaClock clock)
{
    public const string Path = WorkbenchOptions.PathBase + "/figures";

    /// <summary>Records per page behind a figure.</summary>
    public const int PageSize = 50;

    private const string FiguresZh = "业务数据";

    /// <summary>The years a leader looks back on: the targets begin with 2023's documents.</summary>
    private const int FirstYear = 2023;

    public async Task<FiguresView> ShowAsync(IQueryCollection query, ClerkClaims clerk, CancellationToken cancellationToken) =>
        await ViewAsync(FigureChoice.Of(query, clerk.OfficeRegion, clock.Today), clerk, null, null, cancellationToken);

    public async Task<Employment.Figures.V1.Figures?> ReadAsync(FigureChoice choice, CancellationToken cancellationToken) =>
        (await FiguresOf(choice, cancellationToken)).Value;

    /// <summary>An auditor's refresh of the city's year; the dashboard follows with the figures counted afresh.</summary>
    public async Task<FiguresView> RefreshAsync(IFormCollection form, ClerkClaims clerk, CancellationToken cancellationToken)
    {
        var choice = Posted(form, clerk);
        var city = Places.Find(choice.Region) is { IsCity: true } ? choice.Region : Employment.Policy.Model.Region.CityOf(choice.Region);
        var refreshed = await calls.CallAsync<BureauFigures.BureauFiguresClient, FiguresRefresh>(FiguresZh,
            (client, options) => client.RefreshFiguresAsync(new RefreshFiguresRequest { Region = new RegionCode { Code = city }, Year = choice.Year }, options).ResponseAsync,
            cancellationToken);
        return await ViewAsync(choice, clerk, refreshed.Problem,
            refreshed.Value is { } done ? $"已重新统计（读取 {string.Join("、", done.ItemsRead.Select(s => $"{Audit.SignalNames.ServiceZh(s.Service)} {s.Items} 条"))}）。" : null, cancellationToken);
    }

    /// <summary>A figure the platform does not hold, entered with its source.</summary>
    public async Task<FiguresView> EnterAsync(IFormCollection form, ClerkClaims clerk, CancellationToken cancellationToken)
    {
        var choice = Posted(form, clerk);
        // The target chosen names its key, whose figure it is (the city or a county) and whether it is an amount.
        var chosen = form["target_choice"].ToString().Split('|');
        if (chosen.Length != 3)
        {
            return await ViewAsync(choice, clerk, ServiceProblem.Refused(FiguresZh, "请选择要录入的考核目标。"), null, cancellationToken);
        }

        var (target, figureRegion, inFen) = (chosen[0], chosen[1], chosen[2] == "fen");
        if (!double.TryParse(form["value"].ToString().Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return await ViewAsync(choice, clerk, ServiceProblem.Refused(FiguresZh, "完成数应填写数字，如 45000 或 92.5。"), null, cancellationToken);
        }

        // An amount is entered in 元 and kept in 分, as every amount of the platform.
        var entered = await calls.CallAsync<BureauFigures.BureauFiguresClient, EnteredFigure>(FiguresZh,
            (client, options) => client.EnterFigureAsync(new EnterFigureRequest
            {
                IdempotencyKey = ScreenKeys.Of(form),
                Region = new RegionCode { Code = figureRegion },
                Year = choice.Year,
                Key = target,
                Value = inFen ? Math.Round(value * 100) : value,
                SourceZh = form["source"].ToString(),
            }, options).ResponseAsync, cancellationToken);
        return await ViewAsync(choice, clerk, entered.Problem, entered.Value is { } done ? $"已录入：{done.SourceZh}。" : null, cancellationToken);
    }

    public async Task<FigureRecordsView> RecordsAsync(IQueryCollection query, ClerkClaims clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var choice = FigureChoice.Of(query, clerk.OfficeRegion, clock.Today);
        var period = query["period"].ToString();
        var measure = query["measure"].ToString();
        var figure = int.TryParse(query["figure"], NumberStyles.None, CultureInfo.InvariantCulture, out var kind) && Enum.IsDefined(typeof(FigureKind), kind) ? (FigureKind)kind : FigureKind.Unspecified;
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100_000 ? number : 1;
        // The value's name is only shown: the service decides what the dimension and value select.
        var facet = new FigureFacet(query["dimension"].ToString(), query["value"].ToString(), PlainNameOf(query["value_zh"].ToString()));
        var records = await calls.CallAsync<BureauFigures.BureauFiguresClient, ListFigureRecordsResponse>(FiguresZh,
            (client, options) => client.ListFigureRecordsAsync(new ListFigureRecordsRequest
            {
                Region = new RegionCode { Code = choice.Region },
                Period = period,
                Measure = measure,
                Figure = figure,
                Dimension = facet.Dimension,
                Value = facet.Value,
                Page = new PageRequest { PageSize = PageSize, PageToken = ((page - 1) * PageSize).ToString(CultureInfo.InvariantCulture) },
            }, options).ResponseAsync, cancellationToken);
        return new(records, choice, period, measure, figure, page, facet);
    }

    /// <summary>A breakdown value's name as the link carried it, kept to a short line of plain text.</summary>
    private static string PlainNameOf(string name) => new([.. name.Where(c => !char.IsControl(c)).Take(40)]);

    public const string SamplesPath = Path + "/samples";

    /// <summary>监督核查抽样: the samples of the office's region, newest first, and the form to draw one.</summary>
    public async Task<SamplesView> SamplesAsync(ClerkClaims clerk, ServiceProblem? problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        var samples = await calls.CallAsync<BureauFigures.BureauFiguresClient, ListAuditSamplesResponse>(FiguresZh,
            (client, options) => client.ListAuditSamplesAsync(new ListAuditSamplesRequest { Region = new RegionCode { Code = clerk.OfficeRegion }, Page = new PageRequest { PageSize = PageSize } }, options).ResponseAsync,
            cancellationToken);
        var office = Employment.Policy.Model.Region.Parse(clerk.OfficeRegion);
        var counties = Places.All.Where(p => office.Contains(Employment.Policy.Model.Region.Parse(p.Code)) && (!p.IsCity || Places.CountiesOf(p.Code).Count == 0)).ToList();
        return new(samples, counties, clock.Today.Year, ScreenKeys.New(), problem);
    }

    /// <summary>Draws a county's sample for a year's checks; the sample's own screen follows, or the form with what was wrong.</summary>
    public async Task<(SampleView? Drawn, SamplesView? Form)> DrawAsync(IFormCollection form, ClerkClaims clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var seedText = form["seed"].ToString().Trim();
        long seed = 0;
        if (seedText.Length > 0 && (!long.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed) || seed <= 0))
        {
            return (null, await SamplesAsync(clerk, ServiceProblem.Refused(FiguresZh, "种子应为正整数；不填则由系统生成并记录。"), cancellationToken));
        }

        _ = int.TryParse(form["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year);
        var drawn = await calls.CallAsync<BureauFigures.BureauFiguresClient, AuditSample>(FiguresZh,
            (client, options) => client.DrawAuditSampleAsync(new DrawAuditSampleRequest
            {
                IdempotencyKey = ScreenKeys.Of(form),
                Region = new RegionCode { Code = form["region"].ToString() },
                Year = year,
                Seed = seed,
            }, options).ResponseAsync, cancellationToken);
        return drawn.Value is null ? (null, await SamplesAsync(clerk, drawn.Problem, cancellationToken)) : (new SampleView(drawn, true), null);
    }

    public async Task<SampleView> SampleAsync(string sampleId, CancellationToken cancellationToken) =>
        new(await calls.CallAsync<BureauFigures.BureauFiguresClient, AuditSample>(FiguresZh,
            (client, options) => client.GetAuditSampleAsync(new GetAuditSampleRequest { SampleId = sampleId }, options).ResponseAsync, cancellationToken), false);

    /// <summary>The address of the records behind one figure.</summary>
    public static string RecordsPath(FigureChoice choice, string period, string measure, FigureKind figure, int page = 1, FigureFacet? facet = null) =>
        $"{Path}/records?{choice.Query}&period={period}&measure={Uri.EscapeDataString(measure)}&figure={(int)figure}&page={page}{facet?.Query}";

    private FigureChoice Posted(IFormCollection form, ClerkClaims clerk)
    {
        ArgumentNullException.ThrowIfNull(form);
        return FigureChoice.Of(new QueryCollection(form.ToDictionary(f => f.Key, f => f.Value)), clerk.OfficeRegion, clock.Today);
    }

    private Task<ServiceAnswer<Employment.Figures.V1.Figures>> FiguresOf(FigureChoice choice, CancellationToken cancellationToken) =>
        calls.CallAsync<BureauFigures.BureauFiguresClient, Employment.Figures.V1.Figures>(FiguresZh,
            (client, options) => client.GetFiguresAsync(new GetFiguresRequest { Region = new RegionCode { Code = choice.Region }, Year = choice.Year }, options).ResponseAsync,
            cancellationToken);

    private async Task<FiguresView> ViewAsync(FigureChoice choice, ClerkClaims clerk, ServiceProblem? problem, string? done, CancellationToken cancellationToken)
    {
        // The office's own region and what lies within it: a county's office sees its county, a city's its counties too.
        var office = Employment.Policy.Model.Region.Parse(clerk.OfficeRegion);
        var regions = Places.All.Where(p => office.Contains(Employment.Policy.Model.Region.Parse(p.Code))).ToList();
        var years = Enumerable.Range(FirstYear, Math.Max(1, clock.Today.Year - FirstYear + 1)).Reverse().ToList();
        return new(await FiguresOf(choice, cancellationToken), choice, regions, years, ScreenKeys.New(), problem, done);
    }
}
