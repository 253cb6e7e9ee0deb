using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.V1;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 免申即享 in the hall (焦政办〔2024〕15号（二十））, over real gRPC on PostgreSQL with the registry: what the registry's facts
/// make owed to an employer becomes an offer its agent reads (with the checks and clauses), made once however often the
/// hall is opened and told by a message; accepted with the account, it becomes a claim received as an offer in the
/// counter's queue, judged as the counter's; an offer the facts no longer support is withdrawn; nobody else sees or
/// accepts it.
/// </summary>
public sealed class OffersTests(HiringHost host) : IClassFixture<HiringHost>
{
    private const string Account = "6222000000000000007";

    private Task<string> EmployerOwedARefundAsync(string name) => host.EmployerOwedARefundAsync(name);

    private Task RelayAsync() =>
        host.HiringServices.GetServices<IHostedService>().OfType<OutboxRelay<HiringDbContext>>().Single().RelayOnceAsync(CancellationToken.None);

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_20_an_owed_stabilisation_refund_is_offered_once_with_its_clauses_and_accepted_into_the_counters_queue()
    {
        host.SetToday(new DateOnly(2023, 5, 10));
        var employer = await EmployerOwedARefundAsync("焦作免申稳岗有限公司");
        var agent = TestCallers.EmployerAgent(host.EmployerId(employer), "agent-offers-1");

        var offered = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers);
        var again = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers);
        await RelayAsync();
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest(), agent);

        Assert.Equal((OfferState.Open, SubsidyKind.StabilisationRefund, "失业保险稳岗返还", 600_000L), (offered.State, offered.Kind, offered.KindZh, offered.Amount.Fen));
        var item = Assert.Single(offered.Items);
        Assert.Equal(2022, item.RefundYear);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.layoff_rate" && c.Passed && c.Citations.Count > 0);
        // Opened twice, offered once and told once.
        Assert.Equal(offered.OfferId, again.OfferId);
        var message = Assert.Single(told.Messages, m => m.Message.RecordId == offered.OfferId);
        Assert.Equal("OFFERED", message.Message.Step);
        Assert.Contains("6000.00元", message.Message.BodyZh, StringComparison.Ordinal);

        var key = Guid.NewGuid().ToString();
        var claim = await host.Hiring.AcceptOfferAsync(new AcceptOfferRequest { IdempotencyKey = key, OfferId = offered.OfferId, PaymentAccount = Account }, agent);
        var retried = await host.Hiring.AcceptOfferAsync(new AcceptOfferRequest { IdempotencyKey = key, OfferId = offered.OfferId, PaymentAccount = Account }, agent);
        var queue = await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Status = ClaimStatus.Submitted, Kind = SubsidyKind.StabilisationRefund, Page = new PageRequest { PageSize = 200 } }, TestCallers.Counter());
        var settled = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers);
        await RelayAsync();
        var received = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = claim.ClaimId }, agent);

        Assert.Equal((ClaimStatus.Submitted, Channel.Offered, offered.OfferId, 600_000L), (claim.Status, claim.Channel, claim.OfferId, claim.Total.Fen));
        Assert.Equal(claim.ClaimId, retried.ClaimId);
        var queued = Assert.Single(queue.Claims, c => c.ClaimId == claim.ClaimId);
        Assert.Equal(Channel.Offered, queued.Channel);
        Assert.Equal(item.Explanation.Checks.Select(c => (c.RuleId, c.Passed)), Assert.Single(queued.Items).Explanation.Checks.Select(c => (c.RuleId, c.Passed)));
        Assert.Equal((OfferState.Accepted, claim.ClaimId), (settled.State, settled.ClaimId));
        Assert.Equal("RECEIVED", Assert.Single(received.Messages).Message.Step);
    }

    [Fact(Timeout = 180_000)]
    public async Task An_offer_the_counter_took_meanwhile_is_withdrawn_with_its_reason_and_cannot_be_accepted()
    {
        host.SetToday(new DateOnly(2023, 5, 11));
        var employer = await EmployerOwedARefundAsync("焦作免申撤回有限公司");
        var agent = TestCallers.EmployerAgent(host.EmployerId(employer), "agent-offers-2");
        var offered = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers);

        // The employer went to the counter instead: the claim there holds the refund year (R15).
        await host.Hiring.SubmitClaimAsync(new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new EmployerKey { CreditCode = employer },
            Kind = SubsidyKind.StabilisationRefund,
            PaymentAccount = Account,
        }, TestCallers.Counter());
        var withdrawn = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers);
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.AcceptOfferAsync(new AcceptOfferRequest { IdempotencyKey = Guid.NewGuid().ToString(), OfferId = offered.OfferId, PaymentAccount = Account }, agent).ResponseAsync);

        Assert.Equal((offered.OfferId, OfferState.Withdrawn), (withdrawn.OfferId, withdrawn.State));
        Assert.Contains("已在人社窗口受理", withdrawn.WithdrawnReasonZh, StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("已撤回", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Another_employers_agent_and_a_person_see_none_of_an_employers_offers_and_cannot_accept_one()
    {
        host.SetToday(new DateOnly(2023, 5, 12));
        var employer = await EmployerOwedARefundAsync("焦作免申本单位有限公司");
        var other = await host.EmployerAsync(name: "焦作免申他单位有限公司");
        var offered = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), TestCallers.EmployerAgent(host.EmployerId(employer), "agent-offers-3"))).Offers);
        var stranger = TestCallers.EmployerAgent(host.EmployerId(other), "agent-offers-4");

        var theirs = await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), stranger);
        var taken = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.AcceptOfferAsync(new AcceptOfferRequest { IdempotencyKey = Guid.NewGuid().ToString(), OfferId = offered.OfferId, PaymentAccount = Account }, stranger).ResponseAsync);
        var clerk = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), TestCallers.Counter()).ResponseAsync);

        Assert.DoesNotContain(theirs.Offers, o => o.OfferId == offered.OfferId);
        Assert.Equal(StatusCode.NotFound, taken.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, clerk.StatusCode);
    }
}
