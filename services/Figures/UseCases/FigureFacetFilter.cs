using System.Linq.Expressions;
using Employment.Figures.Data;
using Employment.Figures.Domain;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;

namespace Employment.Figures.UseCases;

/// <summary>
/// The records behind a breakdown's row: those counted under the value, as <see cref="FigureFacets"/> gives an item its
/// values. A breakdown is counted for the whole year only, so a month's records cannot be asked by one.
/// </summary>
public static class FigureFacetFilter
{
    public static IQueryable<FigureItemRecord> Apply(IQueryable<FigureItemRecord> rows, string dimension, string value, int month, IReadOnlyList<Audience> audiences)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(audiences);
        if (dimension.Length == 0 && value.Length == 0)
        {
            return rows;
        }

        if (month != FigurePeriods.WholeYear)
        {
            throw DomainRuleException.Invalid("dimension", "分类统计只按年度统计：请按年度（如 2024）查看其记录。");
        }

        switch (dimension)
        {
            case FigureFacets.Channel when FigureFacets.ChannelNumber(value) is { } channel:
                return rows.Where(i => i.Channel == channel);
            case FigureFacets.Level when int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level)
                && FigureFacets.IsLevel(level):
                return rows.Where(i => i.Level == level);
            case FigureFacets.Audience when audiences.FirstOrDefault(a => a.Id == value) is { } audience:
                return rows.Where(AnyGroupOf(audience));
            default:
                throw DomainRuleException.Invalid("dimension", $"没有“{PlainText.Quote(dimension)}”下的“{PlainText.Quote(value)}”这一分类：请从数据页的分类统计中打开记录。");
        }
    }

    /// <summary>Items whose person was decided in any of the audience's groups (the stored ",a,b," holds ",g,").</summary>
    private static Expression<Func<FigureItemRecord, bool>> AnyGroupOf(Audience audience)
    {
        var item = Expression.Parameter(typeof(FigureItemRecord), "i");
        var groups = Expression.Property(item, nameof(FigureItemRecord.Groups));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression any = Expression.Constant(false);
        foreach (var group in audience.Groups)
        {
            any = Expression.OrElse(any, Expression.Call(groups, contains, Expression.Constant(ItemGroups.Marker(group))));
        }

        return Expression.Lambda<Func<FigureItemRecord, bool>>(any, item);
    }
}
