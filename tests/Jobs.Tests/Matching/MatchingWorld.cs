using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Matching;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases.Matching;
using Employment.Policy;
using Employment.Policy.Loading;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using DomainCertificate = Employment.Jobs.Domain.Matching.Certificate;

namespace Jobs.Tests.Matching;

/// <summary>
/// A migrated PostgreSQL jobs database with a few postings and their matching facts, registry people
/// served by an in-memory profile reader, the shipped policy catalog, and the matching use cases as
/// the module registers them (<see cref="MatchingServices.AddJobMatching"/>), one scope per operation.
/// </summary>
internal sealed class MatchingWorld : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>Who acts in these use-case tests: not a counter, so no region limits it (the service tests check regions).</summary>
    public static readonly Caller Clerk = new(CallerRole.Admin, "counter-1");

    private static readonly Lazy<PolicyCatalog> Catalog = new(() =>
        CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog"), MatchingPolicyKeys.All));

    private readonly PostgresSearchDatabase _database;
    private readonly ServiceProvider _services;

    private MatchingWorld(PostgresSearchDatabase database)
    {
        _database = database;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJobMatching();
        services.AddPostingSearch(TimeSpan.Zero);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Catalog.Value);
        services.AddSingleton<IProfileReader>(Profiles);
        services.AddSingleton<IProfileFinder>(Profiles);
        services.AddSingleton<RegionCheckedRegistry>();
        services.AddSingleton(new ChinaClock(new SettableClock(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero))));
        services.AddScoped<JobsDbContext>(_ => database.NewContext());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public InMemoryProfiles Profiles { get; } = new();

    public static async Task<MatchingWorld> CreateAsync() => new(await PostgresSearchDatabase.CreateAsync());

    public async Task<T> UseAsync<T, TUseCase>(Func<TUseCase, Task<T>> use)
        where TUseCase : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public async Task PostAsync(PostingDocument posting, PostingMatchFacts facts)
    {
        await _database.IndexAsync([posting]);
        await UseAsync<bool, RecordPostingMatchFacts>(async u =>
        {
            await u.RecordAsync(posting.PostingId, facts, CancellationToken.None);
            return true;
        });
    }

    public Task<bool> RemovePostingAsync(string postingId) => _database.WithEngineAsync(e => e.RemoveAsync(postingId));

    public JobsDbContext NewContext() => _database.NewContext();

    public Task<SeekerView> SaveSeekerAsync(string personId, StatedPreferences preferences, string? assistanceCase = null, string home = "") =>
        UseAsync<SeekerView, SaveSeeker>(u => u.SaveAsync(new SaveSeekerRequest(personId, home, preferences, assistanceCase, Clerk), CancellationToken.None));

    public Task<SeekerMatches> MatchAsync(string seekerId, int size = 0) =>
        UseAsync<SeekerMatches, MatchForSeeker>(u => u.MatchAsync(seekerId, size, Clerk, CancellationToken.None));

    public Task<PostingCandidatesResult> CandidatesAsync(string postingId) =>
        UseAsync<PostingCandidatesResult, FindCandidates>(u => u.FindAsync(postingId, 0, Clerk, CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    public static PostingDocument Posting(string id, string title, string occupation, string county, DateOnly postedOn,
        EmploymentKind kind = EmploymentKind.FullTime, long payMaxFen = 600_000) =>
        new(id, "示例企业" + id, title, title + "，五险一金。", occupation, county, kind, 400_000, payMaxFen, PayPeriod.Month, postedOn, "counter-1");

    public static PersonProfile Person(string personId, string name, string residence, params PersonFact[] facts)
    {
        var profile = new PersonProfile
        {
            Person = new Person { PersonId = personId, Name = name, ResidenceRegion = new RegionCode { Code = residence } },
            ProfileVersion = 1,
        };
        profile.Facts.AddRange(facts);
        return profile;
    }

    public static PersonFact Status(PersonFactKind kind) => new()
    {
        FactId = kind + "-1",
        Kind = kind,
        Authority = "焦作市人社局",
        Period = new DatePeriod { From = new CalendarDate { Year = 2025, Month = 1, Day = 1 } },
    };

    public static PersonFact CertificateFact(DomainCertificate certificate) => new()
    {
        FactId = "cert-" + certificate.OccupationCode,
        Kind = PersonFactKind.Certificate,
        Authority = "焦作市职业技能鉴定中心",
        Period = new DatePeriod { From = new CalendarDate { Year = 2024, Month = 6, Day = 1 } },
        Certificate = new Employment.Common.V1.Certificate
        {
            OccupationCode = certificate.OccupationCode,
            OccupationName = certificate.NameZh,
            Level = (SkillLevel)certificate.Level,
            CertificateNumber = "Z" + certificate.OccupationCode,
        },
    };

    public static PersonFact EducationFact(Employment.Common.V1.EducationLevel level) => new()
    {
        FactId = "edu-1",
        Kind = PersonFactKind.Education,
        Authority = "学信网",
        Education = new Education { Level = level, GraduationDate = new CalendarDate { Year = 2010, Month = 7, Day = 1 } },
    };
}

/// <summary>Registry profiles in memory, counting reads (the non-personalised mode reads none).</summary>
internal sealed class InMemoryProfiles : IProfileReader, IProfileFinder
{
    private readonly Dictionary<string, PersonProfile> _people = new(StringComparer.Ordinal);

    public int Reads { get; private set; }

    public void Add(PersonProfile profile) => _people[profile.Person.PersonId] = profile;

    public Task<CachedProfile<PersonProfile>> GetPersonAsync(string personId, string purpose, CancellationToken cancellationToken = default)
    {
        Reads++;
        return _people.TryGetValue(personId, out var profile)
            ? Task.FromResult(new CachedProfile<PersonProfile>(profile, ProfileSource.InProcess))
            : throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.NotFound, "no such person"));
    }

    public Task<CachedProfile<EmployerProfile>> GetEmployerAsync(string employerId, string purpose, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Matching reads people only.");

    public Task<CachedProfile<PersonProfile>?> FindPersonAsync(string idNumber, string purpose, CancellationToken cancellationToken = default) =>
        Task.FromResult(_people.Values.Where(p => p.Person.IdNumber == idNumber).Select(p => new CachedProfile<PersonProfile>(p, ProfileSource.InProcess)).FirstOrDefault());

    public Task<CachedProfile<EmployerProfile>?> FindEmployerAsync(string creditCode, string purpose, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Matching reads people only.");
}
