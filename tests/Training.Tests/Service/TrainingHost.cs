using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Employment.Training;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using TrainingApi = Employment.Training.V1.TrainingSubsidies;

namespace Training.Tests.Service;

/// <summary>
/// The applicants registry and the training-subsidies service on real ports, each with its own
/// database (SQLite unless a fixture says otherwise), called through the gRPC client as counters
/// would; the training service reads people's facts from this registry through the profile cache.
/// A sample public notice period and a sample amount per course (R3 configuration values) are configured for Jiaozuo.
/// </summary>
public class TrainingHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "training-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceUnderTest> _services = [];
    private static int _sequence = 500;

    public ApplicantsApi.ApplicantsClient Registry { get; private set; } = null!;

    public TrainingApi.TrainingSubsidiesClient Training { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyCases (我的办事, 办理进度, 移交), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyCases.SubsidyCasesClient Cases { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyPayments (公示, objections), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyPayments.SubsidyPaymentsClient Payments { get; private set; } = null!;

    /// <summary>The lifecycle's shared SubsidyOversight (audit export, payment hold), as the service serves it.</summary>
    public Employment.Common.V1.SubsidyOversight.SubsidyOversightClient Oversight { get; private set; } = null!;

    /// <summary>The training service's own services (its outbox relay, to send what waits now rather than at its next poll).</summary>
    public IServiceProvider TrainingServices { get; private set; } = null!;

    /// <summary>The sample public notice period configured for the tests (days).</summary>
    public const int SampleNoticeDays = 7;

    /// <summary>The sample 职业培训补贴 per course configured for Jiaozuo in the tests (fen; R3). Jiyuan has none.</summary>
    public const long SampleAmountPerCourseFen = 80_000;

    /// <summary>The sample number of 新型学徒制 training years paid, configured for Jiaozuo in the tests (R26, R3). Jiyuan has none.</summary>
    public const int SampleApprenticeshipYears = 2;

    /// <summary>The sample amount from which a Jiaozuo 技能提升补贴 approval needs 复核 (fen; R3): a 高级工 certificate's 2000 元, not a 中级工's 1500 元.</summary>
    public const long SampleSkillUpgradeReviewFromFen = 200_000;

    /// <summary>The sample 办结时限 of a Jiaozuo 技能提升补贴 (working days; R3), counted on a sample 2026 calendar with 国庆 off.</summary>
    public const int SampleSkillUpgradeTimeLimit = 10;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var config = Path.Combine(_directory, "configuration");
        Directory.CreateDirectory(config);
        // The launcher's sample 申报材料 lists (R3), as a local run has them.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "materials-sample.yaml"), Path.Combine(config, "materials-sample.yaml"));
        // The launcher's sample 行政复议 bodies and courts (R32), as a local run has them.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "remedies-sample.yaml"), Path.Combine(config, "remedies-sample.yaml"));
        await File.WriteAllTextAsync(Path.Combine(config, "training-sample.yaml"), $"""
            values:
              - key: training.payment.public_notice_days
                value: {SampleNoticeDays}
                unit: days
                region: "410800"
                from: 2023-01-01
                source: 示例值，仅供测试 (sample for the training service tests)
                sample: true
              - key: training.vocational_training.amount_per_course
                value: {SampleAmountPerCourseFen}
                unit: fen
                region: "410800"
                from: 2023-01-01
                source: 示例值，仅供测试 (sample for the training service tests)
                sample: true
              - key: training.skill_upgrade.review_from_amount
                value: {SampleSkillUpgradeReviewFromFen}
                unit: fen
                region: "410800"
                from: 2023-01-01
                source: 示例值，仅供测试 (sample for the training service tests)
                sample: true
              - key: training.skill_upgrade.time_limit_working_days
                value: {SampleSkillUpgradeTimeLimit}
                unit: days
                region: "410800"
                from: 2023-01-01
                source: 示例值，仅供测试 (sample for the training service tests)
                sample: true
              - key: training.new_apprenticeship.max_training_years
                value: {SampleApprenticeshipYears}
                unit: years
                region: "410800"
                from: 2022-01-01
                source: 示例值，仅供测试 (sample for the training service tests)
                sample: true
            """);
        await File.WriteAllTextAsync(Path.Combine(config, "calendar-sample.yaml"), """
            calendar:
              - year: 2026
                source: 示例节假日安排，仅供测试 (sample for the training service tests)
                holidays: [2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07]
                working_weekend_days: [2026-09-20, 2026-10-10]
                sample: true
            """);
        var registry = await StartAsync(new ApplicantsModule(), [$"--DataDirectory={Path.Combine(_directory, "applicants")}"]);
        var training = await StartAsync(new TrainingModule(),
        [
            $"--DataDirectory={Path.Combine(_directory, "training")}",
            .. await TrainingDatabaseArgumentsAsync(),
            $"--Services:applicants={registry.Address}",
            $"--Policy:ConfigurationPaths:0={config}",
        ], ConfigureTraining);
        Registry = registry.Client<ApplicantsApi.ApplicantsClient>();
        Training = training.Client<TrainingApi.TrainingSubsidiesClient>();
        Cases = training.Client<Employment.Common.V1.SubsidyCases.SubsidyCasesClient>();
        Oversight = training.Client<Employment.Common.V1.SubsidyOversight.SubsidyOversightClient>();
        Payments = training.Client<Employment.Common.V1.SubsidyPayments.SubsidyPaymentsClient>();
        TrainingServices = training.Services;
    }

    /// <summary>What a fixture changes in the training host (e.g. its clock).</summary>
    protected virtual void ConfigureTraining(WebApplicationBuilder builder)
    {
    }

    /// <summary>Where the training service keeps its records: the embedded default (SQLite) unless a fixture says otherwise.</summary>
    protected virtual Task<string[]> TrainingDatabaseArgumentsAsync() => Task.FromResult<string[]>([]);

    public virtual async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A new valid identity number of a person living in 武陟县 (410823).</summary>
    public static string NewIdNumber()
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"4108231990{(sequence % 12) + 1:D2}15{sequence:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>
    /// Registers a person in the registry with <paramref name="insuredMonths"/> months of unemployment
    /// insurance ending the day before <paramref name="certificateDate"/> and a contract in force from
    /// the insurance's start; returns the identity number.
    /// </summary>
    /// <param name="residence">Where the person lives (常住地); the household (户籍) is 武陟县, so the Jiaozuo counter that registers them sees them.</param>
    public async Task<string> RegisterInsuredWorkerAsync(DateOnly certificateDate, int insuredMonths = 24, string residence = "410823") =>
        (await RegisterInsuredAsync(certificateDate, insuredMonths, residence)).IdNumber;

    /// <summary>The same insured worker, registered by the Jiyuan counter with household and residence in 济源示范区 (419001).</summary>
    public async Task<string> RegisterJiyuanWorkerAsync(DateOnly certificateDate) =>
        (await RegisterInsuredAsync(certificateDate, 24, "419001", household: "419001", office: "419001")).IdNumber;

    /// <summary>
    /// An insured worker (as <see cref="RegisterInsuredWorkerAsync"/>) who was also registered unemployed
    /// from 1 January of the certificate's year to the end of the test courses (20 May): a 城镇失业人员 when
    /// the course starts (Jiaozuo 2023 measures cl.80, 济管〔2023〕19号 cl.79), so the 职业培训补贴 covers them.
    /// </summary>
    public async Task<string> RegisterUnemployedTraineeAsync(DateOnly certificateDate, string residence = "410823")
    {
        var (id, personId) = await RegisterInsuredAsync(certificateDate, 24, residence);
        await AddFactAsync(personId, "410800", new PersonFact
        {
            Kind = PersonFactKind.UnemploymentRegistration,
            Period = new DatePeriod { From = Date(new DateOnly(certificateDate.Year, 1, 1)), Until = Date(new DateOnly(certificateDate.Year, 5, 20)) },
            Authority = "武陟县公共就业服务中心",
        });
        return id;
    }

    private async Task<(string IdNumber, string PersonId)> RegisterInsuredAsync(DateOnly certificateDate, int insuredMonths, string residence, string household = "410823", string office = "410800")
    {
        var id = NewIdNumber();
        var person = await Registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person
            {
                IdNumber = id, Name = "培训测试人", Phone = "13800000000",
                HouseholdRegion = new RegionCode { Code = household }, ResidenceRegion = new RegionCode { Code = residence },
            },
        }, TestCallers.Counter(office));
        var from = certificateDate.AddMonths(-insuredMonths);
        await AddFactAsync(person.PersonId, office, new PersonFact
        {
            Kind = PersonFactKind.UnemploymentInsurance,
            Period = new DatePeriod { From = Date(from), Until = Date(certificateDate.AddDays(-1)) },
            Authority = "焦作市社会保险中心",
            Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Unemployment, Months = insuredMonths, EmployerCreditCode = "" },
        });
        await AddFactAsync(person.PersonId, office, new PersonFact
        {
            Kind = PersonFactKind.EmploymentContract,
            Period = new DatePeriod { From = Date(from) },
            Authority = "武陟县人社局",
            Contract = new EmploymentContract { OpenEnded = true },
        });
        return (id, person.PersonId);
    }

    public static CalendarDate Date(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    private Task<PersonFact> AddFactAsync(string personId, string office, PersonFact fact) =>
        Registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, TestCallers.Counter(office)).ResponseAsync;

    private async Task<ServiceUnderTest> StartAsync(IServiceModule module, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var service = await ServiceUnderTest.StartAsync(module, args, configure);
        _services.Add(service);
        return service;
    }
}

/// <summary>The same, with the training service on production's database: a fresh PostgreSQL database.</summary>
public sealed class PostgresTrainingHost : TrainingHost
{
    private PostgresDatabase? _database;

    protected override async Task<string[]> TrainingDatabaseArgumentsAsync()
    {
        _database = await PostgresDatabase.CreateAsync("training_service");
        return [$"--ConnectionStrings:TrainingPostgres={_database.ConnectionString}"];
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

/// <summary>The training service on a clock the test sets (the registry keeps the real one).</summary>
public sealed class ClockedTrainingHost : TrainingHost
{
    public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureTraining(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(Clock);
}
