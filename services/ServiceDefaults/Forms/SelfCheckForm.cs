using Employment.Common.V1;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// A 自助测算 as its service describes it (<c>SubsidyCases.DescribeSelfChecks</c>): the self-check request's field
/// whose message carries the answers (<paramref name="Field"/>, also the answer's field with the verdict), the short
/// Latin name its page is addressed by, the measure's name, who it is for and what it checks in a sentence, the
/// questions asked in the order asked (top-level fields of the stated message; any other is not asked) and their
/// wording. The public site renders it with the kit's form renderer and writes none of it again.
/// </summary>
public sealed record SelfCheckForm(
    MessageDescriptor Request,
    string Field,
    string Address,
    string NameZh,
    string AudienceZh,
    string SummaryZh,
    IReadOnlyList<string> Questions,
    IReadOnlyDictionary<string, FieldWording> Wording,
    IReadOnlyDictionary<string, string> Choices)
{
    /// <summary>The form, its paths relative to the stated message (<c>trainee.birth_date</c>).</summary>
    public FormDescription Describe()
    {
        var stated = Request.FindFieldByName(Field)?.MessageType
            ?? throw new InvalidOperationException($"{Request.Name} has no stated message {Field}.");
        var form = new FormDescriber(Wording, Choices).Describe(stated, Field, NameZh, Questions);
        form.AudienceZh = AudienceZh;
        form.SummaryZh = SummaryZh;
        form.Address = Address;
        return form;
    }
}

/// <summary>Wording tables written as lists of (path, wording) pairs, so a shared group's entries join a form's own.</summary>
public static class FieldWordings
{
    public static IReadOnlyDictionary<string, FieldWording> Of(IEnumerable<(string Path, FieldWording Words)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.ToDictionary(e => e.Path, e => e.Words, StringComparer.Ordinal);
    }
}
