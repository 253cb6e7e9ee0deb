using System.Collections.Concurrent;
using Employment.Common.V1;
using Employment.Web.Kit.Forms;

namespace Employment.Web.Workbench.Pages.Apply;

/// <summary>A service that takes applications at the counter: its forms, a preview, the taking itself.</summary>
public interface IApplicationDesk
{
    /// <summary>Its name in the workbench's addresses (<c>training</c>, <c>hiring</c>, <c>loans</c>).</summary>
    string Name { get; }

    /// <summary>The service's name on the platform (<see cref="PlatformServices"/>).</summary>
    string ServiceName { get; }

    /// <summary>The service as a clerk names it.</summary>
    string ServiceZh { get; }

    Task<ServiceAnswer<FormDescriptions>> FormsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether an application the rules refuse is taken only as the applicant insists, and refused at once (a subsidy);
    /// false where every application is taken for the office's own review (a loan).
    /// </summary>
    bool RefusesAsTaken { get; }

    /// <summary>Where a record this desk took is decided.</summary>
    string DecisionPathOf(string reference);

    /// <summary>不予受理: the office's written answer to what <paramref name="applicant"/> asked that is not its to take.</summary>
    Task<ServiceAnswer<NotAcceptedNotice>> DeclineAsync(Applicant applicant, string askedZh, string reasonZh, string referToZh, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Judges the answers as the service would take them (nothing stored), takes them, or takes them as the applicant insists.</summary>
    Task<ServiceAnswer<Judgement>> JudgeAsync(FormDescription form, FormAnswers answers, string idempotencyKey, JudgeStep step, IList<FieldProblem> problems, CancellationToken cancellationToken);
}

/// <summary>What the clerk pressed: 预审 (nothing stored), 确认受理, or 坚持申请 (taken, and what the rules refuse refused at once).</summary>
public enum JudgeStep
{
    Preview,
    Take,
    TakeInsisted,
}

/// <summary>
/// The services a clerk takes applications for, by their name in the workbench's addresses, and their forms, read once
/// from each service (<c>DescribeApplicationForms</c>, <c>DescribeClaimForms</c>: the services' own questions, never
/// written again here) and kept while the workbench runs.
/// </summary>
public sealed class ApplicationDesks(IEnumerable<IApplicationDesk> desks)
{
    private readonly ConcurrentDictionary<string, FormDescriptions> _forms = new(StringComparer.Ordinal);

    public IReadOnlyList<IApplicationDesk> All { get; } = [.. desks];

    public IApplicationDesk? Find(string name) => All.FirstOrDefault(d => d.Name == name);

    /// <summary>The desk's forms; a service down answers its problem, and is asked again next time.</summary>
    public async Task<ServiceAnswer<FormDescriptions>> FormsAsync(IApplicationDesk desk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        if (_forms.TryGetValue(desk.Name, out var kept))
        {
            return ServiceAnswer<FormDescriptions>.Of(kept);
        }

        var answer = await desk.FormsAsync(cancellationToken);
        if (answer.Value is { } forms)
        {
            _forms[desk.Name] = forms;
        }

        return answer;
    }

    /// <summary>
    /// Every kind's name as its service gives it in its form description (一次性吸纳就业补贴, 失业保险稳岗返还), so a list, a
    /// decision and a receipt name a kind alike; a desk whose service is down names its kinds by the service alone.
    /// </summary>
    public async Task<KindNames> NamesAsync(CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var desk in All)
        {
            foreach (var form in (await FormsAsync(desk, cancellationToken)).Value?.Forms ?? [])
            {
                names[(desk.Name, form.Kind)] = form.NameZh;
            }
        }

        return new(names, All.ToDictionary(d => d.Name, d => d.ServiceZh, StringComparer.Ordinal));
    }

    /// <summary>
    /// The kinds a person (<paramref name="employer"/> false) or an employer applies for: an employer's claims name it by
    /// its credit code; everything else is a person's own application.
    /// </summary>
    public static IEnumerable<FormDescription> KindsFor(FormDescriptions forms, bool employer)
    {
        ArgumentNullException.ThrowIfNull(forms);
        return forms.Forms.Where(f => (EmployerPath(f) is not null) == employer);
    }

    /// <summary>The questions that name the claiming employer, or the enterprise borrowing.</summary>
    public static readonly string[] EmployerCodePaths = ["employer.credit_code", "borrower.credit_code"];

    /// <summary>The question of <paramref name="form"/> that names the employer applying; none on a person's form.</summary>
    public static string? EmployerPath(FormDescription form) =>
        form?.Fields.Select(f => f.Path).FirstOrDefault(p => EmployerCodePaths.Contains(p, StringComparer.Ordinal));

    /// <summary>The question that names the applying person: the first identity number asked outside a repeated group.</summary>
    public static string? ApplicantPath(FormDescription form) =>
        form?.Fields.FirstOrDefault(f => f.Type == FormFieldType.IdNumber && !f.Path.Contains("[]", StringComparison.Ordinal))?.Path;
}
