using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using HiringApi = Employment.Hiring.V1.HiringSubsidies;

namespace Hiring.Tests.Service;

/// <summary>
/// The applicants registry and the hiring-subsidies service on real ports, called through the gRPC
/// client as counters would. The hiring service keeps its claims in a fresh PostgreSQL database
/// (production's), reads people's and employers' facts from this registry through the profile cache,
/// and runs on a clock the test sets (the registry keeps the real one). A sample public notice period
/// (R3) is configured for Jiaozuo.
/// </summary>
public class HiringHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "hiring-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceUnderTest> _services = [];
    private PostgresDatabase? _database;
    private PostgresDatabase? _registryDatabase;
    private RedisServer? _redis;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _personIds = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _employerIds = new(StringComparer.Ordinal);
    private static int _people = 100;
    private static int _employers = 2000;

    public ApplicantsApi.ApplicantsClient Registry { get; private set; } = null!;

    public HiringApi.HiringSubsidiesClient Hiring { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyCases (我的办事, 办理进度, 移交), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyCases.SubsidyCasesClient Cases { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyPayments (公示, objections), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyPayments.SubsidyPaymentsClient Payments { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyOversight (audit export, payment hold), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyOversight.SubsidyOversightClient Oversight { get; private set; } = null!;

    public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>More settings for the hiring service, for a host that needs them (the monthly run's schedule).</summary>
    protected virtual IEnumerable<string> HiringArguments => [];

    /// <summary>The hiring service's database, for a test that reads what a job wrote.</summary>
    public string HiringConnectionString => _database!.ConnectionString;

    /// <summary>Where the hiring service's texts go (the objectors' codes): a file of lines, as in Development.</summary>
    public string SmsOutbox => Path.Combine(_directory, "hiring-sms.txt");

    /// <summary>The code of the last text to <paramref name="phone"/>.</summary>
    public string LastCodeTo(string phone) => Employment.TestInfrastructure.SmsOutbox.LastCodeTo(SmsOutbox, phone);

    /// <summary>The hiring service's own services (its outbox relay).</summary>
    public IServiceProvider HiringServices { get; private set; } = null!;

    /// <summary>The sample public notice period configured for the tests (days).</summary>
    public const int SampleNoticeDays = 7;

    /// <summary>The sample monthly minimum wages configured for Jiaozuo (fen): to 2023-06-30, and from 2023-07-01.</summary>
    public const long SampleMinWageTo202306 = 190_000;

    public const long SampleMinWageFrom202307 = 200_000;

    /// <summary>The sample amount from which a Jiaozuo 扩岗补助 approval needs 复核 (fen; R3): three hires at 1000 元.</summary>
    public const long SampleJobExpansionReviewFromFen = 300_000;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var config = Path.Combine(_directory, "configuration");
        Directory.CreateDirectory(config);
        // The launcher's sample 申报材料 lists (R3), as a local run has them.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "materials-sample.yaml"), Path.Combine(config, "materials-sample.yaml"));
        await File.WriteAllTextAsync(Path.Combine(config, "hiring-sample.yaml"), $"""
            values:
              - key: hiring.payment.public_notice_days
                value: {SampleNoticeDays}
                unit: days
                region: "410800"
                from: 2023-01-01
                source: 示例值，仅供测试 (sample for the hiring service tests)
                sample: true
            """);
        // A sample 复核 threshold (R3): a Jiaozuo 扩岗补助 claim approved for three hires or more needs a second clerk's review.
        await File.WriteAllTextAsync(Path.Combine(config, "review-sample.yaml"), $"""
            values:
              - key: hiring.expansion.review_from_amount
                value: {SampleJobExpansionReviewFromFen}
                unit: fen
                region: "410800"
                from: 2023-01-01
                source: 示例值，仅供测试 (sample for the hiring service tests)
                sample: true
            """);
        // Sample minimum wages (R3) for the trainee claims: Jiaozuo only, so a Jiyuan host meets an unconfigured value.
        await File.WriteAllTextAsync(Path.Combine(config, "min-wage-sample.yaml"), $"""
            values:
              - key: hiring.trainee.local_min_wage_monthly
                value: {SampleMinWageTo202306}
                unit: fen
                region: "410800"
                from: 2022-01-01
                until: 2023-06-30
                source: 示例值，仅供测试 (sample for the hiring service tests)
                sample: true
              - key: hiring.trainee.local_min_wage_monthly
                value: {SampleMinWageFrom202307}
                unit: fen
                region: "410800"
                from: 2023-07-01
                source: 示例值，仅供测试 (sample for the hiring service tests)
                sample: true
            """);
        // The domain tests' sample social-insurance shares (new hires 50%, 就业困难人员 100%; R3).
        if (ConfiguresSocialInsuranceValues)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "sample-configuration", "social-insurance.yaml"), Path.Combine(config, "social-insurance-sample.yaml"));
        }

        // The domain tests' sample national control target for 稳岗返还 (5.5% in Jiaozuo from 2023; R3).
        File.Copy(Path.Combine(AppContext.BaseDirectory, "sample-configuration", "stabilisation.yaml"), Path.Combine(config, "stabilisation-sample.yaml"));
        // The domain tests' sample transport amounts and counts (修武县, 博爱县) and referral amounts (R3, R26).
        File.Copy(Path.Combine(AppContext.BaseDirectory, "sample-configuration", "referral-and-transport.yaml"), Path.Combine(config, "referral-and-transport-sample.yaml"));
        _database = await PostgresDatabase.CreateAsync("hiring_service");
        string[] registryStore = [$"--DataDirectory={Path.Combine(_directory, "applicants")}"];
        string[] shared = [];
        if (RegistryOnPostgresWithRedis)
        {
            // Production's shape: the registry on PostgreSQL, both services sharing one Redis profile cache.
            _registryDatabase = await PostgresDatabase.CreateAsync("hiring_registry");
            _redis = await RedisServer.StartNewAsync();
            shared = [$"--ConnectionStrings:Redis={_redis.Configuration}"];
            registryStore = [.. registryStore, $"--ConnectionStrings:ApplicantsPostgres={_registryDatabase.ConnectionString}", .. shared];
        }

        var registry = await StartAsync(new ApplicantsModule(), registryStore);
        var hiring = await StartAsync(new HiringModule(),
        [
            $"--DataDirectory={Path.Combine(_directory, "hiring")}",
            $"--ConnectionStrings:HiringPostgres={_database.ConnectionString}",
            $"--Services:applicants={registry.Address}",
            $"--Policy:ConfigurationPaths:0={config}",
            $"--Messages:SmsOutbox={SmsOutbox}",
            .. shared,
            .. HiringArguments,
        ], b => b.Services.AddSingleton<TimeProvider>(Clock));
        Registry = registry.Client<ApplicantsApi.ApplicantsClient>();
        Hiring = hiring.Client<HiringApi.HiringSubsidiesClient>();
        Cases = hiring.Client<Employment.Common.V1.SubsidyCases.SubsidyCasesClient>();
        Oversight = hiring.Client<Employment.Common.V1.SubsidyOversight.SubsidyOversightClient>();
        Payments = hiring.Client<Employment.Common.V1.SubsidyPayments.SubsidyPaymentsClient>();
        HiringServices = hiring.Services;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_registryDatabase is not null)
        {
            await _registryDatabase.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Registers an employer (an enterprise of 解放区 unless told otherwise) through a counter of its region; returns its credit code.</summary>
    public async Task<string> EmployerAsync(string region = "410802", EntityKind kind = EntityKind.Enterprise, string name = "焦作示例制造有限公司", DateOnly? registeredOn = null)
    {
        var code = TestCreditCodes.Of("91" + region, Interlocked.Increment(ref _employers));
        var registered = await Registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = name, Region = new RegionCode { Code = region }, Kind = kind, RegistrationDate = registeredOn is { } day ? Date(day) : null },
        }, TestCallers.Counter(region.StartsWith("4190", StringComparison.Ordinal) ? "419001" : "410800"));
        _employerIds[code] = registered.EmployerId;
        return code;
    }

    /// <summary>An enterprise of <paramref name="region"/> the registry holds 2022's unemployment insurance, staff and layoffs of: owed a 稳岗返还 filed in 2023 (R13, R15–R17).</summary>
    public async Task<string> EmployerOwedARefundAsync(string name, string region = "410802")
    {
        var employer = await EmployerAsync(region: region, name: name);
        await SizedAsync(employer, EnterpriseSize.Small, new DateOnly(2020, 1, 1));
        await EmployerFactAsync(employer, new EmployerFact
        {
            Source = "社保系统",
            UnemploymentInsurance = new UnemploymentInsurancePaid { Year = 2022, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 },
        });
        await EmployerFactAsync(employer, new EmployerFact { Source = "社保系统", Layoffs = new Layoffs { Year = 2022, LaidOff = 0, InsuredStaffAtStart = 50 } });
        return employer;
    }

    /// <summary>Records the employer's 企业规模 from <paramref name="from"/> (a recorded fact, R13), as the statistics office reports it.</summary>
    public async Task SizedAsync(string creditCode, EnterpriseSize size, DateOnly from)
    {
        await Registry.AddEmployerFactAsync(new AddEmployerFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = _employerIds[creditCode],
            Fact = new EmployerFact { Source = "统计部门", EvidenceReference = "规模认定 2020-001", Size = new SizeClassification { Size = size, Period = new DatePeriod { From = Date(from) } } },
        }, CounterOf(creditCode));
    }

    /// <summary>
    /// Records a dated fact about the employer in the registry (headcount, unemployment insurance paid,
    /// layoffs, insured as a unit, …), as 社保系统 reports it unless the fact names its source, by a counter
    /// of the employer's city.
    /// </summary>
    public async Task<EmployerFact> EmployerFactAsync(string creditCode, EmployerFact fact)
    {
        fact.Source = string.IsNullOrEmpty(fact.Source) ? "社保系统" : fact.Source;
        return await Registry.AddEmployerFactAsync(new AddEmployerFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = _employerIds[creditCode],
            Fact = fact,
        }, CounterOf(creditCode));
    }

    /// <summary>A counter of the employer's city (Jiyuan's for a 4190… credit code), as the registry requires.</summary>
    private static Grpc.Core.Metadata CounterOf(string creditCode) => TestCallers.Counter(creditCode.Substring(2, 4) == "4190" ? "419001" : "410800");

    /// <summary>
    /// Registers a young person (born 2000-03-10, so 22–23 in 2023), unemployed-registered from
    /// <paramref name="registeredFrom"/> (default 2022-06-01, open), whom <paramref name="creditCode"/>
    /// insures under each of the four schemes for <paramref name="insuredMonths"/> months from the
    /// contract start (R18); returns the identity number.
    /// </summary>
    public async Task<string> YouthHiredByAsync(string creditCode, DateOnly contractStart, int insuredMonths = 1, DateOnly? registeredFrom = null)
    {
        var sequence = Interlocked.Increment(ref _people) % 1000;
        var first17 = $"41082320000310{sequence:D3}";
        var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        var person = await Registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = id, Name = "招用测试人", Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410823" } },
        }, TestCallers.Counter());
        await AddFactAsync(person.PersonId, new PersonFact
        {
            Kind = PersonFactKind.UnemploymentRegistration,
            Period = new DatePeriod { From = Date(registeredFrom ?? new DateOnly(2022, 6, 1)) },
            Authority = "武陟县公共就业服务中心",
        });
        _personIds[id] = person.PersonId;
        await AlsoInsuredByAsync(id, creditCode, contractStart, insuredMonths);
        return id;
    }

    /// <summary>Registers a person born on <paramref name="birth"/> (the identity number says so) with <paramref name="facts"/>; returns the identity number.</summary>
    public Task<string> PersonAsync(DateOnly birth, params PersonFact[] facts) => PersonLivingInAsync("410823", birth, facts);

    /// <summary>
    /// The same person living in <paramref name="residence"/> (常住地), household (户籍) in 武陟县: a
    /// counter of either region may see them.
    /// </summary>
    public Task<string> PersonLivingInAsync(string residence, DateOnly birth, params PersonFact[] facts) =>
        RegisterPersonAsync("410823", "410823", residence, "410800", birth, facts);

    /// <summary>A person of Jiyuan only (household and residence 419001), registered by the Jiyuan counter: the Jiaozuo counter may not see them.</summary>
    public Task<string> JiyuanPersonAsync(DateOnly birth, params PersonFact[] facts) =>
        RegisterPersonAsync("419001", "419001", "419001", "419001", birth, facts);

    private async Task<string> RegisterPersonAsync(string birthRegion, string household, string residence, string office, DateOnly birth, PersonFact[] facts)
    {
        var sequence = Interlocked.Increment(ref _people) % 1000;
        var first17 = $"{birthRegion}{birth:yyyyMMdd}{sequence:D3}";
        var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        var person = await Registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person
            {
                IdNumber = id, Name = "见习测试人", Phone = "13800000000",
                HouseholdRegion = new RegionCode { Code = household }, ResidenceRegion = new RegionCode { Code = residence },
            },
        }, TestCallers.Counter(office));
        foreach (var fact in facts)
        {
            await AddFactAsync(person.PersonId, fact, office);
        }

        _personIds[id] = person.PersonId;
        return id;
    }

    /// <summary>Sets the service's clock to noon (Beijing) of <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => Clock.UtcNow = new DateTimeOffset(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    /// <summary>Records <paramref name="creditCode"/> insuring the person under each of the four schemes for <paramref name="months"/> months from <paramref name="from"/>.</summary>
    public async Task AlsoInsuredByAsync(string idNumber, string creditCode, DateOnly from, int months = 1)
    {
        foreach (var scheme in new[] { InsuranceScheme.Pension, InsuranceScheme.Medical, InsuranceScheme.Unemployment, InsuranceScheme.WorkInjury })
        {
            await AddFactAsync(_personIds[idNumber], new PersonFact
            {
                Kind = PersonFactKind.SocialInsurance,
                Period = new DatePeriod { From = Date(from), Until = Date(from.AddMonths(months).AddDays(-1)) },
                Authority = "焦作市社会保险中心",
                Insurance = new InsuranceContribution { Scheme = scheme, Months = months, EmployerCreditCode = creditCode },
            });
        }
    }

    /// <summary>
    /// Records the labour contract (劳动合同) between the person and <paramref name="creditCode"/> in the
    /// registry: from <paramref name="start"/> to <paramref name="end"/> (inclusive), open-ended when null.
    /// </summary>
    public Task<PersonFact> ContractAsync(string idNumber, string creditCode, DateOnly start, DateOnly? end = null) =>
        AddFactAsync(_personIds[idNumber], new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Date(start), Until = end is { } last ? Date(last) : null },
            Authority = "劳动合同备案",
            Contract = new EmploymentContract
            {
                EmployerCreditCode = creditCode,
                OpenEnded = end is null,
                TermMonths = end is { } e ? Employment.Hiring.UseCases.HireInput.TermMonths(start, e) : 0,
            },
        });

    /// <summary>Records <paramref name="fact"/> about a person registered here.</summary>
    public Task<PersonFact> PersonFactAsync(string idNumber, PersonFact fact) => AddFactAsync(_personIds[idNumber], fact);

    /// <summary>The registry's person id of a person registered here.</summary>
    public string PersonId(string idNumber) => _personIds[idNumber];

    /// <summary>A new employer's 一次性吸纳就业补贴 for one youth hired on 2023-07-01, taken and approved by a Jiaozuo counter.</summary>
    public async Task<Employment.Hiring.V1.HiringClaim> ApprovedAbsorptionClaimAsync(string name = "焦作示例制造有限公司")
    {
        var hired = new DateOnly(2023, 7, 1);
        var employer = await EmployerAsync(name: name);
        var claim = await Hiring.SubmitClaimAsync(Claims.Of(Employment.Hiring.V1.SubsidyKind.Absorption, employer, Claims.Hire(await YouthHiredByAsync(employer, hired), hired)), TestCallers.Counter());
        return await Hiring.DecideClaimItemAsync(new Employment.Hiring.V1.DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = claim.ClaimId,
            ExpectedVersion = claim.Record.Version,
            ItemNo = 1,
            Approve = true,
        }, TestCallers.Counter());
    }

    /// <summary>The registry's id of an employer made by <see cref="EmployerAsync"/>.</summary>
    public string EmployerId(string creditCode) => _employerIds[creditCode];

    public static CalendarDate Date(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    /// <summary>False for a host that configures none of the social-insurance shares, durations and schemes (R3 unconfigured).</summary>
    protected virtual bool ConfiguresSocialInsuranceValues => true;

    /// <summary>True for production's shape: the registry on PostgreSQL and a Redis shared by both services.</summary>
    protected virtual bool RegistryOnPostgresWithRedis => false;

    public DateOnly Today => Employment.ServiceDefaults.Time.ChinaClock.DateOf(Clock.UtcNow);

    private Task<PersonFact> AddFactAsync(string personId, PersonFact fact, string office = "410800") =>
        Registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, TestCallers.Counter(office)).ResponseAsync;

    private async Task<ServiceUnderTest> StartAsync(IServiceModule module, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var service = await ServiceUnderTest.StartAsync(module, args, configure);
        _services.Add(service);
        return service;
    }
}

/// <summary>
/// The same two services in production's shape: the registry on PostgreSQL too, and one Redis the
/// profile cache of both shares (the owed-subsidies job reads the registry in bulk and one by one).
/// </summary>
public sealed class ProductionShapedHiringHost : HiringHost
{
    protected override bool RegistryOnPostgresWithRedis => true;
}

/// <summary>The same two services with none of the sample social-insurance values configured (R3: unconfigured).</summary>
public sealed class HiringHostWithoutSocialInsuranceValues : HiringHost
{
    protected override bool ConfiguresSocialInsuranceValues => false;
}
