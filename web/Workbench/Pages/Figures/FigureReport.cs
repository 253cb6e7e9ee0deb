using ClosedXML.Excel;
using Employment.Figures.V1;

namespace Employment.Web.Workbench.Pages.Figures;

/// <summary>
/// The report as a spreadsheet (ClosedXML): the targets with their documents and quotes, the measures of the year or
/// of one month, the months, the counties; the same figures the page shows, amounts in 元 as numbers a leader can sum.
/// </summary>
public static class FigureReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Columns = ["受理（件）", "受理金额（元）", "通过", "不通过", "撤回", "待审核", "发放（件）", "发放金额（元）", "已核准贴息（元）", "惠及人数", "惠及单位"];

    private static readonly string[] TimingColumns = ["已办结（件）", "时限内办结", "超时办结", "未设时限", "平均用时（工作日）", "超期未办结"];

    /// <summary>The report of the year, its measures those of <paramref name="month"/> when one is given (1–12).</summary>
    public static byte[] Of(Employment.Figures.V1.Figures figures, int? month)
    {
        ArgumentNullException.ThrowIfNull(figures);
        using var book = new XLWorkbook();
        var measures = month is { } m ? figures.Months[m - 1] : figures.WholeYear;
        var heading = $"{figures.RegionNameZh} {(month is { } n ? $"{figures.Year}年{n}月" : $"{figures.Year}年")} 就业创业业务数据（统计于 {Display.Time(figures.RefreshedAt)}）";

        var targets = book.Worksheets.Add("目标完成情况");
        Title(targets, heading, 8);
        Header(targets, ["地区", "考核目标", "依据", "原文", "目标", "完成", "完成率（%）", "数据来源"]);
        var row = 3;
        foreach (var target in figures.Targets)
        {
            targets.Cell(row, 1).Value = target.RegionNameZh;
            targets.Cell(row, 2).Value = target.NameZh;
            targets.Cell(row, 3).Value = Display.Clause(target.Citation);
            targets.Cell(row, 4).Value = target.Citation.QuoteZh;
            Number(targets.Cell(row, 5), target.TargetCase == TargetProgress.TargetOneofCase.TargetAmount ? target.TargetAmount.Fen / 100m : (decimal)target.TargetNumber, target.TargetCase == TargetProgress.TargetOneofCase.TargetAmount);
            if (target.ReachedKnown)
            {
                Number(targets.Cell(row, 6), target.ReachedCase == TargetProgress.ReachedOneofCase.ReachedAmount ? target.ReachedAmount.Fen / 100m : (decimal)target.ReachedNumber, target.ReachedCase == TargetProgress.ReachedOneofCase.ReachedAmount);
                targets.Cell(row, 7).Value = target.Percent;
            }
            else
            {
                targets.Cell(row, 6).Value = "未录入";
            }

            targets.Cell(row, 8).Value = target.SourceZh;
            row++;
        }

        var byMeasure = book.Worksheets.Add("分政策");
        Title(byMeasure, heading, Columns.Length + 1);
        Header(byMeasure, ["政策", .. Columns]);
        row = 3;
        foreach (var measure in measures.Measures.Append(measures.Total))
        {
            Figures(byMeasure, row++, measure.MeasureZh, measure);
        }

        var byMonth = book.Worksheets.Add("分月");
        Title(byMonth, heading, Columns.Length + 1);
        Header(byMonth, ["月份", .. Columns]);
        row = 3;
        foreach (var period in figures.Months)
        {
            Figures(byMonth, row++, period.Period, period.Total);
        }

        Figures(byMonth, row, "全年", figures.WholeYear.Total);

        if (figures.Counties.Count > 0)
        {
            var byCounty = book.Worksheets.Add("分县区");
            Title(byCounty, heading, Columns.Length + 1);
            Header(byCounty, ["县（市、区）", .. Columns]);
            row = 3;
            foreach (var county in figures.Counties)
            {
                Figures(byCounty, row++, county.NameZh, county.Total);
            }
        }

        var timing = book.Worksheets.Add("办结时限");
        Title(timing, heading, TimingColumns.Length + 1);
        Header(timing, ["政策", .. TimingColumns]);
        row = 3;
        foreach (var measure in measures.Measures.Append(measures.Total))
        {
            Timing(timing, row++, measure.MeasureZh, measure);
        }

        // Breakdowns are counted for the year: the month's report has none.
        if (month is null && figures.Breakdowns.Any(b => b.Totals.Count > 0))
        {
            var byFacet = book.Worksheets.Add("分类统计");
            Title(byFacet, heading, Columns.Length + 2);
            Header(byFacet, ["分类", "类别", .. Columns]);
            row = 3;
            foreach (var breakdown in figures.Breakdowns)
            {
                foreach (var value in breakdown.Totals)
                {
                    byFacet.Cell(row, 1).Value = breakdown.DimensionZh;
                    Figures(byFacet, row++, value.ValueZh, value, firstColumn: 2);
                }
            }
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Title(IXLWorksheet sheet, string heading, int columns)
    {
        sheet.Cell(1, 1).Value = heading;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Range(1, 1, 1, columns).Merge();
        // Widths set, not measured: measuring text needs fonts the server may not have.
        sheet.Columns(1, columns).Width = 14;
        sheet.Column(1).Width = 22;
    }

    private static void Header(IXLWorksheet sheet, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            sheet.Cell(2, i + 1).Value = names[i];
            sheet.Cell(2, i + 1).Style.Font.Bold = true;
            sheet.Cell(2, i + 1).Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }
    }

    private static void Figures(IXLWorksheet sheet, int row, string name, MeasureFigures figures, int firstColumn = 1)
    {
        sheet.Cell(row, firstColumn).Value = name;
        var values = new (decimal Value, bool Amount)[]
        {
            (figures.Received, false), (figures.ReceivedAmount.Fen / 100m, true), (figures.Granted, false), (figures.Refused, false),
            (figures.Withdrawn, false), (figures.Pending, false), (figures.Paid, false), (figures.PaidAmount.Fen / 100m, true),
            ((figures.SubsidyAmount?.Fen ?? 0) / 100m, true), (figures.PeopleReached, false), (figures.EmployersReached, false),
        };
        Values(sheet, row, firstColumn + 1, values);
    }

    private static void Timing(IXLWorksheet sheet, int row, string name, MeasureFigures figures)
    {
        sheet.Cell(row, 1).Value = name;
        var values = new (decimal Value, bool Amount)[]
        {
            (figures.DecidedInLimit + figures.DecidedLate + figures.DecidedWithoutLimit, false), (figures.DecidedInLimit, false), (figures.DecidedLate, false),
            (figures.DecidedWithoutLimit, false), ((decimal)figures.AverageWorkingDays, false), (figures.OpenOverdue, false),
        };
        Values(sheet, row, 2, values);
    }

    private static void Values(IXLWorksheet sheet, int row, int firstColumn, (decimal Value, bool Amount)[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Number(sheet.Cell(row, firstColumn + i), values[i].Value, values[i].Amount);
        }
    }

    private static void Number(IXLCell cell, decimal value, bool amount)
    {
        cell.Value = value;
        cell.Style.NumberFormat.Format = amount ? "#,##0.00" : "#,##0.##";
    }
}
