using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Forms;

namespace Employment.Web.Public.Pages.SelfCheck;

/// <summary>A measure's self-check as its service described it (<c>SubsidyCases.DescribeSelfChecks</c>), and the service that judges it.</summary>
public sealed record DescribedSelfCheck(SubsidyService Service, FormDescription Form)
{
    public string Path => $"/self-check/{Form.Address}";

    /// <summary>For a person about themselves (个人：…), not for an employer: the hall fills these from the registry.</summary>
    public bool ForPeople => Form.AudienceZh.StartsWith("个人", StringComparison.Ordinal);

    /// <summary>The answer's place: the first place question's answer.</summary>
    public string RegionOf(FormAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Form.Fields.FirstOrDefault(f => f.Type == FormFieldType.Region) is { } place ? answers[place.Path] : "";
    }

    /// <summary>What was asked, in one line for the folded form: the measure, the place, the first date given.</summary>
    public string SummaryZh(FormAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var place = Places.Find(RegionOf(answers))?.NameZh ?? "";
        var when = Form.Fields.FirstOrDefault(f => f.Type is FormFieldType.Date or FormFieldType.Month && answers[f.Path].Length > 0) is { } date
            ? $"{date.LabelZh} {answers[date.Path]}"
            : "";
        return string.Join(" · ", new[] { Form.NameZh, place, when }.Where(p => p.Length > 0));
    }
}

/// <summary>The self-checks every subsidy service describes, and the services' answers that were not to be had.</summary>
public sealed record SelfCheckList(IReadOnlyList<DescribedSelfCheck> Checks, IReadOnlyList<ServiceProblem> Problems)
{
    public static SelfCheckList Empty { get; } = new([], []);
}

/// <summary>
/// The self-checks of the measures checked on pages of their own, as each subsidy service describes them through
/// the lifecycle's shared contract, and asked through the same contract with the answers keyed by the form's paths:
/// no measure's questions, choices, request or answer are written here.
/// </summary>
public sealed class SelfCheckForms(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, ChinaClock clock, DescribedForms described, PublicSiteOptions options)
{
    public async Task<SelfCheckList> ListAsync(CancellationToken cancellation)
    {
        var forms = await described.SelfChecksAsync(cancellation);
        return new([.. forms.Forms.Select(f => new DescribedSelfCheck(f.Service, f.Form))], forms.Problems);
    }

    /// <summary>
    /// The online application a "yes" of <paramref name="check"/> leads to (while the hall is open): the kind its answers
    /// chose where it names several (the loan's borrower kind), else the first it names that its service takes online.
    /// </summary>
    public async Task<string?> ApplyPathAsync(DescribedSelfCheck check, CancellationToken cancellation, FormAnswers? answers = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Form.ApplyKinds.Count == 0 || !options.HallOpen)
        {
            return null;
        }

        var chosen = answers?.Given().Select(a => a.Value).FirstOrDefault(v => check.Form.ApplyKinds.Contains(v));
        var applications = await described.ApplicationsAsync(cancellation);
        return applications.Forms.Where(a => a.Service.Name == check.Service.Name && a.Form.Online && check.Form.ApplyKinds.Contains(a.Form.Kind))
            .OrderBy(a => a.Form.Kind == chosen ? 0 : 1).FirstOrDefault() is { Form: not null } online
            ? Hall.OnlineApplication.PathOf(online.Service.Name, online.Form.Kind)
            : null;
    }

    /// <summary>The self-check at <paramref name="address"/>, or null where none is (or its service could not say).</summary>
    public async Task<DescribedSelfCheck?> FindAsync(string address, CancellationToken cancellation) =>
        (await ListAsync(cancellation)).Checks.FirstOrDefault(c => c.Form.Address == address);

    /// <summary>
    /// The answers checked on their face and for what is missing (by the form, so each problem stands at its question),
    /// then the service's verdict on them through the lifecycle's shared self-check step, whichever the measure.
    /// </summary>
    public async Task<MeasureCheckView> CheckAsync(DescribedSelfCheck check, FormAnswers answers, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = answers.Problems(check.Form, clock.Today).Concat(answers.Missing(check.Form)).ToList();
        if (problems.Count > 0)
        {
            return new MeasureCheckView(check, answers, problems, null);
        }

        var asked = new SelfCheckAnswers { SubsidyService = check.Service.Name, Address = check.Form.Address };
        asked.Answers.AddRange(answers.Given());
        var answer = await calls.CallAsync(cases, check.Service.Name, $"{check.Form.NameZh}暂不能在本站测算，请到就近的人社服务窗口咨询。",
            async (c, o) => await c.CheckSelfAsync(asked, o), cancellation);
        return new MeasureCheckView(check, answers, [], answer)
        {
            ApplyPath = answer.Value is { MayBePaid: true } ? await ApplyPathAsync(check, cancellation, answers) : null,
        };
    }
}

/// <summary>What a measure's page shows: the self-check, the answers as typed, what is wrong with them, or the service's answer.</summary>
public sealed record MeasureCheckView(DescribedSelfCheck Check, FormAnswers Answers, IReadOnlyList<FieldProblem> Problems, ServiceAnswer<SelfCheckOutcome>? Answer)
{
    /// <summary>The first problem with the answers, in the form's words.</summary>
    public string? InputProblem => Problems.Count > 0 ? Problems[0].MessageZh : null;

    /// <summary>Signed in (网上办事): which answers came from the registry, in words, for the person to check.</summary>
    public IReadOnlyList<string> FromRegistryZh { get; init; } = [];

    /// <summary>Where the measure is applied for online, when the answer is yes and its service takes it online.</summary>
    public string? ApplyPath { get; init; }

    /// <summary>Who is signed in, when the page is the hall's.</summary>
    public Hall.HallUser? Signed { get; init; }

    public string SignedName { get; init; } = "";
}
