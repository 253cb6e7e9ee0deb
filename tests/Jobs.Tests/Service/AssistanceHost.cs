using System.Globalization;
using Employment.Applicants;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs;
using Employment.TestInfrastructure;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// The registry (applicants, its own SQLite file) and the job-matching service (a fresh PostgreSQL
/// database) on real ports, the service reading people through the shared profile reader over gRPC.
/// The reader's in-process cache is off, so a fact the registry gains is read at once; caching is the
/// profile cache's own tests' business.
/// </summary>
public sealed class AssistanceHost : IAsyncLifetime
{
    private static int _sequence;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "jobs-assistance-" + Guid.NewGuid().ToString("N"));
    private PostgresDatabase? _database;
    private ServiceUnderTest? _registry;
    private ServiceUnderTest? _jobs;

    public ApplicantsApi.ApplicantsClient Registry { get; private set; } = null!;

    public V1.PublicEmploymentServices.PublicEmploymentServicesClient Services { get; private set; } = null!;

    public V1.JobMatching.JobMatchingClient Jobs { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _registry = await ServiceUnderTest.StartAsync(new ApplicantsModule(), [$"--DataDirectory={Path.Combine(_directory, "applicants")}"]);
        _database = await PostgresDatabase.CreateAsync("jobs_assistance");
        _jobs = await ServiceUnderTest.StartAsync(new JobsModule(),
        [
            $"--ConnectionStrings:JobsPostgres={_database.ConnectionString}",
            "--Demo:Load=false",
            $"--Services:applicants={_registry.Address}",
            "--ProfileCache:InProcessEntries=0",
        ]);
        Registry = _registry.Client<ApplicantsApi.ApplicantsClient>();
        Services = _jobs.Client<V1.PublicEmploymentServices.PublicEmploymentServicesClient>();
        Jobs = _jobs.Client<V1.JobMatching.JobMatchingClient>();
    }

    public async Task DisposeAsync()
    {
        if (_jobs is not null)
        {
            await _jobs.DisposeAsync();
        }

        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Registers a fictional person living in 武陟县 (410823); returns the registry's person id.</summary>
    public async Task<string> RegisterAsync(string name)
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = string.Create(CultureInfo.InvariantCulture, $"4108231985{(sequence % 12) + 1:D2}21{sequence:D3}");
        var person = await Registry.RegisterPersonAsync(new Employment.Applicants.V1.RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = name, Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410823" } },
        }, TestCallers.Counter());
        return person.PersonId;
    }

    /// <summary>Registers a fictional employer in the registry (a Jiaozuo counter, or Jiyuan's for 419001); returns its credit code.</summary>
    public async Task<string> RegisterEmployerAsync(string name, string region = "410823")
    {
        var code = JobsHost.NewCreditCode(division: region.StartsWith("4190", StringComparison.Ordinal) ? "419001" : "410802");
        await Registry.RegisterEmployerAsync(new Employment.Applicants.V1.RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = name, Region = new RegionCode { Code = region }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter(region.StartsWith("4190", StringComparison.Ordinal) ? "419001" : "410800"));
        return code;
    }

    public Task AddFactAsync(string personId, PersonFact fact) =>
        Registry.AddPersonFactAsync(new Employment.Applicants.V1.AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, TestCallers.Counter()).ResponseAsync;

    /// <summary>The 零就业家庭 recognition of the household <paramref name="reference"/>, in force from 2023.</summary>
    public Task RecogniseZeroEmploymentHouseholdAsync(string personId, string reference) => AddFactAsync(personId, new PersonFact
    {
        Kind = PersonFactKind.ZeroEmploymentHousehold,
        Period = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 1 } },
        Authority = "武陟县人力资源和社会保障局",
        EvidenceReference = reference,
    });
}
