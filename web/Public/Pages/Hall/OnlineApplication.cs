using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Clients;
using Employment.Web.Kit.Forms;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using ApplicantsClient = Employment.Applicants.V1.Applicants.ApplicantsClient;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// 网上申请 as the page shows it: the measure's form as the service describes it (the applicant is the one signed in,
/// never asked), the certificate's scan or photo, and after 提交申请 either the service's receipt or its refusal in
/// its words with the answers kept.
/// </summary>
public sealed record OnlineApplyView(
    HallUser User,
    string WhoZh,
    FormDescription Form,
    FormAnswers Answers,
    string IdempotencyKey,
    IReadOnlyList<FieldProblem> Problems,
    ServiceProblem? Refusal,
    JudgedApplication? Taken)
{
    public string ActionPath => OnlineApplication.PathOf(Form.Kind);
}

/// <summary>
/// 网上申请 of a training subsidy (技能提升补贴, 职业培训补贴) by the signed-in person, through the lifecycle's shared steps
/// of the training service: its own form (<c>SubsidyCases.DescribeApplicationForms</c>), the answers keyed by the form's
/// paths taken by its own take with the person's token (<c>SubsidyCases.SubmitApplication</c>: the same kinds the
/// counter uses, so the same facts give the same answer), the channel recorded as online by the service. A file is sent
/// as the person chose it; the service decides what it is by its content.
/// </summary>
public sealed class OnlineApplication(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, ChinaClock clock)
{
    /// <summary>The file input's name: the certificate's scan or photo (the service's material kind "certificate").</summary>
    public const string CertificateFile = "certificate_file";

    /// <summary>The largest file the service takes (the contract's limit on one material), checked here first to say so before sending it.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private const string ServiceZh = "培训补贴服务";

    public static string PathOf(string kind) => $"{PublicSiteOptions.HallPath}/apply/training/{Uri.EscapeDataString(kind)}";

    /// <summary>The kinds the service takes online from the applicant themselves, as its form says.</summary>
    public static bool OpenOnline(FormDescription form) => form is { Online: true };

    public async Task<ServiceAnswer<IReadOnlyList<FormDescription>>> KindsAsync(CancellationToken cancellation)
    {
        var forms = await CallAsync((client, options) => client.DescribeApplicationFormsAsync(new DescribeApplicationFormsRequest(), options).ResponseAsync, cancellation);
        return forms.Value is { } all
            ? ServiceAnswer<IReadOnlyList<FormDescription>>.Of([.. all.Forms.Where(OpenOnline).Select(AsAsked)])
            : ServiceAnswer<IReadOnlyList<FormDescription>>.Failed(forms.Problem!);
    }

    /// <summary>The kind's empty form, where they live offered as where they are insured; null when no such kind is open online.</summary>
    public async Task<(OnlineApplyView? View, ServiceProblem? Problem)> OpenAsync(HallUser user, string kind, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var kinds = await KindsAsync(cancellation);
        if (kinds.Value is null)
        {
            return (null, kinds.Problem);
        }

        if (kinds.Value.FirstOrDefault(f => f.Kind == kind) is not { } form)
        {
            return (null, null);
        }

        var person = await calls.CallAsync<ApplicantsClient, Person>("登记信息服务", async (client, options) =>
            await client.GetPersonAsync(new Applicants.V1.GetPersonRequest { Person = new PersonKey { PersonId = user.PersonId } }, options), cancellation);
        var answers = person.Value?.ResidenceRegion is { Code.Length: > 0 } lives
            ? FormAnswers.Empty.With(new Dictionary<string, string>(StringComparer.Ordinal) { ["region"] = lives.Code })
            : FormAnswers.Empty;
        return (new OnlineApplyView(user, person.Value?.Name ?? "", form, answers, ScreenKeys.New(), [], null, null), null);
    }

    /// <summary>提交申请: the answers and the file as the service's request, sent with the person's token; its receipt or its refusal.</summary>
    public async Task<OnlineApplyView> SubmitAsync(OnlineApplyView opened, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var answers = FormAnswers.Read(opened.Form, posted);
        var view = opened with { Answers = answers, IdempotencyKey = ScreenKeys.Of(posted) };
        var found = answers.Problems(opened.Form, clock.Today).ToList();
        var file = posted.Files.GetFile(CertificateFile);
        if (file is { Length: > MaxFileBytes })
        {
            found.Add(new FieldProblem(CertificateFile, $"文件过大：{file.Length / 1024 / 1024.0:0.#} MB，最大 4 MB。请缩小照片或分辨率后重新选择。"));
        }

        if (found.Count > 0)
        {
            return view with { Problems = found, Refusal = ServiceProblem.Refused(ServiceZh, "请先改正标出的内容。") };
        }

        var request = new ApplicationAnswers { Kind = opened.Form.Kind, IdempotencyKey = view.IdempotencyKey };
        request.Answers.AddRange(answers.Given());
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            request.Materials.Add(new Material { Kind = "certificate", FileName = Path.GetFileName(file.FileName), Content = await ByteString.FromStreamAsync(stream, cancellation) });
        }

        var taken = await CallAsync((client, options) => client.SubmitApplicationAsync(request, options).ResponseAsync, cancellation);
        // Refused, nothing was stored: the corrected answers go with a new key.
        return taken.Value is { } application
            ? view with { Taken = application }
            : view with { Refusal = taken.Problem, IdempotencyKey = ScreenKeys.New() };
    }

    private Task<ServiceAnswer<T>> CallAsync<T>(Func<SubsidyCases.SubsidyCasesClient, Grpc.Core.CallOptions, Task<T>> call, CancellationToken cancellation)
        where T : class =>
        cases.For(PlatformServices.Training) is { } client
            ? calls.CallAsync(ServiceZh, client, call, cancellation)
            : Task.FromResult(ServiceAnswer<T>.Failed(ServiceProblem.Down(ServiceZh)));

    /// <summary>The form as a person is asked it: without the applicant, who is the one signed in.</summary>
    private static FormDescription AsAsked(FormDescription form)
    {
        var asked = form.Clone();
        asked.Fields.Clear();
        asked.Fields.AddRange(form.Fields.Where(f => f.Path != "person" && !f.Path.StartsWith("person.", StringComparison.Ordinal)));
        return asked;
    }
}
