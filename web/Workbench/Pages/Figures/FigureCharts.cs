using Employment.Figures.V1;
using ScottPlot;

namespace Employment.Web.Workbench.Pages.Figures;

/// <summary>
/// The dashboard's charts, drawn on the server by ScottPlot as PNG at twice the size they are shown (sharp when
/// printed), in a Chinese font read from a file (<c>Workbench:ChartFontFile</c>; the image installs
/// fonts-wqy-microhei): the plotting library's own font lookup does not reach the system's fonts. Drawn for black and
/// white: series differ by fill (solid, hatched, white) and line (solid, dashed, markers), never by colour alone, and
/// each has the table it is drawn from beside it.
/// </summary>
public sealed class FigureCharts
{
    public const int Width = 880;
    public const int Height = 320;
    public const string ContentType = "image/png";

    private const string ChartFont = "图表字体";
    private const string DefaultFontFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static readonly Lock Registering = new();

    private readonly bool _hasFont;

    public FigureCharts(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var file = configuration["Workbench:ChartFontFile"] is { Length: > 0 } configured ? configured : DefaultFontFile;
        _hasFont = File.Exists(file);
        if (_hasFont)
        {
            lock (Registering)
            {
                Fonts.AddFontFile(ChartFont, file);
            }
        }
    }

    /// <summary>The height of the progress chart for this many targets.</summary>
    public static int ProgressHeight(int targets) => Math.Max(160, 60 + 44 * targets);

    private static readonly Color Ink = Colors.Black;
    private static readonly Color Grey = Color.FromHex("#8a8a8a");

    /// <summary>Progress to each target counted or entered: the share reached, the target at 100 %.</summary>
    public byte[] Progress(IReadOnlyList<TargetProgress> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var shown = targets.Where(t => t.ReachedKnown).ToList();
        var plot = NewPlot("目标完成率（%）");
        var bars = shown.Select((t, i) => new Bar
        {
            Position = shown.Count - i,
            Value = Math.Min(t.Percent, 150),
            FillColor = t.Percent >= 100 ? Ink : Grey,
            LineColor = Ink,
            LineWidth = 1,
            Label = $"{t.Percent:0.#}%",
            Orientation = Orientation.Horizontal,
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 13;
        var goal = plot.Add.VerticalLine(100);
        goal.Color = Ink;
        goal.LinePattern = LinePattern.Dashed;
        goal.LineWidth = 1.5f;
        plot.Axes.Left.SetTicks([.. shown.Select((_, i) => (double)(shown.Count - i))], [.. shown.Select(t => Short(t.NameZh))]);
        plot.Axes.SetLimitsX(0, Math.Max(110, shown.Select(t => Math.Min(t.Percent, 150)).DefaultIfEmpty(0).Max() + 10));
        return Png(plot, ProgressHeight(shown.Count));
    }

    /// <summary>Month by month: what was paid each month (bars) and the year so far (line, right axis), in 万元.</summary>
    public byte[] Months(IReadOnlyList<PeriodFigures> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var plot = NewPlot("分月发放金额（万元）");
        var paid = months.Select(m => m.Total.PaidAmount.Fen / 1_000_000d).ToArray();
        var bars = plot.Add.Bars(paid);
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = Grey;
            bar.LineColor = Ink;
            bar.LineWidth = 1;
        }

        var sums = new double[paid.Length];
        for (var i = 0; i < paid.Length; i++)
        {
            sums[i] = paid[i] + (i == 0 ? 0 : sums[i - 1]);
        }

        var line = plot.Add.Scatter(Enumerable.Range(0, paid.Length).Select(i => (double)i).ToArray(), sums);
        line.Color = Ink;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
        line.MarkerShape = MarkerShape.FilledSquare;
        line.MarkerSize = 7;
        line.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "累计（万元）";
        // Amounts start at nothing: an empty year draws flat on the axis, not around it.
        plot.Axes.SetLimitsY(0, Math.Max(1, paid.DefaultIfEmpty(0).Max() * 1.15), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Math.Max(1, sums.DefaultIfEmpty(0).Max() * 1.15), plot.Axes.Right);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, paid.Length).Select(i => (double)i)], [.. months.Select(m => $"{int.Parse(m.Period[5..], System.Globalization.CultureInfo.InvariantCulture)}月")]);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "当月发放", FillColor = Grey, LineColor = Ink, LineWidth = 1 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "本年累计", LineColor = Ink, LineWidth = 2, LinePattern = LinePattern.Dashed, MarkerShape = MarkerShape.FilledSquare, MarkerFillColor = Ink, MarkerSize = 7 });
        plot.ShowLegend(Edge.Bottom);
        return Png(plot, Height);
    }

    /// <summary>Counties side by side: received (hatched) and paid (solid) in the year.</summary>
    public byte[] Counties(IReadOnlyList<CountyFigures> counties)
    {
        ArgumentNullException.ThrowIfNull(counties);
        var plot = NewPlot("各县（市、区）受理与发放（件）");
        var bars = new List<Bar>();
        for (var i = 0; i < counties.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3, Value = counties[i].Total.Received, FillColor = Colors.White, FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = Ink, LineColor = Ink, LineWidth = 1 });
            bars.Add(new Bar { Position = i * 3 + 1, Value = counties[i].Total.Paid, FillColor = Ink, LineColor = Ink, LineWidth = 1 });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "受理", FillColor = Colors.White, FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = Ink, LineColor = Ink, LineWidth = 1 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "发放", FillColor = Ink, LineColor = Ink, LineWidth = 1 });
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, counties.Count).Select(i => i * 3 + 0.5)], [.. counties.Select(c => c.NameZh)]);
        plot.Axes.SetLimitsY(0, Math.Max(1, counties.Select(c => Math.Max(c.Total.Received, c.Total.Paid)).DefaultIfEmpty(0).Max() * 1.15));
        plot.ShowLegend(Edge.Bottom);
        return Png(plot, Height);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title, size: 16);
        plot.Grid.MajorLineColor = Color.FromHex("#dddddd");
        return plot;
    }

    private byte[] Png(Plot plot, int height)
    {
        if (_hasFont)
        {
            plot.Font.Set(ChartFont);
        }

        // Twice the pixels of the size shown: sharp on a high-density screen and on paper.
        plot.ScaleFactor = 2;
        return plot.GetImage(Width * 2, height * 2).GetImageBytes(ImageFormat.Png);
    }

    /// <summary>A target's name short enough for an axis (新增发放创业担保贷款目标 → 新增发放创业担保贷款).</summary>
    private static string Short(string name) => name.EndsWith("目标", StringComparison.Ordinal) ? name[..^2] : name;
}
