using System.Collections.Concurrent;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace ProfileCache.Tests;

/// <summary>
/// Stands in for the applicants registry: profiles in memory with versions, a count of profile
/// reads, and the caller (its verified service token's subject) and purpose of the last read. Served by a real service host on a free port.
/// </summary>
public sealed class FakeRegistry : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, PersonProfile> _people = new();
    private readonly ConcurrentDictionary<string, EmployerProfile> _employers = new();
    private ServiceUnderTest? _host;
    private int _reads;
    private int _failNextReads;

    public string Address { get; private set; } = "";

    public int Reads => Volatile.Read(ref _reads);

    public string? LastCaller { get; private set; }

    public string? LastPurpose { get; private set; }

    /// <summary>The next <paramref name="count"/> profile reads fail with UNAVAILABLE (counted as reads).</summary>
    public void FailNextReads(int count) => Volatile.Write(ref _failNextReads, count);

    /// <summary>How long each profile read takes.</summary>
    public TimeSpan ReadDelay { get; set; }

    public static async Task<FakeRegistry> StartAsync()
    {
        var registry = new FakeRegistry();
        registry._host = await ServiceUnderTest.StartAsync(new Module(registry), configure: b =>
            b.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1)));
        registry.Address = registry._host.Address;
        return registry;
    }

    /// <summary>Records a person (a write): returns the new profile version.</summary>
    public long PutPerson(string personId, string name, string idNumber = "410802199001011234")
    {
        var version = _people.TryGetValue(personId, out var existing) ? existing.ProfileVersion + 1 : 1;
        _people[personId] = new PersonProfile
        {
            Person = new Person { PersonId = personId, Name = name, IdNumber = idNumber },
            ProfileVersion = version,
        };
        return version;
    }

    public long PutEmployer(string employerId, string name, string creditCode = "")
    {
        var version = _employers.TryGetValue(employerId, out var existing) ? existing.ProfileVersion + 1 : 1;
        _employers[employerId] = new EmployerProfile { Employer = new Employer { EmployerId = employerId, Name = name, CreditCode = creditCode }, ProfileVersion = version };
        return version;
    }

    public PersonProfile Person(string personId) => _people[personId];

    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private sealed class Module(FakeRegistry registry) : IServiceModule
    {
        public string Name => "applicants-fake";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder) => builder.Services.AddSingleton(registry);

        public void MapEndpoints(WebApplication app) => app.MapGrpcService<Service>();
    }

    private sealed class Service(FakeRegistry registry, ICallerResolver callers) : ApplicantsApi.ApplicantsBase
    {
        public override async Task<PersonProfile> GetProfile(GetProfileRequest request, ServerCallContext context)
        {
            await RecordAsync(request.Purpose, context);
            var profile = request.Person.KeyCase == PersonKey.KeyOneofCase.IdNumber
                ? registry._people.Values.FirstOrDefault(p => p.Person.IdNumber == request.Person.IdNumber)
                : registry._people.GetValueOrDefault(request.Person.PersonId);
            return profile?.Clone() ?? throw new RpcException(new Status(StatusCode.NotFound, "no such person"));
        }

        public override async Task<EmployerProfile> GetEmployerProfile(GetEmployerProfileRequest request, ServerCallContext context)
        {
            await RecordAsync(request.Purpose, context);
            var profile = request.Employer.KeyCase == EmployerKey.KeyOneofCase.CreditCode
                ? registry._employers.Values.FirstOrDefault(e => e.Employer.CreditCode == request.Employer.CreditCode)
                : registry._employers.GetValueOrDefault(request.Employer.EmployerId);
            return profile?.Clone() ?? throw new RpcException(new Status(StatusCode.NotFound, "no such employer"));
        }

        private async Task RecordAsync(string purpose, ServerCallContext context)
        {
            Interlocked.Increment(ref registry._reads);
            registry.LastCaller = callers.Resolve(context).Subject;
            registry.LastPurpose = purpose;
            if (Interlocked.Decrement(ref registry._failNextReads) >= 0)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "registry briefly unavailable"));
            }

            if (registry.ReadDelay > TimeSpan.Zero)
            {
                await Task.Delay(registry.ReadDelay, context.CancellationToken);
            }
        }
    }
}
