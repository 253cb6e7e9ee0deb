using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Forms;
using Employment.Web.Workbench.Pages.Apply;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>A fact being corrected: which, at the version read, as the window listed it.</summary>
public sealed record CorrectedFact(string FactId, long Version);

/// <summary>
/// The screen that records a fact of a person or an employer: the kind's form as the registry describes it, filled in
/// with the fact when it corrects one (with the reason a correction needs), and what the registry said last.
/// </summary>
public sealed record FactView(
    Applicant Subject,
    FormDescription Form,
    FormAnswers Answers,
    string IdempotencyKey,
    IReadOnlyList<FieldProblem> Problems,
    ServiceProblem? Problem,
    CorrectedFact? Correcting,
    string Reason)
{
    public string ActionPath => Correcting is { } fact ? FactDesk.CorrectPathOf(Subject, fact.FactId) : FactDesk.AddPathOf(Subject, Form.Kind);
}

/// <summary>
/// 补录 and 更正 of registry facts from 一窗受理, with the clerk's token: the registry describes each kind's questions
/// (<c>DescribeFactForms</c>, read once), the answers become its own <see cref="PersonFact"/> or <see cref="EmployerFact"/>
/// by the contract's descriptor, and the registry checks every rule itself (the source each fact needs, the detail its
/// kind requires, the check characters, the office's region) and keeps the old fact beside the correction with its
/// reason. A second press of the same screen is the same write (the screen's idempotency key).
/// </summary>
public sealed class FactDesk(ServiceCalls calls, RegistryReads registry, ChinaClock clock)
{
    /// <summary>Why the registry is read when a fact is opened for correction (kept in its read log).</summary>
    public const string Purpose = "counter.fact-correction";

    private DescribeFactFormsResponse? _forms;

    public static string AddPathOf(Applicant subject, string kind) => $"{Base(subject)}/add/{Uri.EscapeDataString(kind)}";

    public static string CorrectPathOf(Applicant subject, string factId) => $"{Base(subject)}/{Uri.EscapeDataString(factId)}/correct";

    /// <summary>The kinds of fact the registry records of a person, or of an employer; a registry that is down answers its problem.</summary>
    public async Task<ServiceAnswer<IReadOnlyList<FormDescription>>> FormsAsync(bool employer, CancellationToken cancellationToken)
    {
        if (_forms is null)
        {
            var read = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, DescribeFactFormsResponse>(RegistryReads.PeopleZh,
                (client, options) => client.DescribeFactFormsAsync(new DescribeFactFormsRequest(), options).ResponseAsync, cancellationToken);
            if (read.Value is null)
            {
                return ServiceAnswer<IReadOnlyList<FormDescription>>.Failed(read.Problem!);
            }

            _forms = read.Value;
        }

        return ServiceAnswer<IReadOnlyList<FormDescription>>.Of([.. (employer ? _forms.Employer : _forms.Person).Forms]);
    }

    /// <summary>The form of a new fact of <paramref name="kind"/>; or why it cannot open (null problem: no such page).</summary>
    public async Task<(FactView? View, ServiceProblem? Problem)> OpenAddAsync(bool employer, string subjectId, string kind, CancellationToken cancellationToken)
    {
        var (subject, forms, problem) = await SubjectAndFormsAsync(employer, subjectId, cancellationToken);
        if (subject is null || forms is null)
        {
            return (null, problem);
        }

        return forms.FirstOrDefault(f => f.Kind == kind) is { } form
            ? (new FactView(subject, form, FormAnswers.Empty, ScreenKeys.New(), [], null, null, ""), null)
            : (null, null);
    }

    /// <summary>The form of the fact <paramref name="factId"/> in force, filled in with what it says.</summary>
    public async Task<(FactView? View, ServiceProblem? Problem)> OpenCorrectAsync(bool employer, string subjectId, string factId, CancellationToken cancellationToken)
    {
        var (subject, forms, problem) = await SubjectAndFormsAsync(employer, subjectId, cancellationToken);
        if (subject is null || forms is null)
        {
            return (null, problem);
        }

        var facts = await FactsAsync(subject, cancellationToken);
        if (facts.Value is null)
        {
            return (null, facts.Problem);
        }

        var fact = facts.Value.FirstOrDefault(f => f.Id == factId && !f.Superseded);
        if (fact is null || forms.FirstOrDefault(f => f.Kind == fact.Kind) is not { } form)
        {
            return (null, null);
        }

        return (new FactView(subject, form, MessageAnswers.Of(form, fact.Message), ScreenKeys.New(), [], null, new CorrectedFact(fact.Id, fact.Version), ""), null);
    }

    /// <summary>Saves the fact (<c>step</c> save) or withdraws the one corrected (<c>step</c> withdraw): the window's path when the registry took it, else the screen again with what it said.</summary>
    public async Task<(string? Saved, FactView Screen)> PostAsync(FactView opened, IFormCollection posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var answers = FormAnswers.Read(opened.Form, posted);
        var reason = posted["reason"].ToString().Trim();
        var view = opened with { Answers = answers, IdempotencyKey = ScreenKeys.Of(posted), Reason = reason, Problems = [], Problem = null };
        if (posted["step"].ToString().StartsWith("add:", StringComparison.Ordinal))
        {
            var group = posted["step"].ToString()[4..];
            var entries = new Dictionary<string, int>(answers.Entries, StringComparer.Ordinal) { [group] = answers.EntriesOf(group) + 1 };
            return (null, view with { Answers = answers with { Entries = entries } });
        }

        var withdraw = posted["step"] == "withdraw" && opened.Correcting is not null;
        if (opened.Correcting is not null && (reason.Length is 0 or > FormAnswers.MaxAnswerLength || reason.Any(c => char.IsControl(c) && c is not '\r' and not '\n')))
        {
            return (null, view with { Problem = ServiceProblem.Refused(RegistryReads.PeopleZh, $"请写明{(withdraw ? "撤销" : "更正")}原因（最多 {FormAnswers.MaxAnswerLength} 个字），它记入档案的变更记录。") });
        }

        var (fact, problems) = withdraw ? (null, []) : Build(opened.Subject.Employer, opened.Form, answers);
        if (problems.Count > 0)
        {
            return (null, view with { Problems = problems, Problem = ServiceProblem.Refused(RegistryReads.PeopleZh, "请先改正标出的内容。") });
        }

        var saved = await WriteAsync(view, fact, cancellationToken);
        return saved is null ? (opened.Subject.WindowPath + "#facts", view) : (null, view with { Problem = saved });
    }

