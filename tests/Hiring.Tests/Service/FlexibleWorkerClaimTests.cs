using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 灵活就业人员社会保险补贴 through the service (焦政办〔2023〕36号（十）, 29号 cl.4; R3, R20, R25, R27): the person is
/// the claimant (no employer), judged on the first subsidised month with the host's sample configuration
/// (share 60%, 36 months for 就业困难人员, 24 for graduates, pension and unemployment counted, medical not);
/// each person-month subsidised once across every claim (PostgreSQL's unique index).
/// </summary>
public sealed class FlexibleWorkerClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    /// <summary>A flexible worker's claim insured in 解放区 for <paramref name="months"/> months of 500.00元 pension from <paramref name="from"/>.</summary>
    internal static SubmitClaimRequest Claim(string idNumber, DateOnly from, int months, InsuranceScheme scheme = InsuranceScheme.Pension, string region = "410802")
    {
        var item = new FlexibleWorkerItem { PersonIdNumber = idNumber, InsuredRegion = new RegionCode { Code = region } };
        for (var i = 0; i < months; i++)
        {
            var month = from.AddMonths(i);
            item.Contributions.Add(new FlexibleContribution { Year = month.Year, Month = month.Month, Scheme = scheme, Paid = new Money { Fen = 50_000 } });
        }

        return new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Kind = SubsidyKind.FlexibleSocialInsurance,
            FlexibleWorker = item,
            PaymentAccount = "6222000000000000003",
        };
    }

    internal static PersonFact HardToEmploy(DateOnly from) => new()
    {
        Kind = PersonFactKind.EmploymentDifficulty,
        Period = new DatePeriod { From = HiringHost.Date(from) },
        Authority = "焦作市公共就业服务中心",
    };

    private Task<string> HardToEmployAsync(string residence = "410823") => host.PersonLivingInAsync(residence, new DateOnly(1975, 1, 1), HardToEmploy(new DateOnly(2022, 1, 1)));

    private Task<string> GraduateAsync() => host.PersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(new DateOnly(2022, 6, 30)));

    private async Task<int> FlexibleClaimsAsync(string region = "410800") =>
        (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Kind = SubsidyKind.FlexibleSocialInsurance, Page = new PageRequest { PageSize = 500 } }, TestCallers.Counter(region))).Claims.Count;

    [Fact(Timeout = 120_000)]
    public async Task R25_Jz36_10_the_person_claims_and_is_paid_the_configured_share_of_the_configured_schemes()
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var person = await HardToEmployAsync();
        var request = Claim(person, new DateOnly(2024, 1, 1), 3);
        request.FlexibleWorker.Contributions.Add(Claim(person, new DateOnly(2024, 1, 1), 3, InsuranceScheme.Medical).FlexibleWorker.Contributions);

        var claim = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter());

        Assert.Equal(SubsidyKind.FlexibleSocialInsurance, claim.Kind);
        Assert.Null(claim.Employer);
        Assert.Equal("410802", claim.Region.Code);
        Assert.Equal(3 * 30_000, claim.Total.Fen); // 60% (sample) × 500.00元 × 3 pension months; medical not configured in
        var item = Assert.Single(read.Items);
        Assert.Equal(new[] { "2024-01", "2024-02", "2024-03" }, item.SubsidisedMonths);
        Assert.Matches("^410823\\*{8}[0-9X]{4}$", item.FlexibleWorker.PersonIdNumber);
        Assert.Equal(6, item.FlexibleWorker.Contributions.Count);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.si_flexible.target_group" && c.Passed && c.Citations.Any(x => x.Clause == "（十）"));

        // The person following the claim reads its kind by the kind's own name, not a generic one.
        var progress = await host.Cases.GetApplicationProgressAsync(new ApplicationProgressRequest { Reference = claim.ClaimId, Code = claim.ProgressCode }, TestCallers.Public());
        Assert.Equal("灵活就业人员社会保险补贴申请", progress.KindZh);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(6, true)]    // graduated 2022-06-30: 2024-06 is the window's last month (离校2年内)
    [InlineData(7, false)]   // 2024-07: outside
    public async Task R25_the_graduate_window_is_judged_on_the_first_subsidised_month_and_its_last_month_is_paid(int firstMonth, bool paid)
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var request = Claim(await GraduateAsync(), new DateOnly(2024, firstMonth, 1), 6);
        var before = await FlexibleClaimsAsync();

        if (paid)
        {
            Assert.Equal(6 * 30_000, (await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter())).Total.Fen);
            return;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.si_flexible.target_group", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(before, await FlexibleClaimsAsync());
    }

    [Theory(Timeout = 120_000)]
    [InlineData(true, 2025, 11, new[] { "2025-11", "2025-12" })]   // 就业困难人员: 36 months from 2023-01
    [InlineData(false, 2024, 11, new[] { "2024-11", "2024-12" })]  // graduate: 24 months from 2023-01
    public async Task R25_each_groups_configured_duration_runs_from_the_first_month_of_the_persons_earlier_claim(bool hardToEmploy, int year, int month, string[] expected)
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var person = hardToEmploy ? await HardToEmployAsync() : await GraduateAsync();
        await host.Hiring.SubmitClaimAsync(Claim(person, new DateOnly(2023, 1, 1), 3), TestCallers.Counter());

        var later = await host.Hiring.SubmitClaimAsync(Claim(person, new DateOnly(year, month, 1), 3), TestCallers.Counter());

        Assert.Equal(expected, later.Items[0].SubsidisedMonths);
        Assert.Equal(expected.Length * 30_000, later.Total.Fen);
        Assert.Equal(HiringHost.Date(new DateOnly(2023, 1, 1)), later.Items[0].EventDate);
    }

    [Fact(Timeout = 120_000)]
    public async Task R21_R25_a_person_month_already_subsidised_is_ALREADY_EXISTS_naming_the_first_claim_and_nothing_is_stored()
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var person = await HardToEmployAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(person, new DateOnly(2024, 1, 1), 3), TestCallers.Counter());
        var before = await FlexibleClaimsAsync();

        var preview = await host.Hiring.PreviewClaimAsync(Claim(person, new DateOnly(2024, 3, 1), 3), TestCallers.Counter());
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Claim(person, new DateOnly(2024, 3, 1), 3), TestCallers.Counter()).ResponseAsync);

        Assert.False(preview.Items[0].Approved);
        Assert.Equal(first.ClaimId, preview.Items[0].ConflictingClaimReference);
        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains(first.ClaimId, refused.Said(), StringComparison.Ordinal);
        Assert.Contains("2024-03", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.si.month_paid_once", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(before, await FlexibleClaimsAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task R27_Jiyuan_has_no_flexible_workers_subsidy_in_the_catalog()
    {
        host.SetToday(new DateOnly(2026, 2, 1));

        var preview = await host.Hiring.PreviewClaimAsync(Claim(await HardToEmployAsync(residence: "419001"), new DateOnly(2024, 1, 1), 3, region: "419001"), TestCallers.Counter("419001"));

        Assert.False(preview.Items[0].PolicyInForce);
        Assert.False(preview.Items[0].Approved);
        Assert.Contains(preview.Items[0].Explanation.Checks, c => c.RuleId == "hiring.si_flexible.policy_in_force" && !c.Passed);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("check_character", "flexible_worker.person_id_number")]
    [InlineData("employer", "employer")]
    [InlineData("negative", "flexible_worker.contributions[0].paid")]
    [InlineData("work_injury", "flexible_worker.contributions[0].scheme")]
    [InlineData("no_region", "flexible_worker.insured_region")]
    [InlineData("hires", "hires")]
    public async Task Bad_flexible_worker_claims_are_INVALID_ARGUMENT_naming_the_field_and_nothing_is_stored(string bad, string field)
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var person = await HardToEmployAsync();
        var request = Claim(person, new DateOnly(2024, 1, 1), 2);
        switch (bad)
        {
            case "check_character":
                request.FlexibleWorker.PersonIdNumber = person[..17] + (person[17] == '0' ? '1' : '0');
                break;
            case "employer":
                request.Employer = new EmployerKey { CreditCode = "91410800MA0000001X" };
                break;
            case "negative":
                request.FlexibleWorker.Contributions[0].Paid = new Money { Fen = -1 };
                break;
            case "work_injury":
                request.FlexibleWorker.Contributions[0].Scheme = InsuranceScheme.WorkInjury;
                break;
            case "no_region":
                request.FlexibleWorker.InsuredRegion = null;
                break;
            case "hires":
                request.Hires.Add(Claims.Hire(person, new DateOnly(2024, 1, 1)));
                break;
        }

        var before = await FlexibleClaimsAsync();
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
        Assert.Equal(before, await FlexibleClaimsAsync());
    }
}

/// <summary>R3 for flexible workers: a host that configures no social-insurance values refuses the claim naming the key, region and date.</summary>
public sealed class FlexibleWorkerUnconfiguredTests(HiringHostWithoutSocialInsuranceValues host) : IClassFixture<HiringHostWithoutSocialInsuranceValues>
{
    [Fact(Timeout = 120_000)]
    public async Task R3_an_unconfigured_flexible_worker_value_is_FAILED_PRECONDITION_naming_key_region_and_date()
    {
        host.SetToday(new DateOnly(2026, 2, 1));
        var person = await host.PersonAsync(new DateOnly(1975, 1, 1), FlexibleWorkerClaimTests.HardToEmploy(new DateOnly(2022, 1, 1)));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(FlexibleWorkerClaimTests.Claim(person, new DateOnly(2024, 1, 1), 3), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hiring.social_insurance_subsidy.flexible.", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("410802", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("2024-01-01", refused.Said(), StringComparison.Ordinal);
    }
}
