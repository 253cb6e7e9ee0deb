using System.Text.RegularExpressions;
using Employment.Applicants;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Citizens' sign-in as Development runs it, started before each test and dropped after: the registry with its
/// demo people and employers, the provider with the real-name stand-in matching a person there with its own
/// service token and writing the code to a development SMS outbox, and the public site as a citizens' application.
/// </summary>
public abstract partial class WithStandInCitizens : IAsyncLifetime
{
    protected const string Site = "public-site";
    protected const string SiteReturn = "http://site.test/signin-oidc";

    /// <summary>王小明（示例）of the registry's demo data, phone 13800000001.</summary>
    protected static readonly string DemoNumber = "41080220010615301" + ResidentIdNumber.ComputeCheckCharacter("41080220010615301");

    protected const string DemoName = "王小明（示例）";
    protected const string DemoPersonId = "P-demo-301";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "citizen-sign-in-" + Guid.NewGuid().ToString("N"));
    private PostgresDatabase _database = null!;

    protected ServiceUnderTest Registry { get; private set; } = null!;

    protected ProviderUnderTest Provider { get; private set; } = null!;

    /// <summary>Settings of the test's own besides the stand-in's.</summary>
    protected virtual string[] Settings => [];

    protected string Outbox => Path.Combine(_directory, "sms-outbox.txt");

    public async Task InitializeAsync()
    {
        Registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
        [
            "--environment=Development", $"--DataDirectory={_directory}",
            $"--Authentication:Issuer={ProviderUnderTest.Issuer}", "--Authentication:UseDevelopmentKey=true",
        ]);
        _database = await PostgresDatabase.CreateAsync("identity_provider");
        Provider = await ProviderUnderTest.StartAsync(FreePort.Get(), _database.ConnectionString, [], services: null,
        [
            "--environment=Development", "--IdentityProvider:UseDevelopmentKey=true",
            "--IdentityProvider:Citizens:RealNameStandIn=true",
            $"--IdentityProvider:Citizens:RegistryAddress={Registry.Address}",
            $"--IdentityProvider:Citizens:SmsOutbox={Outbox}",
            $"--IdentityProvider:Applications:1:ClientId={Site}",
            $"--IdentityProvider:Applications:1:RedirectUris:0={SiteReturn}",
            "--IdentityProvider:Applications:1:Users=citizens",
            .. Settings,
        ]);
    }

    public async Task DisposeAsync()
    {
        await Provider.DisposeAsync();
        await _database.DisposeAsync();
        await Registry.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The code of the last message in the development SMS outbox, as the person reads it on their phone.</summary>
    protected string LastCodeSent()
    {
        var last = File.ReadAllLines(Outbox)[^1];
        Assert.Contains("13800000001", last, StringComparison.Ordinal);
        return SentCode().Match(last).Groups[1].Value;
    }

    [GeneratedRegex("验证码是 ([0-9]{6})")]
    private static partial Regex SentCode();
}
