using System.Globalization;

namespace Grpc.Transport.Protocol;

/// <summary>
/// The <c>grpc-timeout</c> header: at most 8 ASCII digits followed by a unit
/// (H hours, M minutes, S seconds, m milliseconds, u microseconds, n nanoseconds).
/// </summary>
internal static class GrpcTimeout
{
    private const long MaxValue = 99_999_999;

    /// <summary>Parses a header value; false for anything that is not exactly digits and one unit.</summary>
    public static bool TryParse(string? value, out TimeSpan timeout)
    {
        timeout = default;
        if (value is null || value.Length < 2 || value.Length > 9)
        {
            return false;
        }

        var digits = value.AsSpan(0, value.Length - 1);
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var amount = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        long? ticks = value[^1] switch
        {
            'H' => amount * TimeSpan.TicksPerHour,
            'M' => amount * TimeSpan.TicksPerMinute,
            'S' => amount * TimeSpan.TicksPerSecond,
            'm' => amount * TimeSpan.TicksPerMillisecond,
            'u' => amount * 10,
            'n' => amount / 100,
            _ => null,
        };
        if (ticks is null)
        {
            return false;
        }

        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>Formats with the finest unit that fits in 8 digits, rounding up so a deadline is never shortened.</summary>
    public static string Format(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return "1n";
        }

        var ticks = timeout.Ticks;
        if (ticks <= MaxValue / 100)
        {
            return (ticks * 100).ToString(CultureInfo.InvariantCulture) + "n";
        }

        (long TicksPerUnit, char Unit)[] units =
        [
            (10, 'u'),
            (TimeSpan.TicksPerMillisecond, 'm'),
            (TimeSpan.TicksPerSecond, 'S'),
            (TimeSpan.TicksPerMinute, 'M'),
            (TimeSpan.TicksPerHour, 'H'),
        ];
        foreach (var (ticksPerUnit, unit) in units)
        {
            // Rounds up without (ticks + ticksPerUnit - 1), which overflows near TimeSpan.MaxValue.
            var amount = ticks / ticksPerUnit + (ticks % ticksPerUnit == 0 ? 0 : 1);
            if (amount <= MaxValue)
            {
                return amount.ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return MaxValue.ToString(CultureInfo.InvariantCulture) + "H";
    }
}
