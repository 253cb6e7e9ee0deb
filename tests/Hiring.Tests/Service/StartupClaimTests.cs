using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// The one-off start-up subsidy through the service: Henan's 开业补贴 (D09 cl.32, R14) and Jiaozuo's
/// 一次性创业补贴 (焦政办〔2023〕29号 cl.21) judged each on its own and paid once at the highest (R21), on
/// the entitlement date (R23), once per founder held by the database (R14), in the business's region (R27).
/// </summary>
public sealed class StartupClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private const string Henan = "一次性开业补贴（河南省《支持中小企业发展若干财税政策》第32条）";
    private const string Jiaozuo29 = "一次性创业补贴（焦政办〔2023〕29号 第21条）";
    private static readonly DateOnly Registered = new(2022, 9, 1);

    private static SubmitClaimRequest Claim(string business, string founder) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = business },
        Kind = SubsidyKind.Startup,
        Startup = new StartupItem { FounderIdNumber = founder, FirstBusiness = true, OperatedNormally = true, EvidenceReference = "市场监管登记 4108022022000123" },
        PaymentAccount = "6222000000000000002",
    };

    private Task<string> VeteranAsync(string residence = "410823") => host.PersonLivingInAsync(residence, new DateOnly(1990, 5, 1), Facts.Veteran(new DateOnly(2015, 9, 1)));

    private Task<string> GraduateAsync(string residence = "410823") => host.PersonLivingInAsync(residence, new DateOnly(1998, 5, 1), Facts.CollegeGraduate(new DateOnly(2020, 6, 30)));

    private Task<string> ShopAsync(string region = "410802", DateOnly? registered = null) =>
        host.EmployerAsync(region: region, kind: EntityKind.IndividualBusiness, name: "示例个体经营部", registeredOn: registered ?? Registered);

    private async Task<IReadOnlyList<HiringClaim>> ClaimsOfAsync(string creditCode, string counterRegion = "410800") =>
        (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = creditCode } }, TestCallers.Counter(counterRegion))).Claims;

    [Fact(Timeout = 120_000)]
    public async Task R21_jz_2023_29_21_a_veterans_individual_business_is_paid_5000_yuan_once_under_the_measure_that_pays()
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var shop = await ShopAsync();
        var request = Claim(shop, await VeteranAsync());

        var preview = await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter());
        var claim = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());

        var previewed = Assert.Single(preview.Items);
        Assert.True(previewed.Approved, previewed.Explanation.SummaryZh);
        Assert.Equal(500_000, previewed.Amount.Fen);
        Assert.Equal(SubsidyKind.Startup, claim.Kind);
        Assert.Equal(500_000, claim.Total.Fen);
        var item = Assert.Single(claim.Items);
        Assert.Equal(new CalendarDate { Year = 2023, Month = 9, Day = 1 }, item.EventDate); // registration + 1 year (R23)
        Assert.True(item.Startup.FirstBusiness);
        var paidOnce = Assert.Single(item.Explanation.Checks, c => c.RuleId == "startup.paid_once_at_highest");
        Assert.Contains(Jiaozuo29, paidOnce.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "startup.opening_subsidy.founder_group" && !c.Passed);
    }

    [Fact(Timeout = 120_000)]
    public async Task R14_a_founder_is_paid_once_a_second_business_is_ALREADY_EXISTS_naming_the_first_claim_and_a_rejection_frees_the_founder()
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var founder = await VeteranAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(await ShopAsync(), founder), TestCallers.Counter());
        var second = Claim(await ShopAsync(), founder);

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(second, TestCallers.Counter()).ResponseAsync);
        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = first.ClaimId, ExpectedVersion = first.Record.Version, ItemNo = 1, Approve = false, ReasonZh = "经营场所核查不符",
        }, TestCallers.Counter());
        second.IdempotencyKey = Guid.NewGuid().ToString();
        var afterRejection = await host.Hiring.SubmitClaimAsync(second, TestCallers.Counter());

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains(first.ClaimId, refused.Said(), StringComparison.Ordinal);
        Assert.Contains("startup.founder_id_number", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("once_per_person", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(500_000, afterRejection.Total.Fen);
    }

    [Fact(Timeout = 120_000)]
    public async Task R14_two_businesses_claiming_for_one_founder_at_once_store_one_claim_the_database_refuses_the_other()
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var founder = await VeteranAsync();
        var shops = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            shops.Add(await ShopAsync());
        }

        var attempts = await Task.WhenAll(shops.Select(async shop =>
        {
            try
            {
                return (Claim: await host.Hiring.SubmitClaimAsync(Claim(shop, founder), TestCallers.Counter()).ResponseAsync, Status: StatusCode.OK);
            }
            catch (RpcException e)
            {
                return (Claim: (HiringClaim?)null, Status: e.StatusCode);
            }
        }));

        Assert.Single(attempts, a => a.Status == StatusCode.OK);
        Assert.All(attempts.Where(a => a.Status != StatusCode.OK), a => Assert.Equal(StatusCode.AlreadyExists, a.Status));
        var stored = 0;
        foreach (var shop in shops)
        {
            stored += (await ClaimsOfAsync(shop)).Count;
        }

        Assert.Equal(1, stored);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(12, false)]  // entitled 2023-07-12: 29号 not yet in force, and Henan's measure does not cover veterans
    [InlineData(13, true)]   // entitled 2023-07-13: 29号's first day
    public async Task R23_the_rule_in_force_on_the_entitlement_date_applies(int day, bool paid)
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var request = Claim(await ShopAsync(registered: new DateOnly(2022, 7, day)), await VeteranAsync());

        var item = Assert.Single((await host.Hiring.PreviewClaimAsync(request, TestCallers.Counter())).Items);

        Assert.Equal(paid, item.Approved);
        Assert.Equal(paid, item.Explanation.Checks.Single(c => c.RuleId == "startup.first_self_employment_subsidy.policy_in_force").Passed);
    }

    [Fact(Timeout = 120_000)]
    public async Task R14_a_claim_before_a_year_of_operation_is_refused_naming_the_entitlement_rule()
    {
        host.SetToday(new DateOnly(2023, 8, 31));
        var request = Claim(await ShopAsync(), await VeteranAsync()); // entitled 2023-09-01

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("startup.first_self_employment_subsidy.entitled_by_claim_date", refused.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R31_R23_the_year_of_normal_operation_runs_to_the_received_date_not_to_the_day_of_entry()
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var early = Claim(await ShopAsync(), await VeteranAsync()); // entitled 2023-09-01
        early.ReceivedOn = new CalendarDate { Year = 2023, Month = 8, Day = 31 };
        early.ReceiptNumber = "创业受理 0831";
        var inTime = Claim(await ShopAsync(), await VeteranAsync());
        inTime.ReceivedOn = new CalendarDate { Year = 2023, Month = 9, Day = 1 };
        inTime.ReceiptNumber = "创业受理 0901";

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(early, TestCallers.Counter()).ResponseAsync);
        var paid = await host.Hiring.SubmitClaimAsync(inTime, TestCallers.Counter());

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("startup.first_self_employment_subsidy.entitled_by_claim_date", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(500_000, paid.Total.Fen);
        Assert.Equal(inTime.ReceivedOn, paid.ReceivedOn);
    }

    [Fact(Timeout = 120_000)]
    public async Task R27_R21_Jiyuan_refuses_a_veteran_whom_only_Jiaozuo_pays_and_pays_a_graduates_enterprise_under_Henan_D09_cl32()
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var jiyuanShop = await ShopAsync(region: "419001");
        var jiyuanFirm = await host.EmployerAsync(region: "419001", name: "济源示例创业有限公司", registeredOn: Registered);

        var veteran = Assert.Single((await host.Hiring.PreviewClaimAsync(Claim(jiyuanShop, await VeteranAsync(residence: "419001")), TestCallers.Counter("419001"))).Items);
        var graduate = await host.Hiring.SubmitClaimAsync(Claim(jiyuanFirm, await GraduateAsync(residence: "419001")), TestCallers.Counter("419001"));

        Assert.False(veteran.Approved);
        Assert.False(veteran.Explanation.Checks.Single(c => c.RuleId == "startup.first_self_employment_subsidy.policy_in_force").Passed);
        Assert.Equal(500_000, graduate.Total.Fen);
        Assert.Contains(Henan, graduate.Items.Single().Explanation.Checks.Single(c => c.RuleId == "startup.paid_once_at_highest").DescriptionZh, StringComparison.Ordinal);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("no_registration_date", StatusCode.FailedPrecondition, "employer.registration_date")]
    [InlineData("cooperative", StatusCode.FailedPrecondition, "employer.kind")]
    [InlineData("no_evidence", StatusCode.InvalidArgument, "startup.evidence_reference")]
    [InlineData("no_startup", StatusCode.InvalidArgument, "startup")]
    [InlineData("unknown_founder", StatusCode.NotFound, "startup.founder_id_number")]
    public async Task A_start_up_claim_the_facts_cannot_support_is_refused_naming_the_field_and_nothing_is_stored(string bad, StatusCode status, string field)
    {
        host.SetToday(new DateOnly(2023, 10, 1));
        var business = bad switch
        {
            "no_registration_date" => await host.EmployerAsync(kind: EntityKind.IndividualBusiness, name: "未登记日期个体户"),
            "cooperative" => await host.EmployerAsync(kind: EntityKind.Cooperative, name: "示例农民专业合作社", registeredOn: Registered),
            _ => await ShopAsync(),
        };
        var request = Claim(business, await VeteranAsync());
        switch (bad)
        {
            case "no_evidence":
                request.Startup.EvidenceReference = "";
                break;
            case "no_startup":
                request.Startup = null;
                break;
            case "unknown_founder":
                request.Startup.FounderIdNumber = "41082319900501999" + Employment.IdentityNumbers.ResidentIdNumber.ComputeCheckCharacter("41082319900501999");
                break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(status, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(business));
    }
}
