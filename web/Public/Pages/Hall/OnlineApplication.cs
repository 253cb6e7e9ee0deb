using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Forms;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using ApplicantsClient = Employment.Applicants.V1.Applicants.ApplicantsClient;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>A kind a subsidy service takes online from the applicant themselves, as its form says.</summary>
public sealed record OnlineKind(SubsidyService Service, FormDescription Form)
{
    public string Path => OnlineApplication.PathOf(Service.Name, Form.Kind);
}

/// <summary>The kinds open online, and the services that could not say.</summary>
public sealed record OnlineKinds(IReadOnlyList<OnlineKind> Kinds, IReadOnlyList<ServiceProblem> Problems);

/// <summary>
/// 网上申请 as the page shows it: the measure's form as its service describes it (the applicant is the one signed in,
/// never asked), the files the form asks for, and after 提交申请 either the service's receipt or its refusal in its words
/// with the answers kept.
/// </summary>
public sealed record OnlineApplyView(
    HallUser User,
    string WhoZh,
    OnlineKind Kind,
    FormAnswers Answers,
    string IdempotencyKey,
    IReadOnlyList<FieldProblem> Problems,
    ServiceProblem? Refusal,
    JudgedApplication? Taken)
{
    public FormDescription Form => Kind.Form;

    /// <summary>Files chosen for a submission that was refused, by material kind: a browser does not keep them, so the page says so.</summary>
    public IReadOnlyDictionary<string, string> NotKept { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string ActionPath => Kind.Path;

    /// <summary>The form came back with one more entry of a group (再添加一项), nothing sent.</summary>
    public bool Added { get; init; }

    /// <summary>The answers the registry gives and the applicant does not change: their own number where the service keys records by it.</summary>
    public IReadOnlySet<string> Fixed => Form.ApplicantNumberPaths.ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// 网上申请 by the signed-in person of any kind a subsidy service's form marks online, through the lifecycle's shared
/// steps: the service's own form (<c>SubsidyCases.DescribeApplicationForms</c>), the answers keyed by the form's paths
/// taken by its own take with the person's token (<c>SubsidyCases.SubmitApplication</c>: the same kinds the counter uses,
/// so the same facts give the same answer), the channel recorded as online by the service. A file is sent as the person
/// chose it; the service decides what it is by its content. No kind is written here: a kind a service opens online is
/// offered without web code.
/// </summary>
public sealed class OnlineApplication(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, Shared.DescribedForms described, ChinaClock clock)
{
    /// <summary>The largest file the services take (the contract's limit on one material), checked here first to say so before sending it.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The file input of a material the form asks for, by its kind.</summary>
    public static string FileInput(string materialKind) => "material:" + materialKind;

    public static string PathOf(string service, string kind) => $"{PublicSiteOptions.HallPath}/apply/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(kind)}";

    /// <summary>
    /// Every kind open online, or (given <paramref name="user"/>) those that are theirs: a person's own kinds to a person, an
    /// employer's to its agent; with <paramref name="regionCode"/>, each asking the 申报材料 listed where they apply.
    /// </summary>
    public async Task<OnlineKinds> KindsAsync(CancellationToken cancellation, HallUser? user = null, string regionCode = "")
    {
        var forms = await described.ApplicationsAsync(cancellation, regionCode);
        var theirs = user is null ? (FormApplicant?)null : user.ForEmployer ? FormApplicant.Employer : FormApplicant.Person;
        return new([.. forms.Forms.Where(f => f.Form.Online && (theirs is null || f.Form.Applicant == theirs)).Select(f => new OnlineKind(f.Service, AsAsked(f.Form)))], forms.Problems);
    }

    /// <summary>
    /// The kind's empty form as the one signed in is asked it, with the files listed where they apply (where they live, or
    /// where the employer is registered) and that place offered as where it is decided; null when no such kind is
    /// open online to them.
    /// </summary>
    public async Task<(OnlineApplyView? View, ServiceProblem? Problem)> OpenAsync(HallUser user, string service, string kind, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var person = await calls.CallAsync<ApplicantsClient, Person>("登记信息服务", async (client, options) =>
            await client.GetPersonAsync(new Applicants.V1.GetPersonRequest { Person = new PersonKey { PersonId = user.PersonId } }, options), cancellation);
        var employer = user.ForEmployer
            ? await calls.CallAsync<ApplicantsClient, Employer>("登记信息服务", async (client, options) =>
                await client.GetEmployerAsync(new Applicants.V1.GetEmployerRequest { Employer = new EmployerKey { EmployerId = user.EmployerId } }, options), cancellation)
            : null;
        var region = (user.ForEmployer ? employer?.Value?.Region?.Code : person.Value?.ResidenceRegion?.Code) ?? "";
        var kinds = await KindsAsync(cancellation, user, region);
        if (kinds.Kinds.FirstOrDefault(k => k.Service.Name == service && k.Form.Kind == kind) is not { } open)
        {
            return (null, kinds.Problems.FirstOrDefault());
        }

        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        // Where it is decided: where the person lives, or where the employer is registered.
        if (region.Length > 0 && open.Form.Fields.Any(f => f.Path == "region"))
        {
            given["region"] = region;
        }

        // The applicant's own number, where the service keys its records by it: the person's, or the employer's code.
        var own = user.ForEmployer ? employer?.Value?.CreditCode ?? "" : person.Value?.IdNumber ?? "";
        foreach (var path in open.Form.ApplicantNumberPaths.Where(_ => own.Length > 0))
        {
            given[path] = own;
        }

        var answers = FormAnswers.Empty.With(given);
        var who = user.ForEmployer ? employer?.Value?.Name ?? "" : person.Value?.Name ?? "";
        return (new OnlineApplyView(user, who, open, answers, ScreenKeys.New(), [], null, null), null);
    }

    /// <summary>提交申请: the answers and the files, sent with the person's token; its receipt or its refusal.</summary>
    public async Task<OnlineApplyView> SubmitAsync(OnlineApplyView opened, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var answers = FormAnswers.Read(opened.Form, posted);
        var view = opened with { Answers = answers, IdempotencyKey = ScreenKeys.Of(posted) };
        if (FormAnswers.AddsEntry(posted))
        {
            // Nothing is sent: the answers come back with the entry added; a browser keeps no chosen file, so the page says so.
            return view with { Added = true, NotKept = NamesOf(Chosen(opened.Form, posted)) };
        }

        var found = answers.Problems(opened.Form, clock.Today).ToList();
        var files = Chosen(opened.Form, posted);
        foreach (var material in opened.Form.Materials)
        {
            var file = posted.Files.GetFile(FileInput(material.Kind));
            var largest = material.MaxBytes > 0 ? Math.Min(material.MaxBytes, MaxFileBytes) : MaxFileBytes;
            if (file is { Length: > 0 } && file.Length > largest)
            {
                found.Add(new FieldProblem(FileInput(material.Kind), $"文件过大：{FileWords.SizeZh(file.Length)}，本项最大 {FileWords.SizeZh(largest)}。请缩小照片或分辨率后重新选择。"));
            }
            else if (material.Required && file is not { Length: > 0 } && !found.Any(p => p.Path == FileInput(material.Kind)))
            {
                found.Add(new FieldProblem(FileInput(material.Kind), $"请上传{material.NameZh}。"));
            }
        }

        var serviceZh = opened.Kind.Service.NameZh;
        view = view with { NotKept = NamesOf(files) };
        if (found.Count > 0)
        {
            return view with { Problems = found, Refusal = ServiceProblem.Refused(serviceZh, "请先改正标出的内容。") };
        }

        var request = new ApplicationAnswers { Kind = opened.Form.Kind, IdempotencyKey = view.IdempotencyKey };
        request.Answers.AddRange(answers.Given());
        foreach (var (kind, file) in files)
        {
            await using var stream = file.OpenReadStream();
            request.Materials.Add(new Material { Kind = kind, FileName = Path.GetFileName(file.FileName), Content = await ByteString.FromStreamAsync(stream, cancellation) });
        }

        var taken = await calls.CallAsync(cases, opened.Kind.Service.Name, $"{opened.Form.NameZh}暂不能在网上申请，请到人社服务窗口办理。",
            (c, o) => c.SubmitApplicationAsync(request, o).ResponseAsync, cancellation);
        // Refused, nothing was stored: the corrected answers go with a new key.
        return taken.Value is { } application
            ? view with { Taken = application, NotKept = new Dictionary<string, string>() }
            : view with { Refusal = taken.Problem, IdempotencyKey = ScreenKeys.New() };
    }

    /// <summary>The files chosen for the form's materials, by material kind.</summary>
    private static List<(string Kind, IFormFile File)> Chosen(FormDescription form, IFormCollection posted) =>
        [.. form.Materials.Select(m => (m.Kind, File: posted.Files.GetFile(FileInput(m.Kind)))).Where(f => f.File is { Length: > 0 }).Select(f => (f.Kind, f.File!))];

    private static Dictionary<string, string> NamesOf(List<(string Kind, IFormFile File)> files) =>
        files.ToDictionary(f => f.Kind, f => Path.GetFileName(f.File.FileName), StringComparer.Ordinal);

    /// <summary>The form as an applicant online is asked it: without the applicant (the one signed in) and what only a counter asks.</summary>
    private static FormDescription AsAsked(FormDescription form)
    {
        var asked = form.Clone();
        asked.Fields.Clear();
        asked.Fields.AddRange(form.Fields.Where(f => !f.CounterOnly && !form.ApplicantPaths.Any(a => f.Path == a || f.Path.StartsWith(a + ".", StringComparison.Ordinal))));
        return asked;
    }
}
