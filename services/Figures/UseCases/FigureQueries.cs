using Employment.Common.V1;
using Employment.Figures.Data;
using Employment.Figures.Domain;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Figures.V1;

namespace Employment.Figures.UseCases;

/// <summary>
/// What a view reads: the figures the last refresh kept, the targets beside them (the catalog's, with their
/// citation), and the records behind a figure. Nothing is counted here.
/// </summary>
public sealed class FigureQueries(FiguresDbContext db, PolicyCatalog catalog, ChinaClock clock)
{
    public async Task<V1.Figures> GetAsync(V1.GetFiguresRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = FigureRequests.Region(request.Region, caller);
        var year = FigureRequests.Year(request.Year, clock);
        var counties = region.IsCity ? Places.CountiesOf(region.Code) : [];
        var regions = counties.Append(region.Code).ToList();
        var cells = await db.Cells.AsNoTracking().Where(c => c.Year == year && regions.Contains(c.Region) && c.Dimension == "").ToListAsync(cancellationToken);
        var own = cells.Where(c => c.Region == region.Code).ToList();
        var facets = await db.Cells.AsNoTracking()
            .Where(c => c.Year == year && c.Region == region.Code && c.Month == FigurePeriods.WholeYear && c.Dimension != "").ToListAsync(cancellationToken);
        var answer = new V1.Figures
        {
            Region = new RegionCode { Code = region.Code },
            RegionNameZh = NameOf(region.Code),
            Year = year,
            WholeYear = Period(own, year, FigurePeriods.WholeYear),
        };
        answer.Months.AddRange(Enumerable.Range(1, 12).Select(m => Period(own, year, m)));
        answer.Counties.AddRange(counties.Select(c => new V1.CountyFigures
        {
            Region = new RegionCode { Code = c },
            NameZh = NameOf(c),
            Total = Measure(cells.SingleOrDefault(x => x.Region == c && x.Month == FigurePeriods.WholeYear && x.Measure.Length == 0), "", "合计"),
        }));
        answer.Targets.AddRange(await TargetsAsync(region, counties, year, own, cancellationToken));
        foreach (var measure in answer.WholeYear.Measures)
        {
            measure.TargetZh = TargetOf(measure.Measure, answer.Targets);
        }

        answer.Breakdowns.AddRange(FigureFacets.Dimensions.Select(d => Breakdown(d, facets)));
        var city = region.City.Code;
        if (await db.Refreshes.AsNoTracking().SingleOrDefaultAsync(r => r.City == city && r.Year == year, cancellationToken) is { } refresh)
        {
            answer.RefreshedAt = Timestamp.FromDateTimeOffset(refresh.RefreshedAt);
        }

        return answer;
    }

    public async Task<V1.ListFigureRecordsResponse> ListRecordsAsync(V1.ListFigureRecordsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = FigureRequests.Region(request.Region, caller);
        if (!FigurePeriods.TryParse(request.Period, out var year, out var month))
        {
            throw DomainRuleException.Invalid("period", $"期间“{PlainText.Quote(request.Period)}”无效：应为年度（如 2024）或月份（如 2024-03）。");
        }

        FigureRequests.Year(year, clock);
        if (request.Figure == V1.FigureKind.Unspecified || !System.Enum.IsDefined(request.Figure))
        {
            throw DomainRuleException.Invalid("figure", "请指明查看哪一项数据的记录（受理、通过、不通过、撤回、待办、发放、超时办结或超期未办结）。");
        }

        var (from, until) = FigurePeriods.Days(year, month);
        var rows = region.IsCity ? db.Items.AsNoTracking().Where(i => i.City == region.Code) : db.Items.AsNoTracking().Where(i => i.Region == region.Code);
        if (request.Measure.Length > 0)
        {
            rows = rows.Where(i => i.Measure == request.Measure);
        }

        rows = FigureFacetFilter.Apply(rows, request.Dimension, request.Value, month, catalog.Audiences);
        var city = region.City.Code;
        var countedOn = await db.Refreshes.AsNoTracking().Where(r => r.City == city && r.Year == year).Select(r => (DateTimeOffset?)r.RefreshedAt)
            .SingleOrDefaultAsync(cancellationToken) is { } refreshed ? ChinaClock.DateOf(refreshed) : DateOnly.MinValue;
        rows = Behind(rows, request.Figure, from, until, countedOn);
        var (size, offset) = (Pages.Size(request.Page), Pages.Offset(request.Page));
        var total = await rows.CountAsync(cancellationToken);
        // In the order of the day the figure goes by (paid: the day paid), which the items' indexes keep: a page is read
        // from the index, not sorted out of every record the figure counts.
        var ordered = request.Figure == V1.FigureKind.Paid
            ? rows.OrderBy(i => i.PaidOn).ThenBy(i => i.Service).ThenBy(i => i.Reference).ThenBy(i => i.ItemNo)
            : rows.OrderBy(i => i.ReceivedOn).ThenBy(i => i.Service).ThenBy(i => i.Reference).ThenBy(i => i.ItemNo);
        var page = await ordered.Skip(offset).Take(size).ToListAsync(cancellationToken);
        var answer = new V1.ListFigureRecordsResponse { Page = Pages.NextByOffset(offset, size, total) };
        answer.Records.AddRange(page.Select(Record));
        return answer;
    }

