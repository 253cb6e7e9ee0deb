using System.Collections;
using System.Globalization;
using Employment.Common.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// A stored message as the answers its form would have posted (<see cref="FormAnswers.Build"/> read backwards): a record
/// opened for correction shows what it says, typed as a clerk would type it (a day 2024-06-01, an amount in 元, a
/// choice by its value), so that changing one answer and posting again rebuilds the same message but for that answer.
/// </summary>
public static class MessageAnswers
{
    public static FormAnswers Of(FormDescription form, IMessage message)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(message);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        var described = form.Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Read(message, "", "", described, values, entries);
        return new FormAnswers(values, entries);
    }

    private static void Read(IMessage message, string concrete, string pattern, Dictionary<string, FormField> described, Dictionary<string, string> values, Dictionary<string, int> entries)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var path = pattern + field.Name + (field.IsRepeated ? "[]" : "");
            if (!described.TryGetValue(path, out var question))
            {
                continue;
            }

            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                var list = (IList)value;
                entries[path] = Math.Max(1, list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    Read((IMessage)list[i]!, $"{concrete}{field.Name}[{i}].", path + ".", described, values, entries);
                }

                continue;
            }

            if (question.Type == FormFieldType.Group)
            {
                if (value is IMessage inner)
                {
                    Read(inner, concrete + field.Name + ".", path + ".", described, values, entries);
                }

                continue;
            }

            if (Text(question, field, value) is { Length: > 0 } text)
            {
                values[concrete + field.Name] = text;
            }
        }
    }

    /// <summary>The answer as typed; empty where the message holds nothing (proto3's default), so the question stays unanswered.</summary>
    private static string Text(FormField question, FieldDescriptor field, object? value) => value switch
    {
        null => "",
        CalendarDate { Year: > 0 } d => $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}",
        CalendarDate => "",
        Money m => (m.Fen / 100m).ToString("0.00", CultureInfo.InvariantCulture),
        Ratio r => (r.Ppm / 10_000m).ToString("0.####", CultureInfo.InvariantCulture),
        RegionCode region => region.Code,
        bool b => question.Type == FormFieldType.YesNo && b ? "true" : "",
        string s => s,
        Enum e when Convert.ToInt32(e, CultureInfo.InvariantCulture) is var n and not 0 => field.EnumType.FindValueByNumber(n).Name,
        Enum => "",
        int or long or uint or ulong => Convert.ToInt64(value, CultureInfo.InvariantCulture) is var n and not 0 ? n.ToString(CultureInfo.InvariantCulture) : "",
        _ => "",
    };
}
