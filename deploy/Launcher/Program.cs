using Employment.Gateway;
using Employment.IdentityProvider;
using Employment.Launcher;
using Employment.Web.Public;
using Employment.Web.Workbench;
using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

switch (args.FirstOrDefault())
{
    // `Employment.Launcher call <tokens-file> <role> <method> [json]`: the printed examples' one-call client.
    case "call":
        return await DevCall.RunAsync(args[1..]);

    // `Employment.Launcher owed-subsidies <tokens-file> <region> <from> <until>`: the 直补快办 list of a local run.
    case "owed-subsidies":
        return await OwedSubsidiesCommand.RunAsync(args[1..]);

    // The production shape (deploy/run-production.sh, containers, pods): one process per service or gateway copy.
    case "services":
        return ServiceList.Print();
    case "serve":
        return await SingleService.RunAsync(args[1..]);
    case "gateway":
        return await SingleGateway.RunAsync(args[1..]);
    case PublicSiteArguments.Name:
        return await SinglePublicSite.RunAsync(args[1..]);
    case WorkbenchArguments.Name:
        return await SingleWorkbench.RunAsync(args[1..]);
    case IdentityProviderArguments.Name:
        return await SingleIdentityProvider.RunAsync(args[1..]);
    case "health":
        return await HealthProbe.RunAsync(args[1..]);
    case "tokens":
        return SignedTokens.WriteRoleTokens(args[1..]);
    case "service-token":
        return SignedTokens.PrintServiceToken(args[1..]);
}

// Starts every registered service with embedded defaults, then the gateway in front of them, says
// where each listens, writes development tokens, and stops them all on Ctrl-C. Arguments are passed
// to every service host; a service's own settings go under its name, e.g.
// --startup-loans:Listen:Port=6000, and the gateway's under "gateway", e.g. --gateway:Gateway:HttpPort=9080.
var apps = new List<(IServiceModule Module, WebApplication App)>();
WebApplication? identity = null;
WebApplication? site = null;
WebApplication? workbench = null;
WebApplication? gateway = null;

// Quiet by default (one listing below says where everything is); later arguments override.
// Development unless the environment says otherwise: a local run, with each service's demo data
// (fictional people and employers) and tokens signed with the repository's development key. The
// container image runs Production (DOTNET_ENVIRONMENT): no demo data, no development key, no
// development tokens; every key and password comes from configuration or /run/secrets, and a
// service without them refuses to start.
var environment = LaunchEnvironment.Resolve(args);
var development = environment == LaunchEnvironment.Development;
// Sample values of the R3 configuration parameters among them (demo-configuration/, each marked sample: true).
var defaults = LaunchDefaults.For(environment);
var settings = new ConfigurationBuilder().AddCommandLine([.. defaults, .. args]).Build();
var tokensFile = Path.GetFullPath(settings["DevTokensFile"] ?? Path.Combine(settings["DataDirectory"] ?? ".data", "dev-tokens.env"));
var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stopping.Cancel();

