using System.Globalization;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Gateway;
using Employment.IdentityNumbers;
using Employment.Jobs;
using Employment.Jobs.Data;
using Employment.Jobs.UseCases.Online;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;
using JobsApi = Employment.Jobs.V1.JobMatching;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// The job-matching service on a real port with a fresh PostgreSQL database (production's engine),
/// called over gRPC as the counter and the public would, and the gateway in front of it for REST;
/// the applicants registry beside it (its own SQLite file), from which matching reads seekers'
/// profiles through the profile cache. No demo postings: each test files its own.
/// </summary>
public class JobsHost : IAsyncLifetime
{
    private static int _employerSequence;
    private static int _personSequence;
    private readonly string _registryDirectory = Path.Combine(Path.GetTempPath(), "jobs-registry-" + Guid.NewGuid().ToString("N"));
    private PostgresDatabase? _database;
    private ServiceUnderTest? _registry;
    private ServiceUnderTest? _service;
    private WebApplication? _gateway;

    public JobsApi.JobMatchingClient Jobs { get; private set; } = null!;

    public ApplicantsApi.ApplicantsClient Registry { get; private set; } = null!;

    /// <summary>Recruitment events and service venues (the same service's second gRPC service).</summary>
    public V1.PublicEmploymentServices.PublicEmploymentServicesClient Services { get; private set; } = null!;

