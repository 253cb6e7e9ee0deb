using System.Globalization;
using Employment.Common.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.SelfCheck.Measures;

/// <summary>How a field of a measure's form is typed and read.</summary>
public enum FieldKind
{
    /// <summary>A day (input type=date, 2024-03-15).</summary>
    Date,

    /// <summary>A month (input type=month, 2024-03).</summary>
    Month,

    /// <summary>A whole number.</summary>
    Whole,

    /// <summary>An amount in yuan, up to two decimals.</summary>
    Yuan,

    /// <summary>One of <see cref="Places"/>.</summary>
    Place,

    /// <summary>One of the field's options.</summary>
    Choice,

    /// <summary>A yes/no box.</summary>
    Check,

    /// <summary>A short text (an occupation code).</summary>
    Text,
}

/// <summary>One question of a measure's form: its form name, its label, how it is typed, a hint and the options of a choice.</summary>
public sealed record FormField(string Name, string LabelZh, FieldKind Kind, string HintZh = "", IReadOnlyList<(string Value, string NameZh)>? Options = null)
{
    public IReadOnlyList<(string Value, string NameZh)> Choices => Options ?? [];
}

/// <summary>What a person typed into a measure's form, by field name, kept as typed so the form shows it again.</summary>
public sealed record MeasureFacts(IReadOnlyDictionary<string, string> Values)
{
    public static MeasureFacts Empty { get; } = new(new Dictionary<string, string>());

    public string this[string name] => Values.TryGetValue(name, out var value) ? value : "";

    public bool On(string name) => this[name] == "on";

    /// <summary>The posted values of the measure's own fields, nothing else.</summary>
    public static MeasureFacts From(IFormCollection form, IEnumerable<FormField> fields)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        return new(fields.ToDictionary(f => f.Name, f => form[f.Name].ToString().Trim(), StringComparer.Ordinal));
    }
}

/// <summary>
/// Reads a measure's typed facts into a request, keeping the first problem in words a person acts on (the
/// field's label and an example); a value left empty is null, and a required one is a problem.
/// </summary>
public sealed class FormReader(MeasureFacts facts, IReadOnlyList<FormField> fields)
{
    /// <summary>A bound on what a form field takes, not a policy figure: fen stays far inside int64.</summary>
    private const decimal MaxYuan = 100_000_000m;

    public string? Problem { get; private set; }

    private FormField Field(string name) => fields.First(f => f.Name == name);


    public bool On(string name) => facts.On(name);

    /// <summary>Whether the measure's form asks this question.</summary>
    public bool Asks(string name) => fields.Any(f => f.Name == name);

    /// <summary>A short text without control characters, at most <paramref name="maxLength"/> characters.</summary>
    public string Text(string name, int maxLength, bool required = true)
    {
        var typed = facts[name];
        var label = Field(name).LabelZh;
        if (typed.Length == 0)
        {
            if (required)
            {
                Refuse<string>($"请填写“{label}”。");
            }

            return "";
        }

        if (typed.Length > maxLength || typed.Any(char.IsControl))
        {
            Refuse<string>($"“{label}”最多 {maxLength} 个字符，且不能含换行等控制字符。");
            return "";
        }

        return typed;
    }

    public CalendarDate? Date(string name, bool required = false)
    {
        var typed = facts[name];
        var label = Field(name).LabelZh;
        if (typed.Length == 0)
        {
            if (required)
            {
                Refuse<string>($"请填写“{label}”，如 2024-03-15。");
            }

            return null;
        }

        return TypedDates.Of(typed) ?? Refuse<CalendarDate>($"“{label}”应写成 2024-03-15 这样的年-月-日。");
    }

    public CalendarDate? Month(string name, bool required = false)
    {
        var typed = facts[name];
        var label = Field(name).LabelZh;
        if (typed.Length == 0)
        {
            if (required)
            {
                Refuse<string>($"请填写“{label}”，如 2024-01。");
            }

            return null;
        }

        return DateOnly.TryParseExact(typed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new CalendarDate { Year = day.Year, Month = day.Month, Day = 1 }
            : Refuse<CalendarDate>($"“{label}”应写成 2024-01 这样的年-月。");
    }

    public int Whole(string name, int max, bool required = true)
    {
        var typed = facts[name];
        var label = Field(name).LabelZh;
        if (typed.Length == 0)
        {
            if (required)
            {
                Refuse<string>($"请填写“{label}”。");
            }

            return 0;
        }

        if (typed.StartsWith('-'))
        {
            Refuse<string>($"“{label}”不能是负数：请填写 0 或更大的整数。");
            return 0;
        }

        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
        {
            return value;
        }

        Refuse<string>($"“{label}”请填写整数，最多 {max}。");
        return 0;
    }

    public Money? Yuan(string name, bool required = true)
    {
        var typed = facts[name];
        var label = Field(name).LabelZh;
        if (typed.Length == 0)
        {
            if (required)
            {
                Refuse<string>($"请填写“{label}”（元），如 1000。");
            }

            return null;
        }

        if (typed.StartsWith('-'))
        {
            return Refuse<Money>($"“{label}”不能是负数：请填写 0 或更大的金额（元）。");
        }

        return decimal.TryParse(typed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan) && yuan <= MaxYuan && decimal.Round(yuan, 2) == yuan
            ? new Money { Fen = (long)(yuan * 100) }
            : Refuse<Money>($"“{label}”请填写金额（元），如 1000 或 1000.50，最多 {MaxYuan:0}。");
    }

    public RegionCode? Place(string name)
    {
        var typed = facts[name];
        return Places.Find(typed) is { } place ? new RegionCode { Code = place.Code } : Refuse<RegionCode>($"请选择“{Field(name).LabelZh}”。");
    }

    /// <summary>The chosen option's value, or null with a problem when <paramref name="required"/> and none (or an unknown one) was chosen.</summary>
    public string? Choice(string name, bool required = true)
    {
        var typed = facts[name];
        var field = Field(name);
        if (typed.Length == 0)
        {
            return required ? Refuse<string>($"请选择“{field.LabelZh}”。") : null;
        }

        return field.Choices.Any(o => o.Value == typed) ? typed : Refuse<string>($"“{field.LabelZh}”不在可选范围内。");
    }

    /// <summary>Keeps the first problem and reads as no value.</summary>
    private T? Refuse<T>(string problem)
        where T : class
    {
        Problem ??= problem;
        return null;
    }
}
