using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.V1;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>The hiring service with a sample 免审即享 for Jiaozuo's 稳岗返还 in force from 2023-06-01 (R3: the bureau's choice).</summary>
public sealed class ReviewExemptHiringHost : HiringHost
{
    private readonly string _configuration = Directory.CreateTempSubdirectory("hiring-exempt-").FullName;

    protected override IEnumerable<string> HiringArguments
    {
        get
        {
            File.WriteAllText(Path.Combine(_configuration, "exempt-sample.yaml"), """
                values:
                  - key: hiring.stabilisation.offers_decided_without_review
                    value: true
                    unit: boolean
                    region: "410800"
                    from: 2023-06-01
                    source: 示例值，仅供测试 (sample for the hiring service tests)
                    sample: true
                """);
            return [$"--Policy:ConfigurationPaths:1={_configuration}"];
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_configuration, recursive: true);
    }
}

/// <summary>
/// 免审即享 (焦政办〔2024〕15号（二十）: 推广“直补快办”“免审即享”): where the bureau has put it in force for a measure, an
/// accepted offer's claim is approved at once, its items citing the configuration, the claimant told 审核通过, and it can go
/// on 公示 without a clerk's decision; accepted before the day it is in force, the claim waits for the clerk as before.
/// </summary>
public sealed class OffersWithoutReviewTests(ReviewExemptHiringHost host) : IClassFixture<ReviewExemptHiringHost>
{
    private const string Account = "6222000000000000007";

    [Fact(Timeout = 180_000)]
    public async Task Jz2024_15_20_an_offer_accepted_where_free_of_review_is_in_force_is_approved_at_once_and_not_before_that_day()
    {
        host.SetToday(new DateOnly(2023, 5, 31));
        var before = await AcceptedAsync("焦作免审前稳岗有限公司", "agent-exempt-1");
        host.SetToday(new DateOnly(2023, 6, 1));
        var agent = TestCallers.EmployerAgent(host.EmployerId(await host.EmployerOwedARefundAsync("焦作免审稳岗有限公司")), "agent-exempt-2");
        var offer = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers);
        var claim = await host.Hiring.AcceptOfferAsync(new AcceptOfferRequest { IdempotencyKey = Guid.NewGuid().ToString(), OfferId = offer.OfferId, PaymentAccount = Account }, agent);
        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest { IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { claim.ClaimId } }, TestCallers.Counter());
        await host.HiringServices.GetServices<IHostedService>().OfType<OutboxRelay<HiringDbContext>>().Single().RelayOnceAsync(CancellationToken.None);
        var told = await host.Registry.ListMyMessagesAsync(new ListMyMessagesRequest { RecordId = claim.ClaimId }, agent);

        Assert.Equal(ClaimStatus.Submitted, before.Status);
        Assert.Equal((ClaimStatus.Approved, Channel.Offered, 600_000L), (claim.Status, claim.Channel, claim.Total.Fen));
        var item = Assert.Single(claim.Items);
        Assert.Equal(ClaimStatus.Approved, item.Status);
        Assert.StartsWith("免审即享：按登记系统记录核准（配置值", item.DecisionReasonZh, StringComparison.Ordinal);
        Assert.Equal([claim.ClaimId], batch.RecordIds);
        Assert.Contains(told.Messages, m => m.Message.Step == "APPROVED");
        Assert.Contains("免审即享", told.Messages.Single(m => m.Message.Step == "RECEIVED").Message.BodyZh, StringComparison.Ordinal);
    }

    private async Task<HiringClaim> AcceptedAsync(string name, string agentId)
    {
        var agent = TestCallers.EmployerAgent(host.EmployerId(await host.EmployerOwedARefundAsync(name)), agentId);
        var offer = Assert.Single((await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent)).Offers);
        return await host.Hiring.AcceptOfferAsync(new AcceptOfferRequest { IdempotencyKey = Guid.NewGuid().ToString(), OfferId = offer.OfferId, PaymentAccount = Account }, agent);
    }
}