    /// <summary>Jobs online: a signed-in seeker's resume and applications, an employer agent's inbox.</summary>
    public V1.JobsOnline.JobsOnlineClient Online { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Runs what the daily schedule runs: the saved searches' messages due today; answers how many were written.</summary>
    public async Task<int> SendSavedSearchMessagesAsync()
    {
        await using var scope = _service!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SavedSearchDigests>().SendDueAsync(CancellationToken.None);
    }

    /// <summary>Relays the service's outbox to the registry now (as its relay does every second), so a test reads the messages.</summary>
    public Task RelayMessagesAsync() =>
        _service!.Services.GetServices<IHostedService>().OfType<OutboxRelay<JobsDbContext>>().Single().RelayOnceAsync(CancellationToken.None);

    /// <summary>The person's messages in the registry, newest first.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> MessagesOfAsync(string personId)
    {
        await RelayMessagesAsync();
        return (await Registry.ListMyMessagesAsync(new ListMyMessagesRequest(), TestCallers.Person(personId))).Messages;
    }

    /// <summary>The service's own PostgreSQL database, for tests that look at what it stores.</summary>
    public string DatabaseConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not started.");

    public virtual async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("jobs_service");
        _registry = await ServiceUnderTest.StartAsync(new ApplicantsModule(), [$"--DataDirectory={_registryDirectory}"]);
        Registry = _registry.Client<ApplicantsApi.ApplicantsClient>();
        _service = await ServiceUnderTest.StartAsync(new JobsModule(),
            [$"--ConnectionStrings:JobsPostgres={_database.ConnectionString}", "--Demo:Load=false", $"--Services:applicants={_registry.Address}"], ConfigureJobs);
        Jobs = _service.Client<JobsApi.JobMatchingClient>();
        Services = _service.Client<V1.PublicEmploymentServices.PublicEmploymentServicesClient>();
        Online = _service.Client<V1.JobsOnline.JobsOnlineClient>();
        var httpPort = FreePort.Get();
        _gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={FreePort.Get()}",
                $"--Gateway:HttpPort={httpPort}",
                $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-1:Address={_service.Address}",
                "--ReverseProxy:Clusters:job-matching:HealthCheck:Active:Interval=00:00:01",
                .. TestCallers.HostArguments,
            ],
            b => b.Logging.ClearProviders());
        await _gateway.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
    }

    /// <summary>What a fixture changes in the service's host (e.g. its clock).</summary>
    protected virtual void ConfigureJobs(WebApplicationBuilder builder)
    {
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.StopAsync();
            await _gateway.DisposeAsync();
        }

        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (_registry is not null)
        {
            await _registry.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_registryDirectory, recursive: true);
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Registers a fictional person living in <paramref name="residence"/> with the facts given; returns the registry's person id.</summary>
    public Task<string> RegisterPersonAsync(string name, string residence, params PersonFact[] facts) => RegisterPersonAsync(name, residence, "", facts);

    /// <summary>A registry person living in <paramref name="residence"/> with household (户籍) in <paramref name="household"/> (empty: none recorded), registered by the residence's counter.</summary>
    public async Task<string> RegisterPersonAsync(string name, string residence, string household, params PersonFact[] facts)
    {
        var sequence = Interlocked.Increment(ref _personSequence) % 1000;
        var first17 = string.Create(CultureInfo.InvariantCulture, $"4108021990{(sequence % 12) + 1:D2}15{sequence:D3}");
        var person = await Registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person
            {
                IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = name, Phone = "13800000000",
                ResidenceRegion = new RegionCode { Code = residence }, HouseholdRegion = household.Length > 0 ? new RegionCode { Code = household } : null,
            },
        }, TestCallers.Counter(residence.StartsWith("4190", StringComparison.Ordinal) ? "419001" : "410800"));
        foreach (var fact in facts)
        {
            await Registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, Fact = fact },
                TestCallers.Counter(residence.StartsWith("4190", StringComparison.Ordinal) ? "419001" : "410800"));
        }

        return person.PersonId;
    }

    /// <summary>A new valid 统一社会信用代码 of a fictional enterprise (92…: an individual business).</summary>
    /// <param name="division">Where the code was issued (its characters 3–8): 解放区 unless said.</param>
    public static string NewCreditCode(bool individualBusiness = false, string division = "410802")
    {
        var n = Interlocked.Increment(ref _employerSequence);
        var first8 = "MT" + n.ToString("D5", CultureInfo.InvariantCulture) + "Y";
        var organisation = first8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(first8);
        var first17 = (individualBusiness ? "92" : "91") + division + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    public static CalendarDate Date(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    /// <summary>A lawful full-time posting in 解放区, valid from today for 90 days (China calendar).</summary>
    public static V1.JobPosting Lawful(string title = "财务会计", string? creditCode = null, string description = "负责日常账务处理和纳税申报，熟练使用财务软件。")
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        return new V1.JobPosting
        {
            Employer = new V1.PostingEmployer { CreditCode = creditCode ?? NewCreditCode(), Name = "焦作测试商贸有限公司", Kind = EntityKind.Enterprise },
            Title = title,
            OccupationCode = "2-06-03-00",
            Description = description,
            EmploymentType = V1.EmploymentType.FullTime,
            WorkPlace = new V1.WorkPlace
            {
                County = new RegionCode { Code = "410802" },
                Address = "解放区测试路1号",
                Location = new V1.GeoPoint { Latitude = 35.24, Longitude = 113.23 },
            },
            Pay = new V1.Pay { Min = new Money { Fen = 400_000 }, Max = new Money { Fen = 600_000 }, Period = V1.PayPeriod.Month },
            Openings = 2,
            Requirements = new V1.Requirements { MinEducation = EducationLevel.JuniorCollege },
            Valid = new DatePeriod { From = Date(today), Until = Date(today.AddDays(90)) },
            Source = new V1.PostingSource { Kind = V1.SourceKind.Counter },
            Contact = "0391-3900000",
        };
    }

    /// <summary>Registers a fictional enterprise in the registry (by Jiaozuo's counter); returns it with its registry id and credit code.</summary>
    public async Task<Employer> RegisterEmployerAsync(string name, string region = "410802") =>
        await Registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = NewCreditCode(), Name = name, Region = new RegionCode { Code = region }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter());

    public Task<V1.JobPosting> CreateAsync(V1.JobPosting posting, string? legalReason = null, string clerk = "clerk-001") =>
        Jobs.CreatePostingAsync(new V1.CreatePostingRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Posting = posting,
            ScreeningOverride = legalReason is null ? null : new V1.ScreeningOverride { LegalReason = legalReason },
        }, TestCallers.Counter(clerk: clerk)).ResponseAsync;
}

/// <summary>The same, on a clock the test moves (search and the public view read today from it).</summary>
public sealed class ClockedJobsHost : JobsHost
{
    public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureJobs(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(Clock);
}
