using Employment.Common.V1;
using Employment.ServiceDefaults.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace Web.Tests.Forms;

/// <summary>
/// A repeated group's entries as a posted form gives them: 再添加一项 brings the answers back with one more entry (as many as
/// the group takes), and entries left blank at the end are not entries, so an added one never used is not sent.
/// </summary>
public sealed class FormEntriesTests
{
    private static readonly FormDescription Months = new()
    {
        Kind = "MONTHS",
        Fields =
        {
            new FormField { Path = "months[]", LabelZh = "缴费月份", Type = FormFieldType.Group, Repeated = true, MaxItems = 3 },
            new FormField { Path = "months[].paid", LabelZh = "金额", Type = FormFieldType.Money, Required = true },
        },
    };

    [Fact]
    public void Adding_an_entry_keeps_what_was_typed_and_shows_one_more_up_to_what_the_group_takes()
    {
        var added = FormAnswers.Read(Months, Posted(("entries:months[]", "1"), ("months[0].paid", "500"), (FormAnswers.AddEntryName, "months[]")));
        var full = FormAnswers.Read(Months, Posted(("entries:months[]", "3"), ("months[0].paid", "1"), ("months[1].paid", "2"), ("months[2].paid", "3"), (FormAnswers.AddEntryName, "months[]")));

        Assert.Equal((2, "500"), (added.EntriesOf("months[]"), added["months[0].paid"]));
        Assert.Equal(3, full.EntriesOf("months[]"));
    }

    [Fact]
    public void Blank_entries_at_the_end_are_dropped_so_nothing_is_asked_of_them()
    {
        var posted = FormAnswers.Read(Months, Posted(("entries:months[]", "3"), ("months[0].paid", "500")));

        Assert.Equal(1, posted.EntriesOf("months[]"));
        Assert.False(FormAnswers.AddsEntry(Posted(("months[0].paid", "500"))));
        Assert.Empty(posted.Missing(Months));
    }

    private static FormCollection Posted(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => new StringValues(f.Value)));
}