try
{
    // Each service is told where the ones started before it listen (--Services:<name>=<address>),
    // so a service finds the registry even when ports are chosen at start (Listen:Port=0).
    // The identity provider first: every token the services and the gateway trust comes from it or is
    // signed by a key it publishes; its issuer is the gateway's HTTP address, where callers reach it.
    var gatewayDefaults = new GatewayOptions();
    var issuer = $"http://{settings["gateway:Gateway:Address"] ?? gatewayDefaults.Address}:{settings["gateway:Gateway:HttpPort"] ?? gatewayDefaults.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
    var identityArguments = new IdentityProviderArguments(issuer, RegisteredServices.All);
    identity = IdentityProviderHost.Build(identityArguments.For(defaults, development, args));
    await IdentityProviderHost.InitializeAsync(identity, stopping.Token);
    await identity.StartAsync(stopping.Token);
    StopAllWhenOneStops(identity);
    var provider = Addresses(identity).First();

    var addresses = new List<(IServiceModule Module, string Address)>();
    foreach (var module in RegisteredServices.All)
    {
        string[] started = [.. addresses.Select(a => $"--Services:{a.Module.Name}={a.Address}")];
        var app = ServiceHost.Build(module, [.. defaults, .. started, .. identityArguments.Trust(provider), .. identityArguments.Client(provider, module), .. ServiceArguments.For(module, args)]);
        await module.InitializeAsync(app, stopping.Token);
        await app.StartAsync(stopping.Token);
        StopAllWhenOneStops(app);
        apps.Add((module, app));
        addresses.Add((module, Addresses(app).First()));
        // The provider started first: it finds the registry (staff directory, citizens) once it listens.
        identity.Configuration[$"Services:{module.Name}"] = addresses[^1].Address;
    }

    // The job seekers' pages, a process of their own in production, calling the services started above.
    site = PublicSiteHost.Build(PublicSiteArguments.For(defaults, addresses, development ? (issuer, provider) : null, args));
    await site.StartAsync(stopping.Token);
    StopAllWhenOneStops(site);
    // The clerks' workbench, a process of its own in production, signing clerks in at the provider through the gateway.
    workbench = WorkbenchHost.Build(WorkbenchArguments.For(defaults, addresses, issuer, provider, args));
    await workbench.StartAsync(stopping.Token);
    StopAllWhenOneStops(workbench);
    gateway = GatewayHost.Build(GatewayArguments.For(environment, addresses, (Addresses(site).First(), Addresses(workbench).First()), (provider, identityArguments.Trust(provider)), args));
    await gateway.StartAsync(stopping.Token);
    StopAllWhenOneStops(gateway);
    var listening = gateway.Services.GetRequiredService<GatewayOptions>();
    var grpc = $"http://{listening.Address}:{listening.GrpcPort}";
    var http = $"http://{listening.Address}:{listening.HttpPort}";
    Console.WriteLine($"Employment platform: the identity provider, {apps.Count} service(s), the public site, the workbench and the gateway running. Ctrl-C stops them.");
    foreach (var (module, app) in apps)
    {
        Console.WriteLine($"  {module.Name,-16} gRPC (HTTP/2) at {string.Join(", ", Addresses(app))}");
    }

    Console.WriteLine($"  {IdentityProviderArguments.Name,-16} HTTP/1.1 at {provider} (sign-in and tokens; issuer {issuer}, reached through the gateway)");
    Console.WriteLine($"  {PublicSiteArguments.Name,-16} HTTP/1.1 at {string.Join(", ", Addresses(site))} (the pages, reached through the gateway)");
    Console.WriteLine($"  {WorkbenchArguments.Name,-16} HTTP/1.1 at {string.Join(", ", Addresses(workbench))} (the clerks' screens, reached through the gateway)");
    Console.WriteLine($"  {"gateway",-16} {grpc} for gRPC (HTTP/2); {http} for REST/JSON, {http}/healthz, {http}/openapi.json");
    Console.WriteLine($"  {"web page",-16} {http}/ (求职者网页: 找工作, 政策清单, 我能享受哪些政策, 办理进度; no login)");
    Console.WriteLine($"  {"workbench",-16} {http}/workbench/ (人社窗口工作台: 一窗受理; staff sign in with 工号, password and authenticator code)");
    if (development)
    {
        (await DevTokens.MintAsync(issuer, provider, identityArguments.BankSecret, stopping.Token)).Write(tokensFile, grpc, http);
        // The demo data's applications, so a newcomer can follow one on the 办理进度 page at once.
        Console.WriteLine($"  {"办理进度 demo",-12} {http}/progress  创业担保贷款 {Employment.Loans.Data.LoansDemoApplication.DemoApplicationId} 查询码 {Employment.Loans.Data.LoansDemoApplication.DemoProgressCode};"
            + $" 培训补贴 {Employment.Training.Data.TrainingDemoData.DemoApplicationId} 查询码 {Employment.Training.Data.TrainingDemoData.DemoProgressCode};"
            + $" 就业补贴 {Employment.Hiring.Data.HiringDemoData.DemoClaimId} 查询码 {Employment.Hiring.Data.HiringDemoData.DemoProgressCode}");
        Console.WriteLine($"  {"staff sign-in",-16} {http}/workbench/  工号 {string.Join("、", Employment.IdentityProvider.Staff.DemoStaff.Accounts.Select(a => $"{a.StaffNumber}（{a.Name}{(a.MayReview ? "，可复核" : "")}）"))}; 密码 {Employment.IdentityProvider.Staff.DemoStaff.Password}; 身份验证器密钥 {Employment.IdentityProvider.Staff.DemoStaff.AuthenticatorKey}");
        var demoCitizen = "41080220010615301" + Employment.IdentityNumbers.ResidentIdNumber.ComputeCheckCharacter("41080220010615301");
        Console.WriteLine($"  {"网上办事",-14} {http}/hall  示例居民 王小明（示例） 身份证号 {demoCitizen}; 短信（登录验证码、办事消息）写入 {Path.GetFullPath(Path.Combine(settings["DataDirectory"] ?? ".data", "sms-outbox.txt"))}");
        Console.WriteLine($"Development tokens (counters in Jiaozuo 410800 and Jiyuan 419001, bank {DevTokens.BankCaller.BankCode}, admin, auditor in 410800; {DevTokens.Lifetime.TotalHours:0} h): {tokensFile}");
        Console.WriteLine("Try, through the gateway (one call per role, and two for training; `call` is this launcher's JSON-to-gRPC client):");
        foreach (var (role, command) in ExampleCalls.For(http, tokensFile))
        {
            Console.WriteLine($"  {role,-16} {command}");
        }
    }
    else
    {
        Console.WriteLine($"Environment {environment}: tokens come from your identity provider; no development tokens are written.");
    }

    Console.WriteLine("Each serves grpc.health.v1.Health and server reflection, so any gRPC tool can list and call it.");
    await Task.Delay(Timeout.Infinite, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
}
finally
{
    Console.WriteLine("Stopping...");
    var all = identity is null ? new List<WebApplication>() : [identity];
    all.AddRange(apps.Select(a => a.App));
    if (site is not null)
    {
        all.Add(site);
    }

    if (workbench is not null)
    {
        all.Add(workbench);
    }

    if (gateway is not null)
    {
        all.Add(gateway);
    }

    foreach (var app in Enumerable.Reverse(all))
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(grace.Token);
        await app.DisposeAsync();
    }

    Console.WriteLine("Stopped.");
}

return 0;

// Each host's console lifetime takes SIGTERM for itself (it stops that host and keeps the process
// alive), so without this a `kill` or `docker stop` would leave the launcher hanging half-stopped.
void StopAllWhenOneStops(WebApplication app) => app.Lifetime.ApplicationStopping.Register(stopping.Cancel);

static IReadOnlyList<string> Addresses(WebApplication app) =>
    app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
