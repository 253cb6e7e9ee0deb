using System.Net;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "Rate limits": the public limit per client address trips with RESOURCE_EXHAUSTED and a
/// retry hint on gRPC, 429 with Retry-After on REST, and lets calls through again after the window;
/// banks are limited per bank code, counters not at all.
/// </summary>
/// <remarks>
/// Each burst sends its calls at once: more than twice the limit in one burst trips a fixed window even
/// when the burst straddles a turn of it, however slow the machine (it would have to spread a burst sent
/// at once over several windows). No test leaves a window for the next to wait out: what one needs at
/// its start (a forged token still checked, say) it waits for.
/// </remarks>
public sealed class GatewayRateLimitTests(RateLimitedPlatform platform) : IClassFixture<RateLimitedPlatform>
{
    private const string ListDocuments = "/employment.policy.v1.PolicyCatalog/ListDocuments";
    private const string GetPerson = "/employment.applicants.v1.Applicants/GetPerson";

    /// <summary>Calls in one burst: four windows' worth and one.</summary>
    private const int Burst = (4 * RateLimitedPlatform.Limit) + 1;

    [Fact(Timeout = 120_000)]
    public async Task The_public_limit_trips_and_recovers_on_gRPC_and_REST()
    {
        var client = new Employment.Policy.V1.PolicyCatalog.PolicyCatalogClient(platform.Channel);
        var outcomes = await BurstAsync(async () =>
        {
            try
            {
                await client.ListDocumentsAsync(new Employment.Policy.V1.ListDocumentsRequest());
                return null;
            }
            catch (RpcException e)
            {
                return e;
            }
        });

        var tripped = outcomes.FirstOrDefault(e => e is not null);
        Assert.NotNull(tripped);
        Assert.Equal(StatusCode.ResourceExhausted, tripped.StatusCode);
        Assert.True(long.TryParse(tripped.Trailers.GetValue("grpc-retry-pushback-ms"), out var pushbackMs) && pushbackMs > 0, "a retry hint");

        var rest = (await BurstAsync(() => platform.Http.GetAsync("/v1/policy/documents")))
            .FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);

        Assert.NotNull(rest);
        Assert.NotNull(rest.Headers.RetryAfter);
        Assert.Contains("\"code\":8", await rest.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // After the window, calls pass again.
        await Eventually.HoldsAsync(
            async () => await RawCalls.StatusOfAsync(platform.Channel, ListDocuments, TestCallers.Public()) == StatusCode.OK,
            "a public call passing once the window has turned");
    }

    [Fact(Timeout = 120_000)]
    public async Task Each_bank_has_its_own_limit_by_bank_code()
    {
        var first = TestCallers.Bank("105");
        var statuses = await BurstAsync(() => RawCalls.StatusOfAsync(platform.Channel, ListDocuments, first));

        Assert.Contains(StatusCode.ResourceExhausted, statuses);
        Assert.Equal(StatusCode.OK, await RawCalls.StatusOfAsync(platform.Channel, ListDocuments, TestCallers.Bank("308")));
    }

    [Fact(Timeout = 120_000)]
    public async Task Counters_are_not_held_by_the_public_limit()
    {
        var statuses = await BurstAsync(() => RawCalls.StatusOfAsync(platform.Channel, ListDocuments, TestCallers.Counter()));

        Assert.All(statuses, s => Assert.Equal(StatusCode.OK, s));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_clerk_whose_token_was_verified_is_not_locked_out_by_forgeries_from_the_same_address()
    {
        var clerk = TestCallers.Counter();
        Assert.Equal(StatusCode.InvalidArgument, await RawCalls.StatusOfAsync(platform.Channel, GetPerson, clerk));
        var forged = TestCallers.Bearer("eyJhbGciOiJFUzI1NiIsImtpZCI6InRlc3QifQ.eyJzdWIiOiJ5In0.c2lnbmF0dXJl");
        var statuses = await InSequenceAsync(() => RawCalls.StatusOfAsync(platform.Channel, GetPerson, forged));

        var clerkMeanwhile = await RawCalls.StatusOfAsync(platform.Channel, GetPerson, clerk);

        Assert.Contains(StatusCode.ResourceExhausted, statuses);
        // Throttle what fails, not who succeeds: the clerk's token is answered by the registry (INVALID_ARGUMENT: no key).
        Assert.Equal(StatusCode.InvalidArgument, clerkMeanwhile);
    }

    [Fact(Timeout = 120_000)]
    public async Task Forged_tokens_from_one_address_are_throttled_before_their_signature_is_checked()
    {
        var forged = TestCallers.Bearer("eyJhbGciOiJFUzI1NiIsImtpZCI6InRlc3QifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        // Within a window's allowance a forgery is checked and refused as such…
        await Eventually.HoldsAsync(
            async () => await RawCalls.StatusOfAsync(platform.Channel, GetPerson, forged) == StatusCode.Unauthenticated,
            "a forged token checked and refused as unauthenticated");

        // …beyond it, the address is throttled before any signature is checked.
        Assert.Contains(StatusCode.ResourceExhausted, await InSequenceAsync(() => RawCalls.StatusOfAsync(platform.Channel, GetPerson, forged)));

        // A valid token from the same address is not held by the forgeries once the window has turned.
        await Eventually.HoldsAsync(
            async () => await RawCalls.StatusOfAsync(platform.Channel, GetPerson, TestCallers.Counter()) == StatusCode.InvalidArgument,
            "a valid token from the same address answered by the registry");
    }

    /// <summary>
    /// <see cref="Burst"/> calls one after another: a failed token is counted once its check has failed, so
    /// forgeries sent all at once could each pass the throttle before any failure is counted. In sequence
    /// each sees the failures before it, and more than the window's allowance fall within one window even
    /// on a loaded machine (13 calls against 3 a window).
    /// </summary>
    private static async Task<T[]> InSequenceAsync<T>(Func<Task<T>> call)
    {
        var results = new T[Burst];
        for (var i = 0; i < Burst; i++)
        {
            results[i] = await call();
        }

        return results;
    }

    /// <summary><see cref="Burst"/> calls sent at once.</summary>
    private static Task<T[]> BurstAsync<T>(Func<Task<T>> call) => Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => call()));
}
