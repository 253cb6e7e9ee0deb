using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Loans;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Telemetry;
using Employment.TestInfrastructure;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using LoansApi = Employment.Loans.V1.StartupLoans;

namespace Loans.Tests.Service;

/// <summary>
/// The applicants registry and the startup-loans service on real ports, each with its own SQLite
/// database, called through the transport's client as banks and counters would. The loans service
/// reads borrower profiles from this registry. A sample central share of interest-subsidy cost
/// (an R3 configuration value) is configured so claims can be split.
/// </summary>
public class LoansHost : IAsyncLifetime
{
    /// <summary>The sample central share configured for the tests (percent).</summary>
    public const int SampleCentralPercent = 20;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "loans-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceUnderTest> _services = [];
    private static int _sequence = 300;

    public ApplicantsApi.ApplicantsClient Registry { get; private set; } = null!;

    public LoansApi.StartupLoansClient Loans { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyCases (我的办事, 办理进度, 移交), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyCases.SubsidyCasesClient Cases { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyOversight (audit export, payment hold), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyOversight.SubsidyOversightClient Oversight { get; private set; } = null!;

    public string LoansAddress => _services[^1].Address;

    /// <summary>The loans host's container (to inspect what it registered).</summary>
    public IServiceProvider LoansServices => _services[^1].Services;

    /// <summary>The connections the registry's GetProfile calls arrived on, in order.</summary>
    public RegistryCallLog RegistryCalls { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var config = Path.Combine(_directory, "configuration");
        Directory.CreateDirectory(config);
        await File.WriteAllTextAsync(Path.Combine(config, "loans-sample.yaml"), $"""
            values:
              - key: loans.interest_cost_share.central_percent
                value: {SampleCentralPercent}
                unit: percent
                region: CN
                from: 2022-01-01
                source: 示例值，仅供测试 (sample for the loans service tests)
                sample: true

            """ + SampleValues);

        var registry = await StartAsync(
            new ApplicantsModule(),
            // Spans as an exporter would see them (named by RPC): TelemetryTests listens to them.
            [$"--DataDirectory={Path.Combine(_directory, "applicants")}", $"--{PlatformTelemetry.RecordWithoutExporterKey}=true"],
            b =>
            {
                b.Services.AddSingleton(RegistryCalls);
                b.Services.Configure<GrpcServiceOptions>(o => o.Interceptors.Add<RegistryCallLog.Interceptor>());
            });
        var loans = await StartAsync(new LoansModule(),
        [
            $"--DataDirectory={Path.Combine(_directory, "loans")}",
            .. await LoansDatabaseArgumentsAsync(),
            $"--Services:applicants={registry.Address}",
            $"--Policy:ConfigurationPaths:0={config}",
            $"--{PlatformTelemetry.RecordWithoutExporterKey}=true",
            .. ConfiguredBanks.SelectMany((bank, i) => new[] { $"--Loans:Consents:Banks:{i}:Code={bank.Code}", $"--Loans:Consents:Banks:{i}:NameZh={bank.NameZh}" }),
        ], ConfigureLoans);
        Registry = registry.Client<ApplicantsApi.ApplicantsClient>();
        Loans = loans.Client<LoansApi.StartupLoansClient>();
        Cases = loans.Client<Employment.Common.V1.SubsidyCases.SubsidyCasesClient>();
        Oversight = loans.Client<Employment.Common.V1.SubsidyOversight.SubsidyOversightClient>();
    }

    /// <summary>
    /// The 经办银行 a consent may name (<c>Loans:Consents:Banks</c>): the banks the tests' borrowers consent to, online or on
    /// paper; a bank no consent may name is refused (the consent tests' NO-SUCH-BANK).
    /// </summary>
    public static IReadOnlyList<(string Code, string NameZh)> ConfiguredBanks { get; } =
    [
        (LoanRequestsFor.Bank, "测试经办银行（一）"),
        (LoanRequestsFor.OtherBank, "测试经办银行（二）"),
        ("E2E-BANK-01", "端到端测试银行"),
        ("PG-BANK-01", "数据库测试银行（一）"),
        ("PG-BANK-02", "数据库测试银行（二）"),
        ("OTEL-BANK-01", "追踪测试银行"),
        ("LIST-BANK-A", "列表测试银行"),
    ];

    /// <summary>Further sample configuration values a fixture adds (YAML items of the sample file's values list, indented as it is).</summary>
    protected virtual string SampleValues => "";

    /// <summary>The loans service's day in China (a fixture with its own clock says its own).</summary>
    public virtual DateOnly Today => PaperConsents.TodayInChina;

    /// <summary>
    /// A bank's query as a real one runs: the borrower's signed paper consent (查询授权) for that bank recorded
    /// first by a counter of the query's region, its number named in the query.
    /// </summary>
    public async Task<Employment.Loans.V1.EligibilityAnswer> QueryWithConsentAsync(Employment.Loans.V1.EligibilityQuery query, Grpc.Core.Metadata bank)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConsentReference = (await ConsentAsync(query.Borrower, query.BankCode, query.Region.Code)).ConsentId;
        return await Loans.QueryEligibilityAsync(query, bank);
    }

    /// <summary>A signed paper consent of <paramref name="borrower"/> to <paramref name="bankCode"/>'s queries for 30 days, recorded by a counter of the region.</summary>
    public Task<Employment.Loans.V1.QueryConsent> ConsentAsync(Employment.Loans.V1.Borrower borrower, string bankCode, string region) =>
        PaperConsents.RecordAsync(Loans, borrower, bankCode, region, Today);

    /// <summary>Every item the audit export gives <paramref name="caller"/> for <paramref name="region"/>, received today.</summary>
    public async Task<List<AuditedItem>> ExportedTodayAsync(Grpc.Core.Metadata caller, string region)
    {
        var today = Employment.ServiceDefaults.Time.ChinaClock.System.Today;
        var day = new CalendarDate { Year = today.Year, Month = today.Month, Day = today.Day };
        using var call = Oversight.ExportForAudit(new AuditExportRequest { Region = new RegionCode { Code = region }, Received = new DatePeriod { From = day, Until = day } }, caller);
        var items = new List<AuditedItem>();
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            items.AddRange(page.Items);
        }

        return items;
    }

