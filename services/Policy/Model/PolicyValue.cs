using System.Globalization;

namespace Employment.Policy.Model;

/// <summary>A parameter's value: a number (exact decimal), a date or a yes/no, read according to its unit.</summary>
public readonly record struct PolicyValue
{
    private readonly decimal _number;
    private readonly DateOnly _date;
    private readonly bool _flag;

    private PolicyValue(PolicyUnit unit, decimal number, DateOnly date, bool flag)
    {
        Unit = unit;
        _number = number;
        _date = date;
        _flag = flag;
    }

    public PolicyUnit Unit { get; }

    public static PolicyValue Number(PolicyUnit unit, decimal value) => new(unit, value, default, false);

    public static PolicyValue Of(DateOnly value) => new(PolicyUnit.Date, 0, value, false);

    public static PolicyValue Of(bool value) => new(PolicyUnit.Boolean, 0, default, value);

    /// <summary>An amount of money in fen.</summary>
    public long Fen => Unit == PolicyUnit.Fen ? (long)_number : throw WrongUnit(PolicyUnit.Fen);

    /// <summary>A percent, multiple or other decimal quantity.</summary>
    public decimal Decimal => Unit is not (PolicyUnit.Date or PolicyUnit.Boolean) ? _number : throw WrongUnit(PolicyUnit.Percent);

    /// <summary>A count, age or duration.</summary>
    public int Integer => Unit.IsInteger() && Unit != PolicyUnit.Fen ? (int)_number : throw WrongUnit(PolicyUnit.Count);

    public DateOnly Date => Unit == PolicyUnit.Date ? _date : throw WrongUnit(PolicyUnit.Date);

    public bool Boolean => Unit == PolicyUnit.Boolean ? _flag : throw WrongUnit(PolicyUnit.Boolean);

    /// <summary>The value as a clerk reads it: 200000.00元, 50%, 40倍, 2023-12-31…</summary>
    public string Display() => Unit switch
    {
        PolicyUnit.Fen => ClerkText.Yuan(_number),
        PolicyUnit.Percent => _number.ToString(CultureInfo.InvariantCulture) + "%",
        PolicyUnit.Multiple => _number.ToString(CultureInfo.InvariantCulture) + "倍",
        PolicyUnit.Count => _number.ToString(CultureInfo.InvariantCulture) + "次",
        PolicyUnit.Years => _number.ToString(CultureInfo.InvariantCulture) + "年",
        PolicyUnit.Months => _number.ToString(CultureInfo.InvariantCulture) + "个月",
        PolicyUnit.Days => _number.ToString(CultureInfo.InvariantCulture) + "天",
        PolicyUnit.Age => _number.ToString(CultureInfo.InvariantCulture) + "周岁",
        PolicyUnit.Date => ClerkText.Day(_date),
        _ => _flag ? "是" : "否",
    };

    public override string ToString() => Display();

    private InvalidOperationException WrongUnit(PolicyUnit asked) =>
        new($"The value is in {Unit.Name()}, not {asked.Name()}.");
}
