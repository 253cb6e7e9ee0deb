using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 正常经营 for the one-off start-up subsidy (R14, R23) in 免申即享 (焦政办〔2024〕15号（二十））, over real gRPC on PostgreSQL
/// with the registry and its agency exchange: a status a clerk typed in is a statement, on which the hall offers
/// nothing; market regulation's record of 正常经营, arriving in its batch, makes the owed list offer the subsidy with that
/// record as the claim's evidence; a business it records as 经营异常 since registration is owed nothing.
/// </summary>
public sealed class MarketStatusOffersTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Registered = new(2022, 9, 1);

    private async Task<string> FoundedByAVeteranAsync(string name) => (await FoundedAsync(name)).Shop;

    /// <summary>An individual business registered on <see cref="Registered"/>, and the veteran the registry records as its founder.</summary>
    private async Task<(string Shop, string Founder)> FoundedAsync(string name)
    {
        var shop = await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: name, registeredOn: Registered);
        var veteran = await host.PersonAsync(new DateOnly(1990, 5, 1), Facts.Veteran(new DateOnly(2015, 9, 1)));
        await host.PersonFactAsync(veteran, new PersonFact
        {
            Kind = PersonFactKind.BusinessOwner,
            Period = new DatePeriod { From = HiringHost.Date(Registered) },
            Authority = "市场监管部门",
            Business = new BusinessStart { BusinessCreditCode = shop, FirstBusiness = true },
        });
        return (shop, veteran);
    }

    private async Task<IReadOnlyList<SubsidyOffer>> StartupOffersAsync(string shop)
    {
        var agent = TestCallers.EmployerAgent(host.EmployerId(shop), "agent-" + shop);
        var offers = await host.Hiring.ListMyOffersAsync(new ListMyOffersRequest(), agent);
        return [.. offers.Offers.Where(o => o.Kind == SubsidyKind.Startup && o.State == OfferState.Open)];
    }

    [Fact(Timeout = 180_000)]
    public async Task R23_Jz2024_15_20_market_regulations_record_of_normal_operation_makes_the_start_up_subsidy_an_offer_a_clerks_statement_did_not()
    {
        host.SetToday(new DateOnly(2023, 12, 1));
        var stated = await FoundedByAVeteranAsync("免申示例个体经营部");
        var abnormal = await FoundedByAVeteranAsync("异常示例个体经营部");
        await host.EmployerFactAsync(stated, new EmployerFact
        {
            Source = "窗口核实",
            OperatingStatus = new OperatingStatus { Status = OperatingStatusKind.Operating, Period = new DatePeriod { From = HiringHost.Date(Registered) } },
        });

        var beforeTheRecord = await StartupOffersAsync(stated);
        var receipt = await AgencyBatches.SendAsync(host.Registry, AgencyBatches.Header(AgencySource.MarketRegulation, "MR-OFFER-01"), AgencyBatches.Utf8(
        [
            AgencyBatches.MarketStatusHeader,
            $"{stated},免申示例个体经营部,存续,{Registered:yyyy-MM-dd},",
            $"{abnormal},异常示例个体经营部,正常经营,{Registered:yyyy-MM-dd},",
            $"{abnormal},异常示例个体经营部,列入经营异常名录,2023-03-15,焦市监异〔2023〕12号",
        ]), TestCallers.Service("agency-exchange"));
        var afterTheRecord = await StartupOffersAsync(stated);
        var abnormalOffers = await StartupOffersAsync(abnormal);

        Assert.Empty(beforeTheRecord);
        // The clerk's statement of the same status is now market regulation's record; the abnormal shop's two are new.
        Assert.Equal((3L, 2L, 1L, 0L), (receipt.Received, receipt.Added, receipt.Confirmed, receipt.Conflicts));
        var offer = Assert.Single(afterTheRecord);
        Assert.True(offer.Amount.Fen > 0);
        var checks = Assert.Single(offer.Items).Explanation.Checks.Where(c => c.RuleId.EndsWith("operated_min_years", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(checks);
        Assert.Contains(checks, c => c.Passed && c.FactsUsed.Any(f => f.Source.Contains("市场监管部门 MR-OFFER-01：正常经营（2022-09-01 起）", StringComparison.Ordinal)));
        Assert.Empty(abnormalOffers);
    }

    [Fact(Timeout = 180_000)]
    public async Task R14_R23_a_business_whose_start_and_operation_the_registry_records_is_claimed_online_without_naming_a_document()
    {
        host.SetToday(new DateOnly(2023, 12, 1));
        var (shop, founder) = await FoundedAsync("网上免证明个体经营部");
        var agent = TestCallers.EmployerAgent(host.EmployerId(shop), "agent-" + shop);
        var unrecorded = new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Kind = SubsidyKind.Startup,
            Startup = new StartupItem { FounderIdNumber = founder },
            PaymentAccount = "6222000000000000009",
            Materials = { new Material { Kind = "business_licence", FileName = "营业执照.pdf", Content = Google.Protobuf.ByteString.CopyFrom([.. "%PDF-1.7\n%licence\n"u8.ToArray(), .. new byte[512]]) } },
        };

        // Market regulation has not yet recorded its operation: that much must be stated from a document.
        var beforeTheRecord = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.PreviewClaimAsync(unrecorded, agent).ResponseAsync);
        await AgencyBatches.SendAsync(host.Registry, AgencyBatches.Header(AgencySource.MarketRegulation, "MR-ONLINE-01"), AgencyBatches.Utf8(
        [
            AgencyBatches.MarketStatusHeader,
            $"{shop},网上免证明个体经营部,存续,{Registered:yyyy-MM-dd},",
        ]), TestCallers.Service("agency-exchange"));
        var claim = await host.Hiring.SubmitClaimAsync(unrecorded, agent);

        Assert.Equal(StatusCode.InvalidArgument, beforeTheRecord.StatusCode);
        Assert.Contains("登记系统没有正常经营的记录", beforeTheRecord.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(Channel.Online, claim.Channel);
        Assert.True(claim.Total.Fen > 0);
    }
}
