using System.Security.Cryptography;
using System.Text;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>Who applies: a person (by identity number) or an employer (by credit code), as the registry names them to this clerk.</summary>
public sealed record Applicant(bool Employer, string Id, string NameZh, string Number, RegionCode? Region)
{
    public string WindowPath => Employer ? EmployerWindow.PathOf(Id) : PersonWindow.PathOf(Id);
}

/// <summary>The apply screen: the kind's form with what is known filled in, and after 预审 the service's judgement.</summary>
public sealed record ApplyView(
    Applicant Applicant,
    IApplicationDesk Desk,
    FormDescription Form,
    FormAnswers Answers,
    IReadOnlySet<string> Fixed,
    string IdempotencyKey,
    IReadOnlyList<FieldProblem> Problems,
    ServiceAnswer<Judgement>? Judged,
    string Previewed,
    bool ChangedSincePreview)
{
    public string ActionPath => TakeApplication.PathOf(Applicant, Desk.Name, Form.Kind);
}

/// <summary>The 受理回执 of an application taken: what was received, from whom, by whom, where and when, with its 查询码 once.</summary>
public sealed record ReceiptView(Applicant Applicant, IApplicationDesk Desk, FormDescription Form, FormAnswers Answers, Judgement Taken, ClerkClaims Clerk, DateTimeOffset At);

/// <summary>
/// Taking an application at the counter, for any kind a service describes: the form comes from the service, the
/// applicant's number from the registry (shown, not typed), 预审 asks the service's preview (nothing stored) and shows
/// every check, and 确认受理 takes exactly the answers last previewed (answers changed since are previewed again, not
/// taken) with the idempotency key the screen was opened with, so a second press returns the first answer.
/// </summary>
public sealed class TakeApplication(ApplicationDesks desks, RegistryReads registry, TimeProvider time)
{
    public static string PathOf(Applicant applicant, string desk, string kind) =>
        $"{applicant.WindowPath}/apply/{desk}/{Uri.EscapeDataString(kind)}";

    /// <summary>The applicant, the desk and the kind's form; or why the screen cannot open (the problem to show, or null for "no such page").</summary>
    public async Task<(ApplyView? View, ServiceProblem? Problem)> OpenAsync(bool employer, string subjectId, string deskName, string kind, CancellationToken cancellationToken)
    {
        if (desks.Find(deskName) is not { } desk)
        {
            return (null, null);
        }

        var applicant = await registry.ApplicantAsync(employer, subjectId, cancellationToken);
        if (applicant.Value is null)
        {
            return (null, applicant.Problem);
        }

        var forms = await desks.FormsAsync(desk, cancellationToken);
        if (forms.Value is null)
        {
            return (null, forms.Problem);
        }

        var form = ApplicationDesks.KindsFor(forms.Value, employer).FirstOrDefault(f => f.Kind == kind);
        if (form is null)
        {
            return (null, null);
        }

        var known = Known(applicant.Value, form);
        var answers = FormAnswers.Empty.With(known);
        if (!employer && applicant.Value.Region is { } region && form.Fields.Any(f => f.Path == "region"))
        {
            // Where the person is insured is asked; where they live is the likeliest answer, which the clerk checks.
            answers = answers.With(new Dictionary<string, string>(StringComparer.Ordinal) { ["region"] = region.Code });
        }

        return (new ApplyView(applicant.Value, desk, form, answers, known.Keys.ToHashSet(StringComparer.Ordinal), ScreenKeys.New(), [], null, "", false), null);
    }

    /// <summary>预审 or 确认受理 (the form's <c>step</c>), or another entry of a repeated group (<c>add:hires[]</c>).</summary>
    public async Task<(ApplyView? Screen, ReceiptView? Receipt)> PostAsync(ApplyView opened, IFormCollection posted, ClerkClaims clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var known = Known(opened.Applicant, opened.Form);
        var answers = FormAnswers.Read(opened.Form, posted).With(known);
        var key = Guid.TryParseExact(posted["idempotency_key"], "N", out var sent) ? sent.ToString("N") : opened.IdempotencyKey;
        var step = posted["step"].ToString();
        var view = opened with { Answers = answers, IdempotencyKey = key };
        if (step.StartsWith("add:", StringComparison.Ordinal))
        {
            var group = step[4..];
            var entries = new Dictionary<string, int>(answers.Entries, StringComparer.Ordinal) { [group] = answers.EntriesOf(group) + 1 };
            return (view with { Answers = answers with { Entries = entries }, Previewed = "" }, null);
        }

        var fingerprint = Fingerprint(answers);
        var take = step is "submit" or "insist" && posted["previewed"] == fingerprint;
        var problems = new List<FieldProblem>();
        var judging = !take ? JudgeStep.Preview : step == "insist" ? JudgeStep.TakeInsisted : JudgeStep.Take;
        var judged = await opened.Desk.JudgeAsync(opened.Form, answers, key, judging, problems, cancellationToken);
        if (take && judged.Value is { } taken)
        {
            return (null, new ReceiptView(opened.Applicant, opened.Desk, opened.Form, answers, taken, clerk, time.GetUtcNow()));
        }

        return (view with
        {
            Problems = problems,
            Judged = judged,
            Previewed = judged.Value is null ? "" : fingerprint,
            ChangedSincePreview = step is "submit" or "insist" && !take,
        }, null);
    }

    /// <summary>The answers the page knows and the clerk does not type: the applicant's own number.</summary>
    private static Dictionary<string, string> Known(Applicant applicant, FormDescription form)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = applicant.Employer ? ApplicationDesks.EmployerPath(form) : ApplicationDesks.ApplicantPath(form);
        if (path is not null)
        {
            known[path] = applicant.Number;
        }

        return known;
    }

    /// <summary>What the answers say, as one short value: 确认受理 takes only answers that were previewed as they stand.</summary>
    private static string Fingerprint(FormAnswers answers)
    {
        var text = string.Join('\n', answers.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
