using System.Net;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// "Rate limits": the public limit per client address trips with RESOURCE_EXHAUSTED and a
/// retry hint on gRPC, 429 with Retry-After on REST, and lets calls through again after the window;
/// banks are limited per bank code, counters not at all.
/// </summary>
public sealed class GatewayRateLimitTests(RateLimitedPlatform platform) : IClassFixture<RateLimitedPlatform>
{
    private const string ListDocuments = "/employment.policy.v1.PolicyCatalog/ListDocuments";

    [Fact(Timeout = 60_000)]
    public async Task The_public_limit_trips_and_recovers_on_gRPC_and_REST()
    {
        // A fixed window may turn over during the burst, so a burst of 2 × limit + 1 is certain to
        // trip it; at most the limit passes in any one window.
        var client = new Employment.Policy.V1.PolicyCatalog.PolicyCatalogClient(platform.Channel);
        RpcException? tripped = null;
        for (var i = 0; i < (2 * RateLimitedPlatform.Limit) + 1 && tripped is null; i++)
        {
            try
            {
                await client.ListDocumentsAsync(new Employment.Policy.V1.ListDocumentsRequest());
            }
            catch (RpcException e)
            {
                tripped = e;
            }
        }

        Assert.NotNull(tripped);
        Assert.Equal(StatusCode.ResourceExhausted, tripped.StatusCode);
        Assert.True(long.TryParse(tripped.Trailers.GetValue("grpc-retry-pushback-ms"), out var pushbackMs) && pushbackMs > 0, "a retry hint");

        HttpResponseMessage? rest = null;
        for (var i = 0; i < (2 * RateLimitedPlatform.Limit) + 1 && rest?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            rest = await platform.Http.GetAsync("/v1/policy/documents");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, rest!.StatusCode);
        Assert.NotNull(rest.Headers.RetryAfter);
        Assert.Contains("\"code\":8", await rest.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Task.Delay(RateLimitedPlatform.LimitWindow + TimeSpan.FromMilliseconds(200));
        Assert.Equal(StatusCode.OK, await RawCalls.StatusOfAsync(platform.Channel, ListDocuments, TestCallers.Public()));
    }

    [Fact(Timeout = 60_000)]
    public async Task Each_bank_has_its_own_limit_by_bank_code()
    {
        var first = TestCallers.Bank("105");
        var tripped = StatusCode.OK;
        for (var i = 0; i < (2 * RateLimitedPlatform.Limit) + 1 && tripped == StatusCode.OK; i++)
        {
            tripped = await RawCalls.StatusOfAsync(platform.Channel, ListDocuments, first);
        }

        Assert.Equal(StatusCode.ResourceExhausted, tripped);
        Assert.Equal(StatusCode.OK, await RawCalls.StatusOfAsync(platform.Channel, ListDocuments, TestCallers.Bank("308")));
    }

    [Fact(Timeout = 60_000)]
    public async Task Counters_are_not_held_by_the_public_limit()
    {
        for (var i = 0; i < RateLimitedPlatform.Limit * 3; i++)
        {
            Assert.Equal(StatusCode.OK, await RawCalls.StatusOfAsync(platform.Channel, ListDocuments, TestCallers.Counter()));
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_clerk_whose_token_was_verified_is_not_locked_out_by_forgeries_from_the_same_address()
    {
        var clerk = TestCallers.Counter();
        Assert.Equal(StatusCode.InvalidArgument, await RawCalls.StatusOfAsync(platform.Channel, "/employment.applicants.v1.Applicants/GetPerson", clerk));
        var forged = TestCallers.Bearer("eyJhbGciOiJFUzI1NiIsImtpZCI6InRlc3QifQ.eyJzdWIiOiJ5In0.c2lnbmF0dXJl");
        var statuses = new List<StatusCode>();
        for (var i = 0; i < (2 * RateLimitedPlatform.Limit) + 1 && !statuses.Contains(StatusCode.ResourceExhausted); i++)
        {
            statuses.Add(await RawCalls.StatusOfAsync(platform.Channel, "/employment.applicants.v1.Applicants/GetPerson", forged));
        }

        var clerkMeanwhile = await RawCalls.StatusOfAsync(platform.Channel, "/employment.applicants.v1.Applicants/GetPerson", clerk);

        Assert.Equal(StatusCode.ResourceExhausted, statuses[^1]);
        // Throttle what fails, not who succeeds: the clerk's token is answered by the registry (INVALID_ARGUMENT: no key).
        Assert.Equal(StatusCode.InvalidArgument, clerkMeanwhile);

        // The other tests of this fixture start on a fresh window.
        await Task.Delay(RateLimitedPlatform.LimitWindow + TimeSpan.FromMilliseconds(200));
    }

    [Fact(Timeout = 60_000)]
    public async Task Forged_tokens_from_one_address_are_throttled_before_their_signature_is_checked()
    {
        var forged = TestCallers.Bearer("eyJhbGciOiJFUzI1NiIsImtpZCI6InRlc3QifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        var statuses = new List<StatusCode>();
        for (var i = 0; i < (2 * RateLimitedPlatform.Limit) + 1 && !statuses.Contains(StatusCode.ResourceExhausted); i++)
        {
            statuses.Add(await RawCalls.StatusOfAsync(platform.Channel, "/employment.applicants.v1.Applicants/GetPerson", forged));
        }

        Assert.Equal(StatusCode.Unauthenticated, statuses[0]);
        Assert.Equal(StatusCode.ResourceExhausted, statuses[^1]);

        // A valid token from the same address is not held by the forgeries once the window has turned.
        await Task.Delay(RateLimitedPlatform.LimitWindow + TimeSpan.FromMilliseconds(200));
        Assert.Equal(StatusCode.InvalidArgument, await RawCalls.StatusOfAsync(platform.Channel, "/employment.applicants.v1.Applicants/GetPerson", TestCallers.Counter()));
    }
}