    /// <summary>The items a figure counts, as <see cref="FigureTally"/> counts them.</summary>
    private static IQueryable<FigureItemRecord> Behind(IQueryable<FigureItemRecord> rows, V1.FigureKind figure, DateOnly from, DateOnly until, DateOnly countedOn)
    {
        if (figure == V1.FigureKind.Paid)
        {
            return rows.Where(i => i.Status == (int)ItemStatus.Paid && i.PaidOn >= from && i.PaidOn <= until);
        }

        var received = rows.Where(i => !i.BenefitGiven && i.ReceivedOn >= from && i.ReceivedOn <= until);
        if (figure == V1.FigureKind.DecidedLate)
        {
            var grantedOrRefused = ReceivedOutcomes.StatusesOf(ReceivedOutcome.Granted).Concat(ReceivedOutcomes.StatusesOf(ReceivedOutcome.Refused)).ToArray();
            return received.Where(i => grantedOrRefused.Contains(i.Status) && i.DecidedOn != null && i.DueOn != null && i.DecidedOn > i.DueOn);
        }

        if (figure == V1.FigureKind.OpenOverdue)
        {
            var decidedStatuses = ReceivedOutcomes.Decided();
            return received.Where(i => !decidedStatuses.Contains(i.Status) && i.DueOn != null && i.DueOn < countedOn);
        }

        ReceivedOutcome? outcome = figure switch
        {
            V1.FigureKind.Granted => ReceivedOutcome.Granted,
            V1.FigureKind.Refused => ReceivedOutcome.Refused,
            V1.FigureKind.Withdrawn => ReceivedOutcome.Withdrawn,
            V1.FigureKind.Pending => ReceivedOutcome.Pending,
            _ => null,
        };
        if (outcome == ReceivedOutcome.Pending)
        {
            var decided = ReceivedOutcomes.Decided();
            return received.Where(i => !decided.Contains(i.Status));
        }

        if (outcome is not { } decidedAs)
        {
            return received;
        }

        var statuses = ReceivedOutcomes.StatusesOf(decidedAs);
        return received.Where(i => statuses.Contains(i.Status));
    }

    private async Task<List<V1.TargetProgress>> TargetsAsync(Region region, IReadOnlyList<string> counties, int year, List<FigureCellRecord> own, CancellationToken cancellationToken)
    {
        var on = new DateOnly(year, 12, 31);
        // A city's targets are the city's (济源 is also its own county); a county's own targets are each county's.
        var cityTargets = region.IsCity ? TargetFigures.All.Where(t => t.Scope == TargetScope.City).Select(t => (t, r: region)) : [];
        var countyRegions = region.IsCity ? (counties.Count == 0 ? [region] : counties.Select(Region.Parse).ToList()) : [region];
        var countyTargets = countyRegions.SelectMany(r => TargetFigures.All.Where(t => t.Scope == TargetScope.EachCounty).Select(t => (t, r)));
        var asked = cityTargets.Concat(countyTargets)
            .Select(x => (Figure: x.t, Region: x.r, Value: catalog.TryResolve(x.t.Key, x.r, on, out var value) ? value : null))
            .Where(x => x.Value is not null)
            .ToList();
        var codes = asked.Select(a => a.Region.Code).Distinct().ToList();
        var entered = await db.EnteredFigures.AsNoTracking().Where(f => f.Year == year && codes.Contains(f.Region)).ToListAsync(cancellationToken);
        // Each county's latest sample of the year (ids are time-ordered).
        var samples = (await db.AuditSamples.AsNoTracking().Where(a => a.Year == year && codes.Contains(a.Region)).ToListAsync(cancellationToken))
            .GroupBy(a => a.Region).ToDictionary(g => g.Key, g => V1.AuditSample.Parser.ParseFrom(g.MaxBy(a => a.Id, StringComparer.Ordinal)!.Summary), StringComparer.Ordinal);
        return asked.Select(a => Progress(a.Figure, a.Region, a.Value!, own, entered, samples.GetValueOrDefault(a.Region.Code))).ToList();
    }