    private (IMessage? Fact, IReadOnlyList<FieldProblem> Problems) Build(bool employer, FormDescription form, FormAnswers answers)
    {
        if (employer)
        {
            var (built, problems) = answers.Build<EmployerFact>(form, clock.Today);
            return (built, problems);
        }

        var (fact, found) = answers.Build<PersonFact>(form, clock.Today);
        fact.Kind = (PersonFactKind)PersonFact.Descriptor.FindFieldByName("kind").EnumType.FindValueByName(form.Kind).Number;
        return (fact, found);
    }

    /// <summary>The registry's refusal, or null when it recorded the write.</summary>
    private async Task<ServiceProblem?> WriteAsync(FactView view, IMessage? fact, CancellationToken cancellationToken)
    {
        var subject = view.Subject;
        var corrected = view.Correcting;
        var zh = subject.Employer ? RegistryReads.EmployersZh : RegistryReads.PeopleZh;
        if (subject.Employer)
        {
            var answer = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, EmployerFact>(zh, (client, options) => corrected is null
                ? client.AddEmployerFactAsync(new AddEmployerFactRequest { IdempotencyKey = view.IdempotencyKey, EmployerId = subject.Id, Fact = (EmployerFact)fact! }, options).ResponseAsync
                : client.CorrectEmployerFactAsync(new CorrectEmployerFactRequest
                {
                    IdempotencyKey = view.IdempotencyKey, EmployerId = subject.Id, FactId = corrected.FactId, ExpectedVersion = corrected.Version,
                    Corrected = (EmployerFact?)fact, Withdraw = fact is null, ReasonZh = view.Reason,
                }, options).ResponseAsync, cancellationToken);
            return answer.Problem;
        }

        var person = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, PersonFact>(zh, (client, options) => corrected is null
            ? client.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = view.IdempotencyKey, PersonId = subject.Id, Fact = (PersonFact)fact! }, options).ResponseAsync
            : client.CorrectPersonFactAsync(new CorrectPersonFactRequest
            {
                IdempotencyKey = view.IdempotencyKey, PersonId = subject.Id, FactId = corrected.FactId, ExpectedVersion = corrected.Version,
                Corrected = (PersonFact?)fact, Withdraw = fact is null, ReasonZh = view.Reason,
            }, options).ResponseAsync, cancellationToken);
        return person.Problem;
    }

    private async Task<(Applicant? Subject, IReadOnlyList<FormDescription>? Forms, ServiceProblem? Problem)> SubjectAndFormsAsync(bool employer, string subjectId, CancellationToken cancellationToken)
    {
        var subject = await registry.ApplicantAsync(employer, subjectId, cancellationToken);
        if (subject.Value is null)
        {
            return (null, null, subject.Problem);
        }

        var forms = await FormsAsync(employer, cancellationToken);
        return (subject.Value, forms.Value, forms.Problem);
    }

    /// <summary>A stored fact as the forms know it: its id, version, form kind and the message itself.</summary>
    private sealed record StoredFact(string Id, long Version, string Kind, bool Superseded, IMessage Message);

    private async Task<ServiceAnswer<IReadOnlyList<StoredFact>>> FactsAsync(Applicant subject, CancellationToken cancellationToken)
    {
        if (subject.Employer)
        {
            var profile = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, EmployerProfile>(RegistryReads.EmployersZh,
                (client, options) => client.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = new EmployerKey { EmployerId = subject.Id }, Purpose = Purpose }, options).ResponseAsync, cancellationToken);
            return profile.Value is { } e
                ? ServiceAnswer<IReadOnlyList<StoredFact>>.Of([.. e.Facts.Select(f => new StoredFact(f.FactId, f.Record?.Version ?? 0, KindOf(f), f.Superseded, f))])
                : ServiceAnswer<IReadOnlyList<StoredFact>>.Failed(profile.Problem!);
        }

        var person = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, PersonProfile>(RegistryReads.PeopleZh,
            (client, options) => client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = subject.Id }, Purpose = Purpose }, options).ResponseAsync, cancellationToken);
        return person.Value is { } p
            ? ServiceAnswer<IReadOnlyList<StoredFact>>.Of([.. p.Facts.Select(f => new StoredFact(f.FactId, f.Record?.Version ?? 0, KindOf(f), f.Superseded, f))])
            : ServiceAnswer<IReadOnlyList<StoredFact>>.Failed(person.Problem!);
    }

    /// <summary>The form kind of a person's fact: its kind's name in the contract.</summary>
    public static string KindOf(PersonFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Kit.Forms.FactKinds.Of(fact);
    }

    /// <summary>The form kind of an employer's fact: its detail's field name.</summary>
    public static string KindOf(EmployerFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.DetailCase == EmployerFact.DetailOneofCase.None ? "" : EmployerFact.Descriptor.FindFieldByNumber((int)fact.DetailCase).Name;
    }

    private static string Base(Applicant subject) => $"{subject.WindowPath}/facts";
}
