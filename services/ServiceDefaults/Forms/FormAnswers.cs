using System.Collections;
using System.Globalization;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Regions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// What a person typed into a form the service described (<see cref="FormDescription"/>): each answer by its concrete
/// path (<c>certificate.issue_date</c>, <c>hires[1].contract_start</c>), as the form's inputs are named, and how many
/// entries each repeated group has. The screens read them from a posted form; a service from the answers a shared
/// step carries; both check them and put them into the request by the same code.
/// </summary>
public sealed record FormAnswers(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, int> Entries)
{
    /// <summary>
    /// How a clerk types a day: 2024-06-01, 2024-6-1, 2024/6/1, 2024.6.1 or 20240601 (a text field, not the browser's
    /// date picker, whose segments and order change with the machine's locale and catch the Tab key).
    /// </summary>
    public static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"];

    /// <summary>How a month is typed: 2024-01, 2024-1, 2024/1, 2024.1 or 202401 (its first day is the month's date).</summary>
    public static readonly string[] MonthFormats = ["yyyy-M", "yyyy/M", "yyyy.M", "yyyyMM"];

    /// <summary>The most characters any one answer may have: a longer one is refused before the service sees it.</summary>
    public const int MaxAnswerLength = 500;

    public static FormAnswers Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));

    public string this[string path] => Values.TryGetValue(path, out var value) ? value : "";

    /// <summary>How many entries the repeated group <paramref name="path"/> (<c>hires[]</c>) shows: at least one.</summary>
    public int EntriesOf(string path) => Entries.TryGetValue(path, out var count) ? count : 1;

    /// <summary>The answers posted, for the questions <paramref name="form"/> asks (nothing else is read).</summary>
    public static FormAnswers Read(FormDescription form, IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(posted);
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in form.Fields.Where(f => f.Repeated))
        {
            var asked = int.TryParse(posted[EntriesName(group.Path)], CultureInfo.InvariantCulture, out var n) ? n : 1;
            entries[group.Path] = Math.Clamp(asked, 1, (int)Math.Max(1, group.MaxItems == 0 ? 1 : group.MaxItems));
        }

        var answers = new FormAnswers(new Dictionary<string, string>(StringComparer.Ordinal), entries);
        var values = (Dictionary<string, string>)answers.Values;
        var chosen = form.Fields.Where(IsMultipleChoice).ToList();
        foreach (var field in chosen)
        {
            // Boxes ticked under the one name: each value its own entry (groups[0], groups[1]), as many as the group takes.
            var ticked = posted[field.Path].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)
                .Take((int)Math.Max(1, field.MaxItems)).ToList();
            for (var i = 0; i < ticked.Count; i++)
            {
                values[EntryOf(field.Path, i)] = ticked[i];
            }

            entries[field.Path] = ticked.Count;
        }

        foreach (var path in answers.ConcretePaths(form).Where(p => !chosen.Exists(f => f.Path == DescribedPathOf(p))))
        {
            if (posted[path].ToString() is { Length: > 0 } value)
            {
                values[path] = value.Trim();
            }
        }

        // A group's last entries left blank are not entries (one added and not used); then the one more asked for.
        foreach (var group in form.Fields.Where(f => f.Repeated && f.Type == FormFieldType.Group && f.Path.IndexOf("[]", StringComparison.Ordinal) == f.Path.Length - 2))
        {
            var prefix = group.Path[..^2];
            while (entries[group.Path] > 1 && !values.Keys.Any(k => k.StartsWith($"{prefix}[{entries[group.Path] - 1}].", StringComparison.Ordinal)))
            {
                entries[group.Path]--;
            }
        }

        if (form.Fields.FirstOrDefault(f => f.Repeated && f.Path == posted[AddEntryName].ToString()) is { } more)
        {
            entries[more.Path] = Math.Min(entries[more.Path] + 1, (int)Math.Max(1, more.MaxItems));
        }

        return answers;
    }

    /// <summary>The posted name of a button asking for one more entry of a repeated group (再添加一项), its value the group's path.</summary>
    public const string AddEntryName = "add-entry";

    /// <summary>Whether the form was posted to add an entry (再添加一项) rather than to be sent.</summary>
    public static bool AddsEntry(IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return posted[AddEntryName].ToString().Length > 0;
    }

    /// <summary>
    /// The answers a shared step carried (<c>SelfCheckAnswers</c>), for the questions <paramref name="form"/> asks: a
    /// repeated group has as many entries as its highest index answered says.
    /// </summary>
    public static FormAnswers Of(FormDescription form, IEnumerable<FormAnswer> given)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(given);
        var asked = form.Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var answer in given.Where(a => a.Value.Trim().Length > 0 && asked.ContainsKey(DescribedPathOf(a.Path))))
        {
            // Each index within its group's bound (an entry past it is not read, so no list grows past what the form takes).
            var indices = System.Text.RegularExpressions.Regex.Matches(answer.Path, @"\[(\d+)\]")
                .Select(m => (Group: DescribedPathOf(answer.Path[..m.Index]) + "[]", Count: int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var i) && i < 100_000 ? i + 1 : int.MaxValue))
                .ToList();
            if (indices.Any(x => !asked.TryGetValue(x.Group, out var group) || x.Count > Math.Max(1, group.MaxItems)))
            {
                continue;
            }

            values[answer.Path] = answer.Value.Trim();
            foreach (var (group, count) in indices)
            {
                entries[group] = Math.Max(entries.GetValueOrDefault(group, 1), count);
            }
        }

        return new FormAnswers(values, entries);
    }

    /// <summary>Every answer given, by its concrete path, as a shared step carries them.</summary>
    public IEnumerable<FormAnswer> Given() => Values.Where(v => v.Value.Length > 0).Select(v => new FormAnswer { Path = v.Key, Value = v.Value });

    /// <summary>A repeated choice (<c>groups[]</c>): asked as boxes to tick, any number of them.</summary>
    public static bool IsMultipleChoice(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field is { Repeated: true, Type: FormFieldType.Choice };
    }

    /// <summary>The values ticked for the repeated choice <paramref name="repeatedPath"/> (<c>groups[]</c>).</summary>
    public IReadOnlyList<string> ChosenOf(string repeatedPath)
    {
        ArgumentNullException.ThrowIfNull(repeatedPath);
        var chosen = new List<string>();
        for (var i = 0; this[EntryOf(repeatedPath, i)] is { Length: > 0 } value; i++)
        {
            chosen.Add(value);
        }

        return chosen;
    }

    /// <summary>The <paramref name="index"/>th entry of the repeated path <paramref name="repeatedPath"/>: <c>groups[]</c>, 1 → <c>groups[1]</c>.</summary>
    private static string EntryOf(string repeatedPath, int index) => $"{repeatedPath[..^2]}[{index}]";

    /// <summary>These answers with <paramref name="fixedValues"/> set over them (what the page knows, not what was posted).</summary>
    public FormAnswers With(IReadOnlyDictionary<string, string> fixedValues)
    {
        ArgumentNullException.ThrowIfNull(fixedValues);
        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal);
        foreach (var (path, value) in fixedValues)
        {
            values[path] = value;
        }

        return this with { Values = values };
    }

    /// <summary>The hidden input that carries a repeated group's number of entries.</summary>
    public static string EntriesName(string repeatedPath) => "entries:" + repeatedPath;

    /// <summary>Every input's name the form shows: a repeated group's questions once per entry (<c>hires[0].…</c>).</summary>
    public IEnumerable<string> ConcretePaths(FormDescription form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var field in form.Fields.Where(f => f.Type != FormFieldType.Group))
        {
            foreach (var path in Expand(form, field.Path))
            {
                yield return path;
            }
        }
    }

    /// <summary>
    /// The request the answers make, built by the contract's own descriptor, and what is wrong with the answers on
    /// their face (a date that is no date, a number that is no number, an identity number whose check character is
    /// wrong), by path. Empty answers are left out: the service says what it needs.
    /// </summary>
    public (TMessage Request, IReadOnlyList<FieldProblem> Problems) Build<TMessage>(FormDescription form, DateOnly today)
        where TMessage : IMessage<TMessage>, new()
    {
        var request = new TMessage();
        return (request, Fill(request, form, today));
    }

    /// <summary>What is wrong with the answers on their face, by path, without building a request (a screen's check before it asks).</summary>
    public IReadOnlyList<FieldProblem> Problems(FormDescription form, DateOnly today) => Fill(null, form, today);

    /// <summary>As <see cref="Build{TMessage}"/>, into <paramref name="request"/> (a message the caller made, of any type the form describes).</summary>
    public IReadOnlyList<FieldProblem> Fill(IMessage? request, FormDescription form, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        var types = form.Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var (path, text) in Values)
        {
            if (!types.TryGetValue(DescribedPathOf(path), out var field) || text.Length == 0)
            {
                continue;
            }

            if (text.Length > MaxAnswerLength || text.Any(char.IsControl))
            {
                problems.Add(new(path, $"{field.LabelZh}：不能含控制字符，最多 {MaxAnswerLength} 个字。"));
                continue;
            }

            var (value, problem) = Convert(field, text, today);
            if (problem is not null)
            {
                problems.Add(new(path, $"{field.LabelZh}：{problem}"));
                continue;
            }

            if (request is not null)
            {
                Put(request, path, value!);
            }
        }

        return problems;
    }

    /// <summary>
    /// The required questions left unanswered, each named by its label (and by its group's, when the group is optional): a
    /// required question is asked when every group it lies in is itself required or has some answer (a graduation day is
    /// needed once an education is stated; a prior subsidy's level once its occupation is).
    /// For a form checked here before its service is asked, so the person hears what is missing in the form's words.
    /// </summary>
    public IReadOnlyList<FieldProblem> Missing(FormDescription form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var byPath = form.Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        bool Answered(string group) => Values.Any(v => v.Value.Length > 0 && v.Key.StartsWith(group + ".", StringComparison.Ordinal));

        // The innermost group the path lies in that is optional and was answered in part, if any; null when a group it lies in is neither.
        (bool Needed, FormField? Optional) Asked(string path)
        {
            FormField? optional = null;
            for (var dot = path.LastIndexOf('.'); dot > 0; dot = path.LastIndexOf('.', dot - 1))
            {
                var group = path[..dot];
                if (byPath.TryGetValue(DescribedPathOf(group), out var g) && !g.Required)
                {
                    if (!Answered(group))
                    {
                        return (false, null);
                    }

                    optional ??= g;
                }
            }

            return (true, optional);
        }

        var problems = new List<FieldProblem>();
        foreach (var path in ConcretePaths(form).Where(p => this[p].Length == 0))
        {
            if (byPath[DescribedPathOf(path)] is not { Required: true } field || IsMultipleChoice(field) || Asked(path) is not (true, var optional))
            {
                continue;
            }

            var asked = $"请填写“{field.LabelZh}”{Example(field)}。";
            problems.Add(new FieldProblem(path, optional is null ? asked : $"{optional.LabelZh}：{asked}"));
        }

        return problems;
    }

    private static string Example(FormField field) => field.Type switch
    {
        FormFieldType.Date => "，如 2024-03-15",
        FormFieldType.Month => "，如 2024-01",
        _ => "",
    };

    private IEnumerable<string> Expand(FormDescription form, string path)
    {
        var open = path.IndexOf("[]", StringComparison.Ordinal);
        if (open < 0)
        {
            yield return path;
            yield break;
        }

        var group = path[..(open + 2)];
        for (var i = 0; i < EntriesOf(group); i++)
        {
            foreach (var rest in Expand(form, path[..open] + $"[{i}]" + path[(open + 2)..]))
            {
                yield return rest;
            }
        }
    }

    /// <summary><c>hires[1].contract_start</c> → <c>hires[].contract_start</c>, the description's path.</summary>
    public static string DescribedPathOf(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]");

    private static (object? Value, string? Problem) Convert(FormField field, string text, DateOnly today)
    {
        var invariant = CultureInfo.InvariantCulture;
        return field.Type switch
        {
            FormFieldType.Text => (text, field.MaxLength > 0 && text.Length > field.MaxLength ? $"最多 {field.MaxLength} 个字" : null),
            FormFieldType.YesNo => text switch { "true" => (true, null), "false" => (false, null), _ => (null, "请选择是或否") },
            FormFieldType.Integer => long.TryParse(text, NumberStyles.Integer, invariant, out var n) && n is >= 0 and < 1_000_000_000 ? (n, null) : (null, "请填写 0 到 999999999 之间的整数"),
            FormFieldType.Date => DateOnly.TryParseExact(text, DateFormats, invariant, DateTimeStyles.None, out var d)
                ? (new CalendarDate { Year = d.Year, Month = d.Month, Day = d.Day }, null)
                : (null, "请按 年-月-日 填写日期，如 2024-06-01"),
            FormFieldType.Month => DateOnly.TryParseExact(text, MonthFormats, invariant, DateTimeStyles.None, out var m)
                ? (new CalendarDate { Year = m.Year, Month = m.Month, Day = 1 }, null)
                : (null, "请按 年-月 填写月份，如 2024-01"),
            FormFieldType.Money => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, invariant, out var yuan) && yuan >= 0 && decimal.Round(yuan, 2) == yuan && yuan < 100_000_000m
                ? (new Money { Fen = (long)(yuan * 100) }, null)
                : (null, "请填写金额（元），最多两位小数"),
            FormFieldType.Ratio => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, invariant, out var percent) && percent is >= 0 and <= 100
                ? (new Ratio { Ppm = (long)(percent * 10_000) }, null)
                : (null, "请填写 0 到 100 之间的百分数"),
            FormFieldType.Region => Places.Find(text) is not null ? (new RegionCode { Code = text }, null) : (null, "请从列表中选择地区"),
            FormFieldType.Choice => field.Choices.Any(c => c.Value == text) ? (text, null) : (null, "请从列表中选择"),
            FormFieldType.IdNumber => ResidentIdNumber.TryParse(text, today, out var id, out var idError) ? (id.Value, null) : (null, idError.MessageZh),
            FormFieldType.CreditCode => UnifiedSocialCreditCode.TryParse(text, out var code, out var codeError) ? (code.Value, null) : (null, codeError.MessageZh),
            _ => (null, "无法填写"),
        };
    }

    /// <summary>
    /// Sets the answer at <paramref name="path"/>, creating the messages and list entries on the way (a choice by its
    /// value's name, as a form's kind is set on its request).
    /// </summary>
    public static void Put(IMessage request, string path, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (holder, field, index) = Locate(request, path);
        if (!field.IsRepeated)
        {
            field.Accessor.SetValue(holder, Typed(field, value));
            return;
        }

        // A repeated number, choice or amount: its entries are the answers themselves.
        var values = (IList)field.Accessor.GetValue(holder);
        var typed = Typed(field, value);
        if (index < values.Count)
        {
            values[index] = typed;
        }
        else
        {
            values.Add(typed);
        }
    }

    /// <summary>
    /// The message holding <paramref name="path"/>'s last field (the messages and list entries on the way created), that
    /// field, and the entry its last segment names (<c>guarantors[1]</c>: 1; 0 without one).
    /// </summary>
    public static (IMessage Holder, FieldDescriptor Field, int Index) Locate(IMessage request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(path);
        var current = request;
        var segments = path.Split('.');
        for (var i = 0; ; i++)
        {
            var (name, index) = Segment(segments[i]);
            var field = current.Descriptor.FindFieldByName(name) ?? throw new InvalidOperationException($"{current.Descriptor.Name} has no field {name} ({path}).");
            if (i == segments.Length - 1)
            {
                return (current, field, index);
            }

            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(current);
                while (list.Count <= index)
                {
                    list.Add(New(field));
                }

                current = (IMessage)list[index]!;
                continue;
            }

            if (field.Accessor.GetValue(current) is not IMessage child)
            {
                child = New(field);
                field.Accessor.SetValue(current, child);
            }

            current = child;
        }
    }

    private static (string Name, int Index) Segment(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (segment, 0) : (segment[..open], int.Parse(segment[(open + 1)..^1], CultureInfo.InvariantCulture));
    }

    private static IMessage New(FieldDescriptor field) => (IMessage)Activator.CreateInstance(field.MessageType.ClrType)!;

    private static object Typed(FieldDescriptor field, object value) => field.FieldType switch
    {
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, field.EnumType.FindValueByName((string)value).Number),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => checked((int)(long)value),
        FieldType.UInt32 or FieldType.Fixed32 => checked((uint)(long)value),
        FieldType.UInt64 or FieldType.Fixed64 => checked((ulong)(long)value),
        _ => value,
    };
}

/// <summary>An answer that is wrong on its face, by its input's name, worded for the person who typed it.</summary>
public sealed record FieldProblem(string Path, string MessageZh);