    private static V1.TargetProgress Progress(TargetFigure figure, Region region, ParameterValue target, List<FigureCellRecord> own, List<EnteredFigureRecord> entered, V1.AuditSample? sample)
    {
        var progress = new V1.TargetProgress
        {
            Key = figure.Key,
            NameZh = target.NameZh,
            FigureZh = figure.FigureZh,
            Source = figure.Origin switch
            {
                FigureOrigin.Records => V1.FigureSource.Records,
                FigureOrigin.Sample => V1.FigureSource.Sample,
                _ => V1.FigureSource.Entered,
            },
            Citation = ProtoMapping.ToProto(target),
            ScopeZh = figure.ScopeZh,
            Region = new RegionCode { Code = region.Code },
            RegionNameZh = NameOf(region.Code),
        };
        var isAmount = target.Unit == PolicyUnit.Fen;
        decimal goal = isAmount ? target.Value.Fen : target.Value.Decimal;
        if (isAmount)
        {
            progress.TargetAmount = new Money { Fen = target.Value.Fen };
        }
        else
        {
            progress.TargetNumber = (double)goal;
        }

        decimal? reached = null;
        if (figure.Origin == FigureOrigin.Records)
        {
            reached = own.Where(c => c.Month == FigurePeriods.WholeYear && c.Measure.StartsWith(figure.MeasurePrefix!, StringComparison.Ordinal)).Sum(c => c.PaidFen);
            progress.SourceZh = figure.OriginZh;
        }
        else if (figure.Origin == FigureOrigin.Sample)
        {
            reached = sample is null ? null : (decimal)sample.Total.DrawnPercent;
            progress.SourceZh = sample is null ? figure.OriginZh + "；本年尚未抽样" : $"{figure.OriginZh}：抽样 {sample.SampleId}（种子 {sample.Seed}）";
        }
        else if (entered.FirstOrDefault(e => e.Region == region.Code && e.Key == figure.Key) is { } value)
        {
            reached = value.Value;
            progress.SourceZh = $"录入：{value.SourceZh}";
        }
        else
        {
            progress.SourceZh = figure.OriginZh + "；尚未录入";
        }

        if (reached is { } r)
        {
            progress.ReachedKnown = true;
            if (isAmount)
            {
                progress.ReachedAmount = new Money { Fen = (long)r };
            }
            else
            {
                progress.ReachedNumber = (double)r;
            }

            progress.Percent = goal == 0 ? 0 : (double)Math.Round(r * 100 / goal, 1);
        }

        return progress;
    }

    /// <summary>The targets in force a measure's year counts toward, named, or empty when no document sets one for it.</summary>
    private static string TargetOf(string measure, IEnumerable<V1.TargetProgress> targets) => string.Join("；", targets
        .Select(t => (Progress: t, Figure: TargetFigures.Find(t.Key)))
        .Where(t => t.Figure is { } figure && figure.Counts(measure))
        .Select(t => t.Progress.NameZh + (t.Figure!.Origin == FigureOrigin.Records ? "" : "（平台记录为其中一部分）"))
        .Distinct());

    /// <summary>A place as a sentence names it (焦作市, 修武县, 济源示范区).</summary>
    private static string NameOf(string code) => Places.Find(code) is { } place ? place.ProperNameZh.Replace("焦作市 ", "", StringComparison.Ordinal) : Places.NameOf(code);

