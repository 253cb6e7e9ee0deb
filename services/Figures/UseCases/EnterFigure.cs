using Employment.Common.V1;
using Employment.Figures.Data;
using Employment.Figures.Domain;
using Employment.Persistence.Idempotency;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Figures.V1;

namespace Employment.Figures.UseCases;

/// <summary>
/// A figure the platform does not hold, entered for a target with its source: only a target the catalog sets for
/// the region in the year, only where the figures do not count it from records, for the city (a city's target) or
/// a county (a county's own). The figure in force is replaced; every entry is kept.
/// </summary>
public sealed class EnterFigure(FiguresDbContext db, PolicyCatalog catalog, ChinaClock clock)
{
    private const int SourceMaxLength = 200;

    /// <summary>The largest figure a target of any unit takes (2万亿元 in fen): beyond it is a typing error.</summary>
    private const double MaxFigure = 2e15;

    public Task<V1.EnteredFigure> EnterAsync(V1.EnterFigureRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var region = FigureRequests.Region(request.Region, clerk);
        var year = FigureRequests.Year(request.Year, clock);
        var figure = TargetFigures.Find(request.Key)
            ?? throw DomainRuleException.Invalid("key", $"“{PlainText.Quote(request.Key)}”不是考核目标：请从目标列表中选择。");
        if (figure.Origin != FigureOrigin.Entered)
        {
            throw DomainRuleException.Invalid("key", $"{figure.FigureZh}：{figure.OriginZh}，不需录入。");
        }

        if (figure.Scope == TargetScope.City && !region.IsCity)
        {
            throw DomainRuleException.Invalid("region", $"{figure.FigureZh}是全市（示范区）的合计：请在 {region.City.Code} 录入，不分解到县（市、区）。");
        }

        if (figure.Scope == TargetScope.EachCounty && region.IsCity && Places.CountiesOf(region.Code).Count > 0)
        {
            throw DomainRuleException.Invalid("region", $"{figure.FigureZh}按县（市、区）分别考核：请选择县（市、区）录入。");
        }

        if (!catalog.TryResolve(figure.Key, region, new DateOnly(year, 12, 31), out var target))
        {
            throw DomainRuleException.Invalid("year", $"{year} 年{Places.NameOf(region.Code)}没有“{figure.FigureZh}”的考核目标，不需录入。");
        }

        if (!double.IsFinite(request.Value) || request.Value < 0 || request.Value > MaxFigure
            || (target.Unit is PolicyUnit.Fen or PolicyUnit.Count && request.Value != Math.Floor(request.Value)))
        {
            throw DomainRuleException.Invalid("value", $"数值 {request.Value} 无效：应为不小于 0 的{(target.Unit == PolicyUnit.Percent ? "百分数" : "整数")}{(target.Unit == PolicyUnit.Fen ? "（单位：分）" : "")}。");
        }

        var source = PlainText.Check(request.SourceZh, "source_zh", SourceMaxLength, "数据来源（如统计局月报、财政局台账）");
        return IdempotentWrite.RunAsync(db, clock.Now, "EnterFigure", clerk, request.IdempotencyKey, request, V1.EnteredFigure.Parser, async () =>
        {
            var now = clock.Now;
            var value = (decimal)request.Value;
            var row = await db.EnteredFigures.SingleOrDefaultAsync(f => f.Region == region.Code && f.Year == year && f.Key == figure.Key, cancellationToken);
            if (row is null)
            {
                row = new EnteredFigureRecord { Region = region.Code, Year = year, Key = figure.Key, SourceZh = source };
                row.StampCreated(clerk.Subject, now);
                db.EnteredFigures.Add(row);
            }
            else
            {
                row.StampChanged(clerk.Subject, now);
            }

            (row.Value, row.SourceZh) = (value, source);
            db.EnteredFigureHistory.Add(new EnteredFigureHistoryRecord
            {
                Region = region.Code, Year = year, Key = figure.Key, Value = value, SourceZh = source, EnteredAt = now, EnteredBy = clerk.Subject,
            });
            await db.SaveChangesAsync(cancellationToken);
            return new V1.EnteredFigure
            {
                Region = new RegionCode { Code = region.Code },
                Year = year,
                Key = figure.Key,
                Value = (double)row.Value,
                SourceZh = row.SourceZh,
                Record = new RecordInfo
                {
                    Version = row.Version,
                    CreatedAt = Timestamp.FromDateTimeOffset(row.CreatedAt),
                    CreatedBy = row.CreatedBy,
                    UpdatedAt = Timestamp.FromDateTimeOffset(row.UpdatedAt),
                    UpdatedBy = row.UpdatedBy,
                },
            };
        }, cancellationToken);
    }
}
