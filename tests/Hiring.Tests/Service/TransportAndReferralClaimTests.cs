using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 一次性交通补助 (焦政办〔2024〕15号（九）) and 职业介绍补贴 (豫政办〔2022〕14号 四、) through the service (R3, R26, R27) with
/// the sample configuration of sample-configuration/referral-and-transport.yaml: 修武县 (410821) 300元 once a
/// year, 博爱县 (410822) 500元 twice a year; referrals 200元 in Jiaozuo and 150元 in Jiyuan. The county's places
/// and each placement are held by PostgreSQL's unique index.
/// </summary>
public sealed class TransportAndReferralClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly WorkStart = new(2024, 3, 1);

    private static SubmitClaimRequest Transport(string idNumber, string county, DateOnly? workStart = null, string workPlace = "440300") => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Kind = SubsidyKind.Transport,
        Transport = new TransportItem
        {
            PersonIdNumber = idNumber,
            County = new RegionCode { Code = county },
            WorkStart = HiringHost.Date(workStart ?? WorkStart),
            WorkPlace = new RegionCode { Code = workPlace },
            EvidenceReference = "务工证明 深圳 2024-001",
        },
        PaymentAccount = "6222000000000000004",
    };

    private Task<string> PovertyAlleviatedAsync() => host.PersonAsync(new DateOnly(1990, 1, 1), new PersonFact
    {
        Kind = PersonFactKind.PovertyAlleviated,
        Period = new DatePeriod { From = HiringHost.Date(new DateOnly(2021, 1, 1)) },
        Authority = "焦作市乡村振兴局",
    });

    private static SubmitClaimRequest Referral(string agency, string idNumber, string employer, DateOnly start, bool licensed = true, bool free = true) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = agency },
        Kind = SubsidyKind.JobReferral,
        Referrals =
        {
            new ReferralItem
            {
                PersonIdNumber = idNumber,
                EmployerCreditCode = employer,
                ContractStart = HiringHost.Date(start),
                ContractEnd = HiringHost.Date(start.AddYears(1).AddDays(-1)),
                FreeOfCharge = free,
            },
        },
        ReferralAgency = new ReferralAgencyEvidence { Licensed = licensed, EvidenceReference = licensed ? "人力资源服务许可证 豫人服证字 0001" : "" },
        PaymentAccount = "6222000000000000005",
    };

    private async Task<int> ClaimsAsync(SubsidyKind kind, string region = "410800") =>
        (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Kind = kind, Page = new PageRequest { PageSize = 500 } }, TestCallers.Counter(region))).Claims.Count;

    [Fact(Timeout = 120_000)]
    public async Task R26_Jz15_9_each_county_pays_its_configured_amount_up_to_its_yearly_count_held_in_the_database()
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var person = await PovertyAlleviatedAsync();

        var xiuwu = await host.Hiring.SubmitClaimAsync(Transport(person, "410821"), TestCallers.Counter());
        var xiuwuAgain = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Transport(person, "410821", new DateOnly(2024, 9, 1)), TestCallers.Counter()).ResponseAsync);
        var xiuwuNextYear = await host.Hiring.SubmitClaimAsync(Transport(person, "410821", new DateOnly(2025, 1, 10)), TestCallers.Counter());
        // Another person for 博爱's count: a person's places count across counties (the next test).
        var other = await PovertyAlleviatedAsync();
        var boai1 = await host.Hiring.SubmitClaimAsync(Transport(other, "410822"), TestCallers.Counter());
        var boai2 = await host.Hiring.SubmitClaimAsync(Transport(other, "410822", new DateOnly(2024, 9, 1)), TestCallers.Counter());
        var boai3 = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Transport(other, "410822", new DateOnly(2024, 11, 1)), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(30_000, xiuwu.Total.Fen);
        Assert.Null(xiuwu.Employer);
        Assert.Equal("410821", xiuwu.Region.Code);
        Assert.Matches("^410823\\*{8}[0-9X]{4}$", xiuwu.Items[0].Transport.PersonIdNumber);
        Assert.Equal(StatusCode.AlreadyExists, xiuwuAgain.StatusCode);
        Assert.Contains(xiuwu.ClaimId, xiuwuAgain.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.transport.per_year", xiuwuAgain.Said(), StringComparison.Ordinal);
        Assert.Equal(30_000, xiuwuNextYear.Total.Fen);
        Assert.Equal(50_000, boai1.Total.Fen);
        Assert.Equal(50_000, boai2.Total.Fen);
        Assert.Equal(StatusCode.AlreadyExists, boai3.StatusCode);
        Assert.Contains(boai1.ClaimId, boai3.Said(), StringComparison.Ordinal);
        Assert.Contains(boai2.ClaimId, boai3.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R26_Jz15_9_a_persons_places_count_across_counties_against_the_paying_countys_yearly_count()
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var person = await PovertyAlleviatedAsync();

        var boai = await host.Hiring.SubmitClaimAsync(Transport(person, "410822"), TestCallers.Counter());
        // 修武 pays once a year: the place 博爱 paid in 2024 already counts.
        var xiuwu = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Transport(person, "410821", new DateOnly(2024, 9, 1)), TestCallers.Counter()).ResponseAsync);
        var xiuwuPreview = Assert.Single((await host.Hiring.PreviewClaimAsync(Transport(person, "410821", new DateOnly(2024, 9, 1)), TestCallers.Counter())).Items);
        // 博爱 pays twice a year: its second place is still free.
        var boaiSecond = await host.Hiring.SubmitClaimAsync(Transport(person, "410822", new DateOnly(2024, 10, 1)), TestCallers.Counter());
        var xiuwuNextYear = await host.Hiring.SubmitClaimAsync(Transport(person, "410821", new DateOnly(2025, 1, 10)), TestCallers.Counter());

        Assert.Equal(50_000, boai.Total.Fen);
        Assert.Equal(StatusCode.AlreadyExists, xiuwu.StatusCode);
        Assert.Contains(boai.ClaimId, xiuwu.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.transport.per_year", xiuwu.Said(), StringComparison.Ordinal);
        Assert.False(xiuwuPreview.Approved);
        var perYear = Assert.Single(xiuwuPreview.Explanation.Checks, c => c.RuleId == "hiring.transport.per_year");
        Assert.Contains(perYear.FactsUsed, f => f.Name == "本年度已享受（各县合计）" && f.Value == "1次");
        Assert.Equal(50_000, boaiSecond.Total.Fen);
        Assert.Equal(30_000, xiuwuNextYear.Total.Fen);
    }

    [Fact(Timeout = 120_000)]
    public async Task R26_four_concurrent_transport_claims_for_a_once_a_year_county_store_one_and_a_rejection_frees_the_place()
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var person = await PovertyAlleviatedAsync();
        var before = await ClaimsAsync(SubsidyKind.Transport);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return await host.Hiring.SubmitClaimAsync(Transport(person, "410821"), TestCallers.Counter());
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.AlreadyExists)
            {
                return null;
            }
        }));
        var stored = Assert.Single(attempts, a => a is not null)!;
        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = stored.ClaimId, ExpectedVersion = stored.Record.Version, ItemNo = 1, Approve = false, ReasonZh = "务工证明不实",
        }, TestCallers.Counter());
        var afterRejection = await host.Hiring.SubmitClaimAsync(Transport(person, "410821"), TestCallers.Counter());

        Assert.Equal(before + 2, await ClaimsAsync(SubsidyKind.Transport));
        Assert.Equal(30_000, afterRejection.Total.Fen);
    }

    [Fact(Timeout = 120_000)]
    public async Task R26_work_inside_Henan_is_refused_and_an_unconfigured_county_is_FAILED_PRECONDITION_naming_key_region_and_date()
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var person = await PovertyAlleviatedAsync();
        var before = await ClaimsAsync(SubsidyKind.Transport);

        var inHenan = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Transport(person, "410821", workPlace: "410102"), TestCallers.Counter()).ResponseAsync);
        var unconfigured = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Transport(person, "410823"), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, inHenan.StatusCode);
        Assert.Contains("hiring.transport.outside_province", inHenan.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, unconfigured.StatusCode);
        Assert.Contains("hiring.transport_subsidy.", unconfigured.Said(), StringComparison.Ordinal);
        Assert.Contains("410823", unconfigured.Said(), StringComparison.Ordinal);
        Assert.Contains("2024-03-01", unconfigured.Said(), StringComparison.Ordinal);
        Assert.Equal(before, await ClaimsAsync(SubsidyKind.Transport));
    }

    [Theory(Timeout = 120_000)]
    [InlineData("410800", 20_000)]
    [InlineData("419001", 15_000)]  // Henan's measure: Jiyuan pays it too (R27)
    public async Task R26_R27_the_referral_subsidy_is_Henans_so_Jiaozuo_and_Jiyuan_agencies_are_paid_their_configured_amount(string region, long expectedFen)
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var agency = await host.EmployerAsync(region == "419001" ? "419001" : "410802", name: "示例人力资源有限公司");
        var employer = await host.EmployerAsync(name: "焦作示例录用有限公司");
        var seeker = await host.PersonLivingInAsync(region == "419001" ? "419001" : "410823", new DateOnly(1995, 5, 5));

        var claim = await host.Hiring.SubmitClaimAsync(Referral(agency, seeker, employer, new DateOnly(2024, 5, 1)), TestCallers.Counter(region));

        Assert.Equal(SubsidyKind.JobReferral, claim.Kind);
        Assert.Equal(expectedFen, claim.Total.Fen);
        Assert.Equal(employer, claim.Items[0].Referral.EmployerCreditCode);
        Assert.Contains(claim.Items[0].Explanation.Checks, c => c.RuleId == "hiring.referral.amount" && c.Passed);
    }

    [Fact(Timeout = 120_000)]
    public async Task R26_a_placement_is_paid_once_whichever_agency_claims_it_and_a_new_contract_is_a_new_placement()
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var first = await host.EmployerAsync(name: "示例人力资源一有限公司");
        var second = await host.EmployerAsync(name: "示例人力资源二有限公司");
        var employer = await host.EmployerAsync(name: "焦作示例录用有限公司");
        var seeker = await host.PersonAsync(new DateOnly(1995, 5, 5));
        var claimed = await host.Hiring.SubmitClaimAsync(Referral(first, seeker, employer, new DateOnly(2024, 5, 1)), TestCallers.Counter());

        var preview = await host.Hiring.PreviewClaimAsync(Referral(second, seeker, employer, new DateOnly(2024, 5, 1)), TestCallers.Counter());
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Referral(second, seeker, employer, new DateOnly(2024, 5, 1)), TestCallers.Counter()).ResponseAsync);
        var newPlacement = await host.Hiring.SubmitClaimAsync(Referral(second, seeker, employer, new DateOnly(2024, 10, 1)), TestCallers.Counter());

        Assert.False(preview.Items[0].Approved);
        Assert.Equal(claimed.ClaimId, preview.Items[0].ConflictingClaimReference);
        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains(claimed.ClaimId, refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.referral.once_per_placement", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(20_000, newPlacement.Total.Fen);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(false, true, "hiring.referral.licensed_agency")]
    [InlineData(true, false, "hiring.referral.free_placement")]
    public async Task R26_an_unlicensed_agency_or_a_charged_placement_is_refused_with_nothing_stored(bool licensed, bool free, string rule)
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var agency = await host.EmployerAsync(name: "示例中介有限公司");
        var before = await ClaimsAsync(SubsidyKind.JobReferral);

        var request = Referral(agency, await host.PersonAsync(new DateOnly(1995, 5, 5)), await host.EmployerAsync(), new DateOnly(2024, 5, 1), licensed, free);

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains(rule, refused.Said(), StringComparison.Ordinal);
        Assert.Equal(before, await ClaimsAsync(SubsidyKind.JobReferral));
    }

    [Theory(Timeout = 120_000)]
    [InlineData("transport_in_the_future", "transport.work_start")]
    [InlineData("transport_no_evidence", "transport.evidence_reference")]
    [InlineData("transport_employer", "employer")]
    [InlineData("referral_no_licence_evidence", "referral_agency.evidence_reference")]
    [InlineData("referral_bad_employer", "referrals[0].employer_credit_code")]
    [InlineData("referral_ends_before_start", "referrals[0].contract_end")]
    public async Task Bad_transport_or_referral_claims_are_INVALID_ARGUMENT_naming_the_field(string bad, string field)
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var person = await PovertyAlleviatedAsync();
        var agency = await host.EmployerAsync(name: "示例人力资源有限公司");
        var request = bad.StartsWith("transport", StringComparison.Ordinal)
            ? Transport(person, "410821")
            : Referral(agency, person, await host.EmployerAsync(), new DateOnly(2024, 5, 1));
        switch (bad)
        {
            case "transport_in_the_future":
                request.Transport.WorkStart = HiringHost.Date(new DateOnly(2025, 2, 2));
                break;
            case "transport_no_evidence":
                request.Transport.EvidenceReference = " ";
                break;
            case "transport_employer":
                request.Employer = new EmployerKey { CreditCode = agency };
                break;
            case "referral_no_licence_evidence":
                request.ReferralAgency.EvidenceReference = "";
                break;
            case "referral_bad_employer":
                request.Referrals[0].EmployerCreditCode = "91410800MA00000000";
                break;
            case "referral_ends_before_start":
                request.Referrals[0].ContractEnd = HiringHost.Date(new DateOnly(2024, 4, 30));
                break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
    }
}
