using Employment.Common.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// A 自助测算 as its service describes it (<c>SubsidyCases.DescribeSelfChecks</c>) and asks it (<c>CheckSelf</c>): the
/// self-check request's field whose message carries the answers (<paramref name="Field"/>, also the answer's field with
/// the verdict; empty where the whole request is the form's, as the loan's is), the short Latin name its page is
/// addressed by, the measure's name, who it is for and what it checks in a sentence, the questions asked in the order
/// asked (top-level fields of the stated message; any other is not asked) and their wording. The public site renders
/// it with the kit's form renderer and writes none of it again.
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
    /// <summary>The kinds of application of the same service a "yes" leads to (<c>SUBSIDY_KIND_SKILL_UPGRADE</c>), by the contract's names.</summary>
    public IReadOnlyList<string> ApplyKinds { get; init; } = [];

    /// <summary>The form, its paths relative to the stated message (<c>trainee.birth_date</c>).</summary>
    public FormDescription Describe()
    {
        var form = new FormDescriber(Wording, Choices).Describe(Stated, Field, NameZh, Questions);
        form.AudienceZh = AudienceZh;
        form.SummaryZh = SummaryZh;
        form.Address = Address;
        form.ApplyKinds.AddRange(ApplyKinds);
        return form;
    }

    /// <summary>
    /// The service's self-check request the answers given by path make, and what is wrong with them (on their face, or a
    /// required one missing), by path: the request is to be judged only when there is nothing. The form is described once.
    /// </summary>
    public (IMessage Request, IReadOnlyList<FieldProblem> Problems) Build(IEnumerable<FormAnswer> given, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(given);
        var form = Describe();
        var answers = FormAnswers.Of(form, given);
        var request = New(Request);
        var stated = Field.Length == 0 ? request : New(Stated);
        var problems = answers.Fill(stated, form, today).Concat(answers.Missing(form)).ToList();
        if (Field.Length > 0)
        {
            Request.FindFieldByName(Field).Accessor.SetValue(request, stated);
        }

        return (request, problems);
    }

    /// <summary>The part of the service's answer that is this form's verdict (the whole answer where the request is the form's).</summary>
    public IMessage PartOf(IMessage answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Field.Length == 0
            ? answer
            : answer.Descriptor.FindFieldByName(Field)?.Accessor.GetValue(answer) as IMessage
              ?? throw new InvalidOperationException($"{answer.Descriptor.Name} has no verdict {Field}.");
    }

    private MessageDescriptor Stated => Field.Length == 0
        ? Request
        : Request.FindFieldByName(Field)?.MessageType ?? throw new InvalidOperationException($"{Request.Name} has no stated message {Field}.");

    private static IMessage New(MessageDescriptor descriptor) => (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
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
