// The clerk's screens under load: the workbench's own platform (the identity provider, the registry, training, hiring,
// loans and risk services on PostgreSQL, the workbench and the gateway, as tests/Workbench.Tests starts them) with a
// Jiaozuo office's work in it, and 20 clerks signed in through the provider (authorization code, password, authenticator)
// each with the session cookie the workbench gave them, requesting screens at once. Per screen: the time from request to
// the whole page over HTTP through the gateway (no browser rendering: the server's part), p50 and p95 of each round,
// printed as the median (min–max) of the rounds and as a multiple of the first screen's (一窗受理, which calls no
// service) in the same rounds; and beside them the training list of those waiting asked of the service over gRPC with
// every application's checks, as a list read before 待办 asked it without them. Prints figures; never fails on time.
//
//   tests/benchmarks/workbench-screens.sh [requests per screen and round=200] [clerks at once=20] [rounds=5] [warm-up seconds=5] [applications=300]
using System.Globalization;
using System.Net;
using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Workbench.Tests;

var settings = LegSettings.FromArgs(args, calls: 200, concurrency: 20, rounds: 5, warmUpSeconds: 5);
var applications = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 300;

var platform = new WorkbenchPlatform();
await platform.InitializeAsync();
try
{
    // The office's work: registered workers, each with a 技能提升补贴; a third approved and confirmed (发放 lists them), the rest waiting (待办).
    var maker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
    var checker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "复核准备", mayReview: true));
    var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
    var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
    var people = new List<(string IdNumber, string PersonId, string ApplicationId)>();
    for (var i = 0; i < applications; i++)
    {
        var id = InsuredWorker.IdNumber(i % 1000, 1960 + i / 1000);
        var personId = await InsuredWorker.RegisterAsync(registry, maker, id, Name(i));
        var taken = await training.SubmitApplicationAsync(InsuredWorker.SkillUpgrade(id), maker);
        if (i % 3 == 0)
        {
            var approved = await training.DecideApplicationAsync(new DecideApplicationRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = taken.ApplicationId, ExpectedVersion = taken.Record.Version, Approve = true,
            }, maker);
            await platform.Training.Client<SubsidyCases.SubsidyCasesClient>().ReviewDecisionAsync(new ReviewDecisionRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(), RecordId = approved.ApplicationId, ExpectedVersion = approved.Record.Version, Confirm = true,
            }, checker);
        }

        people.Add((id, personId, taken.ApplicationId));
    }

    Console.WriteLine($"{applications} workers with a 技能提升补贴 each ({(applications + 2) / 3} approved and reviewed) in a Jiaozuo office");

    // Twenty clerks, each signed in once through the provider, each with their own cookies and the form token of their session.
    var clerks = new List<(HttpClient Client, string FormToken)>();
    for (var i = 0; i < settings.Concurrency; i++)
    {
        var clerk = await platform.NewClerkAsync("410800", "柜员" + Name(i)[2..]);
        var cookies = new CookieContainer();
        using (var flow = new SignInFlow(platform.Issuer, "counter-workbench", platform.Issuer + "workbench/signin-oidc", cookies))
        {
            await flow.SignInToApplicationAsync("workbench/", clerk.StaffNumber, WorkbenchPlatform.Password, () => SignInFlow.Code(clerk.AuthenticatorKey));
        }

        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(platform.Issuer) };
        var home = await client.GetStringAsync(new Uri("workbench/", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"");
        clerks.Add((client, token.Success ? WebUtility.HtmlDecode(token.Groups["value"].Value) : throw new InvalidOperationException("The first screen has no form token.")));
    }

    Console.WriteLine($"{clerks.Count} clerks signed in; {settings}");

    async Task ScreenAsync(int call, Func<(string IdNumber, string PersonId, string ApplicationId), HttpRequestMessage> request, HttpStatusCode expected)
    {
        var (client, _) = clerks[call % clerks.Count];
        using var message = request(people[call % people.Count]);
        using var answer = await client.SendAsync(message);
        _ = await answer.Content.ReadAsByteArrayAsync();
        if (answer.StatusCode != expected)
        {
            throw new InvalidOperationException($"{message.RequestUri} answered {answer.StatusCode}, not {expected}.");
        }
    }

    // Registry names are Chinese: 压测 and two of the ten 天干 for the worker's number.
    static string Name(int i) => $"压测{"甲乙丙丁戊己庚辛壬癸"[i / 10 % 10]}{"甲乙丙丁戊己庚辛壬癸"[i % 10]}";

    static HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));

    Leg[] legs =
    [
        new("一窗受理（首页）", i => ScreenAsync(i, _ => Get("workbench/"), HttpStatusCode.OK)),
        new("查找身份证号", i => ScreenAsync(i, p => new HttpRequestMessage(HttpMethod.Post, new Uri("workbench/find", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = clerks[i % clerks.Count].FormToken, ["number"] = p.IdNumber }),
        }, HttpStatusCode.Redirect)),
        new("个人窗口", i => ScreenAsync(i, p => Get($"workbench/people/{p.PersonId}"), HttpStatusCode.OK)),
        new("审核", i => ScreenAsync(i, p => Get($"workbench/training/{p.ApplicationId}"), HttpStatusCode.OK)),
        new("待办", i => ScreenAsync(i, _ => Get("workbench/queue"), HttpStatusCode.OK)),
        new("发放", i => ScreenAsync(i, _ => Get("workbench/payments"), HttpStatusCode.OK)),
    ];
    // The training list of 200 waiting as the service answers it over gRPC with every application's checks (待办 asks
    // it without them): what a list costs when it carries the explanations.
    var clerkToken = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "直连"));
    legs = [.. legs, new("列表（含审核条件）", async _ =>
    {
        var page = await training.ListApplicationsAsync(new ListApplicationsRequest { Status = ApplicationStatus.Submitted, Page = new PageRequest { PageSize = 200 } }, clerkToken);
        if (page.Applications.Count == 0)
        {
            throw new InvalidOperationException("The list of those waiting is empty.");
        }
    })];
    var results = await LegRunner.MeasureAsync(legs, settings);

    Console.WriteLine("screen                 p50 ms (min–max)          p95 ms (min–max)          p50 ÷ 一窗受理");
    foreach (var leg in legs)
    {
        var rounds = results[leg.Name];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {leg.Name,-12}  {Spread.Of(rounds.Select(r => r.P50Ms)).Format("F1"),-24}  {Spread.Of(rounds.Select(r => r.P95Ms)).Format("F1"),-24}  {results.Ratio(leg.Name, legs[0].Name, r => r.P50Ms).Format("F1")}"));
    }

    Console.WriteLine("requests per second and CPU per request (this process: client, services and workbench alike):");
    results.Print(Console.Out, "screens");
}
finally
{
    await platform.DisposeAsync();
}