    private static V1.PeriodFigures Period(List<FigureCellRecord> cells, int year, int month)
    {
        var ofPeriod = cells.Where(c => c.Month == month).ToList();
        var period = new V1.PeriodFigures
        {
            Period = FigurePeriods.Name(year, month),
            Total = Measure(ofPeriod.SingleOrDefault(c => c.Measure.Length == 0), "", "全部政策"),
        };
        period.Measures.AddRange(ofPeriod.Where(c => c.Measure.Length > 0).OrderBy(c => c.Measure, StringComparer.Ordinal).Select(c => Measure(c, c.Measure, c.MeasureZh)));
        return period;
    }

    private static V1.MeasureFigures Measure(FigureCellRecord? cell, string measure, string measureZh) => new()
    {
        Measure = measure,
        MeasureZh = measureZh,
        Received = cell?.Received ?? 0,
        ReceivedAmount = new Money { Fen = cell?.ReceivedFen ?? 0 },
        Granted = cell?.Granted ?? 0,
        Refused = cell?.Refused ?? 0,
        Withdrawn = cell?.Withdrawn ?? 0,
        Pending = cell?.Pending ?? 0,
        Paid = cell?.Paid ?? 0,
        PaidAmount = new Money { Fen = cell?.PaidFen ?? 0 },
        PeopleReached = cell?.PeopleReached ?? 0,
        EmployersReached = cell?.EmployersReached ?? 0,
        DecidedInLimit = cell?.DecidedInLimit ?? 0,
        DecidedLate = cell?.DecidedLate ?? 0,
        DecidedWithoutLimit = cell?.DecidedWithoutLimit ?? 0,
        AverageWorkingDays = cell is null ? 0 : AverageDays(cell),
        OpenOverdue = cell?.OpenOverdue ?? 0,
        SubsidyAmount = new Money { Fen = cell?.SubsidyFen ?? 0 },
    };

    private static double AverageDays(FigureCellRecord cell) =>
        (cell.DecidedInLimit + cell.DecidedLate + cell.DecidedWithoutLimit) is var decided and > 0
            ? Math.Round((double)cell.DecidedWorkingDays / decided, 1)
            : 0;

    /// <summary>One breakdown of the year: a row per value for all measures, and per measure and value, in the value's order.</summary>
    private V1.Breakdown Breakdown(string dimension, List<FigureCellRecord> facets)
    {
        var breakdown = new V1.Breakdown { Dimension = dimension, DimensionZh = FigureFacets.DimensionZh(dimension) };
        var rows = facets.Where(c => c.Dimension == dimension)
            .OrderBy(c => FigureFacets.OrderOf(new FacetValue(c.Dimension, c.Value), catalog.Audiences))
            .Select(c =>
            {
                var row = Measure(c, c.Measure, c.Measure.Length == 0 ? "全部政策" : c.MeasureZh);
                row.Dimension = dimension;
                row.Value = c.Value;
                row.ValueZh = FigureFacets.ValueZh(new FacetValue(c.Dimension, c.Value), catalog.Audiences);
                return row;
            }).ToList();
        breakdown.Totals.AddRange(rows.Where(r => r.Measure.Length == 0));
        breakdown.Measures.AddRange(rows.Where(r => r.Measure.Length > 0).OrderBy(r => r.Measure, StringComparer.Ordinal));
        return breakdown;
    }

    private static V1.FigureRecord Record(FigureItemRecord row)
    {
        var record = new V1.FigureRecord
        {
            Service = row.Service,
            Reference = row.Reference,
            ItemNo = row.ItemNo,
            Measure = row.Measure,
            MeasureZh = row.MeasureZh,
            Status = (AuditedStatus)row.Status,
            Region = new RegionCode { Code = row.Region },
            NameMasked = row.NameMasked,
            EmployerName = row.EmployerName,
            Amount = new Money { Fen = row.AmountFen },
            ReceivedOn = ProtoMapping.ToProto(row.ReceivedOn),
        };
        if (row.PaidOn is { } paid)
        {
            record.PaidOn = ProtoMapping.ToProto(paid);
        }

        record.DecidedOn = row.DecidedOn is { } decided ? ProtoMapping.ToProto(decided) : null;
        record.DueOn = row.DueOn is { } due ? ProtoMapping.ToProto(due) : null;
        record.Channel = (Channel)row.Channel;

        return record;
    }
}
