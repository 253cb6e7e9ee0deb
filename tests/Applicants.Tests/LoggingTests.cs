using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// "Logging": the registry logs what it wrote and what it refused, with ids and masked
/// numbers only.
/// </summary>
public sealed class LoggingTests(SqliteRegistry host) : IClassFixture<SqliteRegistry>
{
    [Fact(Timeout = 30_000)]
    public async Task A_registration_is_logged_by_person_id_and_never_with_the_identity_number()
    {
        var idNumber = People.IdNumber(new DateOnly(1991, 3, 4));
        var person = await host.Client.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = idNumber, Name = "记录测试", ResidenceRegion = new RegionCode { Code = "410802" } },
        });

        Assert.Contains(host.Log, l => l.Contains($"Registry write: person {person.PersonId} Registered", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Log, l => l.Contains(idNumber, StringComparison.Ordinal));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_refused_call_is_logged_with_its_status_and_the_number_masked()
    {
        const string wrongCheckDigit = "410802200106153014";
        await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = wrongCheckDigit } }).ResponseAsync);

        Assert.Contains(host.Log, l => l.Contains("Refused /employment.applicants.v1.Applicants/GetPerson: InvalidArgument", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Log, l => l.Contains(wrongCheckDigit, StringComparison.Ordinal));
    }
}