    /// <summary>What a fixture changes in the loans host (e.g. its clock).</summary>
    protected virtual void ConfigureLoans(WebApplicationBuilder builder)
    {
    }

    /// <summary>Where the loans service keeps its records: the embedded default (SQLite) unless a fixture says otherwise.</summary>
    protected virtual Task<string[]> LoansDatabaseArgumentsAsync() => Task.FromResult<string[]>([]);

    public virtual async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A new valid identity number, by default of region 410802 (Jiaozuo 解放区).</summary>
    public static string NewIdNumber(int birthYear = 1995, string region = "410802")
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"{region}{birthYear}0101{sequence:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>
    /// Registers a person in the registry, living in 解放区 (and with <paramref name="householdRegion"/> as 户籍地
    /// when given), registered unemployed since 2022-06-01 (meets the loan's personal conditions).
    /// </summary>
    public Task<string> RegisterUnemployedPersonAsync(string name = "贷款测试人", string? householdRegion = null) =>
        RegisterPersonWithFactAsync(PersonFactKind.UnemploymentRegistration, name, householdRegion);

    /// <summary>Registers a person in 解放区 with one group fact (<paramref name="kind"/>) held since 2022-06-01.</summary>
    public async Task<string> RegisterPersonWithFactAsync(PersonFactKind kind, string name = "贷款测试人", string? householdRegion = null) =>
        (await RegisterPersonAsync(kind, name, householdRegion)).IdNumber;

    /// <summary>A registered unemployed person's identity number and the registry's id of them (what their sign-in names).</summary>
    public Task<(string IdNumber, string PersonId)> RegisterUnemployedPersonWithIdAsync() =>
        RegisterPersonAsync(PersonFactKind.UnemploymentRegistration, "贷款测试人", null);

    private async Task<(string IdNumber, string PersonId)> RegisterPersonAsync(PersonFactKind kind, string name, string? householdRegion)
    {
        var id = NewIdNumber();
        var person = await Registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person
            {
                IdNumber = id, Name = name, Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410802" },
                HouseholdRegion = householdRegion is null ? null : new RegionCode { Code = householdRegion },
            },
        }, TestCallers.Counter());
        await Registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact
            {
                Kind = kind,
                Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 6, Day = 1 } },
                Authority = "焦作市解放区公共就业服务中心",
            },
        }, TestCallers.Counter());
        return (id, person.PersonId);
    }

    private async Task<ServiceUnderTest> StartAsync(IServiceModule module, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var service = await ServiceUnderTest.StartAsync(module, args, configure);
        _services.Add(service);
        return service;
    }
}

/// <summary>The same, with the loans service on production's database: a fresh PostgreSQL database.</summary>
public sealed class PostgresLoansHost : LoansHost
{
    private PostgresDatabase? _database;

    /// <summary>The loans service's database (a test may cut its connections, as a PostgreSQL restart does).</summary>
    public PostgresDatabase Database => _database ?? throw new InvalidOperationException("The host has not started.");

    protected override async Task<string[]> LoansDatabaseArgumentsAsync()
    {
        _database = await PostgresDatabase.CreateAsync("loans_service");
        return [$"--ConnectionStrings:LoansPostgres={_database.ConnectionString}"];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>The loans service on a clock the test sets (the registry keeps the real one).</summary>
public sealed class ClockedLoansHost : LoansHost
{
    public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public override DateOnly Today => Employment.ServiceDefaults.Time.ChinaClock.DateOf(Clock.GetUtcNow());

    protected override void ConfigureLoans(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(Clock);
}
