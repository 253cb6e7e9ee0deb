using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ProfileCache;
using Employment.TestInfrastructure;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Applicants.Tests;

/// <summary>The registry and another service sharing the profile cache in Redis, end to end.</summary>
public sealed class SharedCacheTests(CachedPostgresRegistry registry) : IClassFixture<CachedPostgresRegistry>
{
    /// <summary>What a service such as startup-loans holds: a profile reader on the shared Redis.</summary>
    private async Task<(IHost Host, IProfileReader Reader)> ReadingServiceAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = registry.Redis.Configuration,
            ["ProfileCache:CallerService"] = "startup-loans",
            ["ProfileCache:RegistryAddress"] = registry.Address,
            ["ProfileCache:InProcessEntries"] = "0",
        });
        builder.Services.AddProfileCache(builder.Configuration);
        builder.Services.AddSingleton(TestCallers.ServiceTokens("startup-loans"));
        var host = builder.Build();
        await host.StartAsync();
        return (host, host.Services.GetRequiredService<IProfileReader>());
    }

    [Fact(Timeout = 60_000)]
    public async Task An_update_in_the_registry_is_seen_by_a_service_reading_through_the_shared_cache()
    {
        var person = await registry.Client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1994, 1, 1))), RegistryHost.Clerk());
        var (host, reader) = await ReadingServiceAsync();
        try
        {
            var first = await reader.GetPersonAsync(person.PersonId, "loans.eligibility", CancellationToken.None);
            Assert.Equal(ProfileSource.Registry, first.Source);
            var cached = await reader.GetPersonAsync(person.PersonId, "loans.eligibility", CancellationToken.None);
            Assert.Equal(ProfileSource.Redis, cached.Source);
            Assert.Equal(1, cached.Profile.ProfileVersion);

            await registry.Client.UpdatePersonAsync(new UpdatePersonRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                PersonId = person.PersonId,
                ExpectedVersion = 1,
                Person = new Person { Phone = "13700001111" },
                UpdateMask = new FieldMask { Paths = { "phone" } },
            }, RegistryHost.Clerk());

            var after = await reader.GetPersonAsync(person.PersonId, "loans.eligibility", CancellationToken.None);
            Assert.Equal(2, after.Profile.ProfileVersion);
            Assert.Equal("13700001111", after.Profile.Person.Phone);
        }
        finally
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
