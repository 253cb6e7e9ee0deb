using Employment.Common.V1;
using Employment.Loans.V1;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Loans.Tests.Service;

/// <summary>
/// The public loan self-check (CheckLoan) over real gRPC with no token: each branch of R4–R7 judged on
/// stated facts by the same product rules the bank's query uses, and Jiaozuo's values never reaching
/// Jiyuan. Amounts in fen: 1万元 = 1_000_000 fen.
/// </summary>
public sealed class LoanSelfCheckTests(LoansHost host) : IClassFixture<LoansHost>
{
    private const long Wan = 1_000_000;
    private const long Yuan = 100;
    private const string Jiaozuo = "410800";
    private const string Jiyuan = "419001";

    private static LoanSelfCheckRequest Individual(string region, int year, long amountFen, params StatedGroup[] groups)
    {
        var request = new LoanSelfCheckRequest
        {
            BorrowerKind = BorrowerKind.Individual,
            Region = new RegionCode { Code = region },
            IntendedIssueDate = new CalendarDate { Year = year, Month = 3, Day = 1 },
            RequestedAmount = new Money { Fen = amountFen },
        };
        request.Groups.AddRange(groups);
        return request;
    }

    private Task<LoanSelfCheck> CheckAsync(LoanSelfCheckRequest request) => host.Loans.CheckLoanAsync(request).ResponseAsync;

    private static ProductOffer Offer(LoanSelfCheck answer, string productId) => Assert.Single(answer.Offers, o => o.ProductId == productId);

    private static Check CheckOf(ProductOffer offer, string ruleId) => Assert.Single(offer.Explanation.Checks, c => c.RuleId == ruleId);

    private static IEnumerable<Citation> Citations(LoanSelfCheck answer) =>
        answer.Offers.SelectMany(o => o.Explanation.Checks).Concat(answer.Explanation.Checks).SelectMany(c => c.Citations);

    [Fact]
    public async Task R4_Jiaozuo_2024_individual_registered_unemployed_gets_the_30_wan_cap_at_half_share_from_JZ_2024_15()
    {
        var answer = await CheckAsync(Individual(Jiaozuo, 2024, 5 * Wan, StatedGroup.RegisteredUnemployed));

        var offer = Offer(answer, "individual.subsidised");
        Assert.True(offer.Eligible);
        Assert.True(answer.Eligible);
        Assert.Equal(30 * Wan, offer.TotalCap.Fen);
        Assert.Equal(500_000, offer.SubsidyShare.Ppm); // 50%
        Assert.Contains(CheckOf(offer, "loans.individual.amount_within_subsidised_cap").Citations, c => c.DocumentNumber == "焦政办〔2024〕15号");
        Assert.True(Assert.Single(answer.Explanation.Checks, c => c.RuleId == "loans.personal_subsidy_conditions").Passed);
        Assert.Contains(answer.Explanation.Checks, c => c.RuleId == "category.registered_unemployed" && c.Passed);
    }

    [Fact]
    public async Task R4_Jiaozuo_2023_individual_graduate_gets_the_20_wan_cap_in_full_share()
    {
        var request = Individual(Jiaozuo, 2023, 5 * Wan, StatedGroup.CollegeGraduate);
        request.GraduationDate = new CalendarDate { Year = 2022, Month = 6, Day = 30 };
        var answer = await CheckAsync(request);

        var offer = Offer(answer, "individual.subsidised");
        Assert.True(offer.Eligible);
        Assert.Equal(20 * Wan, offer.TotalCap.Fen);
        Assert.Equal(1_000_000, offer.SubsidyShare.Ppm); // 100%
    }

    [Fact]
    public async Task R4_without_a_stated_group_the_subsidised_loan_fails_its_personal_conditions_and_the_unsubsidised_is_still_offered()
    {
        var answer = await CheckAsync(Individual(Jiaozuo, 2024, 5 * Wan));

        var subsidised = Offer(answer, "individual.subsidised");
        Assert.False(subsidised.Eligible);
        Assert.False(CheckOf(subsidised, "loans.individual.personal_subsidy_conditions").Passed);
        Assert.True(Offer(answer, "individual.unsubsidised").Eligible);
        Assert.False(Assert.Single(answer.Explanation.Checks, c => c.RuleId == "loans.personal_subsidy_conditions").Passed);
    }

    [Fact]
    public async Task R2_no_Jiaozuo_cap_reaches_Jiyuan_an_individual_there_is_told_the_full_subsidy_its_documents_promise_and_that_they_set_no_cap()
    {
        // The place, not the date, is the reason: 济管〔2023〕19号 82. gives individual loans 全额贴息 but no cap.
        var answer = await CheckAsync(Individual(Jiyuan, 2024, 5 * Wan, StatedGroup.RegisteredUnemployed));

        Assert.False(answer.Eligible);
        Assert.Empty(answer.Offers);
        var inForce = Assert.Single(answer.Explanation.Checks, c => c.RuleId == "loans.product_in_force");
        Assert.StartsWith("济源示范区的文件规定该类借款人的创业担保贷款贴息比例为 100%（济管〔2023〕19号 82.）", inForce.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains("没有规定贷款额度上限，本平台无法测算可贷额度", inForce.DescriptionZh, StringComparison.Ordinal);
        Assert.DoesNotContain("有效期内", inForce.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains(inForce.Citations, c => c.DocumentNumber == "济管〔2023〕19号");
        Assert.DoesNotContain(inForce.Citations, c => c.DocumentNumber.Contains("焦", StringComparison.Ordinal));
    }

    [Fact]
    public async Task R2_where_a_place_sets_neither_cap_nor_subsidy_for_the_borrower_the_answer_says_it_has_no_such_product()
    {
        var request = Individual(Jiyuan, 2024, 5 * Wan, StatedGroup.RegisteredUnemployed);
        request.BorrowerKind = BorrowerKind.IndividualBusiness;
        var answer = await CheckAsync(request);

        Assert.Empty(answer.Offers);
        var inForce = Assert.Single(answer.Explanation.Checks, c => c.RuleId == "loans.product_in_force");
        Assert.StartsWith("济源示范区的政策", inForce.DescriptionZh, StringComparison.Ordinal);   // the place by its name
        Assert.Contains("没有规定该类借款人的创业担保贷款产品", inForce.DescriptionZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R5_Jiyuan_small_micro_enterprise_gets_Henans_cap_and_never_a_Jiaozuo_citation()
    {
        var request = new LoanSelfCheckRequest
        {
            BorrowerKind = BorrowerKind.SmallMicroEnterprise,
            Region = new RegionCode { Code = Jiyuan },
            IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
            RequestedAmount = new Money { Fen = 100 * Wan },
            Staffing = new EnterpriseStaffing { CurrentStaff = 20, QualifyingNewHiresThisYear = 5 },
        };
        var jiyuan = await CheckAsync(request);
        request.Region = new RegionCode { Code = Jiaozuo };
        var jiaozuo = await CheckAsync(request);

        Assert.Equal(300 * Wan, Offer(jiyuan, "small_micro.subsidised").TotalCap.Fen);
        Assert.Equal(400 * Wan, Offer(jiaozuo, "small_micro.subsidised").TotalCap.Fen);
        Assert.DoesNotContain(Citations(jiyuan), c => c.Region?.Code == Jiaozuo);
        Assert.DoesNotContain(jiyuan.Explanation.Checks, c => c.RuleId == "loans.personal_subsidy_conditions");
    }

    [Theory]
    [InlineData(2, false)] // 10% of 20 staff: under the 15% the catalog asks
    [InlineData(3, true)]  // 15%: met
    public async Task R5_the_small_micro_hiring_ratio_is_judged_on_the_stated_staff(int hires, bool met)
    {
        var answer = await CheckAsync(new LoanSelfCheckRequest
        {
            BorrowerKind = BorrowerKind.SmallMicroEnterprise,
            Region = new RegionCode { Code = Jiaozuo },
            IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
            RequestedAmount = new Money { Fen = 100 * Wan },
            Staffing = new EnterpriseStaffing { CurrentStaff = 20, QualifyingNewHiresThisYear = hires },
        });

        Assert.Equal(met, CheckOf(Offer(answer, "small_micro.subsidised"), "loans.small_micro.hiring_ratio").Passed);
    }

    [Theory]
    [InlineData(24, true)]
    [InlineData(36, false)]
    public async Task R5_the_term_asked_is_judged_against_the_small_micro_term_limit(int months, bool within)
    {
        var answer = await CheckAsync(new LoanSelfCheckRequest
        {
            BorrowerKind = BorrowerKind.SmallMicroEnterprise,
            Region = new RegionCode { Code = Jiaozuo },
            IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
            RequestedAmount = new Money { Fen = 100 * Wan },
            TermMonths = months,
            Staffing = new EnterpriseStaffing { CurrentStaff = 20, QualifyingNewHiresThisYear = 5 },
            GuarantorMonthlyContributions = { new Money { Fen = 30_000 * Yuan } }, // 40 × 30,000 元 covers 100万
        });

        var offer = Offer(answer, "small_micro.subsidised");
        Assert.Equal(24, offer.MaxTermMonths);
        Assert.Equal(within, CheckOf(offer, "loans.small_micro.term_limit").Passed);
        Assert.Equal(within, offer.Eligible);
    }

    [Fact]
    public async Task R6_a_person_who_had_three_subsidised_loans_gets_no_fourth()
    {
        var request = Individual(Jiaozuo, 2024, 5 * Wan, StatedGroup.Veteran);
        request.SubsidisedLoansSoFar = 3;
        var answer = await CheckAsync(request);

        var offer = Offer(answer, "individual.subsidised");
        Assert.False(CheckOf(offer, "loans.subsidised_loans.within_max_count").Passed);
        Assert.Equal(0, answer.RemainingSubsidisedLoans);
    }

    [Fact]
    public async Task R7_a_Jiaozuo_individual_loan_up_to_the_exempt_amount_needs_no_counter_guarantee()
    {
        var answer = await CheckAsync(Individual(Jiaozuo, 2024, 10 * Wan, StatedGroup.Disabled));

        var offer = Offer(answer, "individual.subsidised");
        Assert.False(offer.CounterGuaranteeRequired);
        Assert.True(CheckOf(offer, "loans.counter_guarantee.small_individual_loan_exempt").Passed);
    }

    [Theory]
    [InlineData(2000 * Yuan, false)] // 40 × 2,000 元 = 80,000 元 < 200,000 元
    [InlineData(5000 * Yuan, true)]  // 40 × 5,000 元 = 200,000 元
    public async Task R7_above_the_exempt_amount_the_guarantors_stated_contributions_must_cover_the_loan(long monthlyFen, bool covered)
    {
        var request = Individual(Jiaozuo, 2024, 20 * Wan, StatedGroup.PovertyAlleviated);
        request.GuarantorMonthlyContributions.Add(new Money { Fen = monthlyFen });
        var answer = await CheckAsync(request);

        var offer = Offer(answer, "individual.subsidised");
        Assert.True(offer.CounterGuaranteeRequired);
        Assert.Equal(40 * monthlyFen, offer.GuarantorCapacity.Fen);
        Assert.Equal(covered, CheckOf(offer, "loans.counter_guarantee.capacity_covers_amount").Passed);
    }

    [Fact]
    public async Task R4_a_stated_honour_offers_the_honours_products_without_counter_guarantee()
    {
        var request = Individual(Jiaozuo, 2024, 15 * Wan);
        request.Honours = true;
        var answer = await CheckAsync(request);

        var offer = Offer(answer, "honours.subsidised");
        Assert.True(offer.Eligible);
        Assert.False(offer.CounterGuaranteeRequired);
    }

    [Fact]
    public async Task R1_an_amount_above_every_cap_in_force_is_an_answer_not_eligible_naming_the_largest_cap()
    {
        var answer = await CheckAsync(Individual(Jiaozuo, 2024, 1000 * Wan));

        Assert.False(answer.Eligible);
        Assert.All(answer.Offers, o => Assert.False(o.Eligible));
        Assert.False(Assert.Single(answer.Explanation.Checks, c => c.RuleId == "loans.amount_within_largest_cap").Passed);
    }

    public static TheoryData<string, Action<LoanSelfCheckRequest>> BadInputs => new()
    {
        { "borrower_kind", r => r.BorrowerKind = BorrowerKind.Unspecified },
        { "region", r => r.Region = null },
        { "requested_amount", r => r.RequestedAmount = new Money { Fen = 0 } },
        { "term_months", r => r.TermMonths = -1 },
        { "groups[1]", r => r.Groups.Add(StatedGroup.Unspecified) },
        { "graduation_date", r => r.Groups.Add(StatedGroup.CollegeGraduate) },
        { "subsidised_loans_so_far", r => r.SubsidisedLoansSoFar = -1 },
        { "staffing", r => r.Staffing = new EnterpriseStaffing { CurrentStaff = -1 } },
        { "guarantor_monthly_contributions[0]", r => r.GuarantorMonthlyContributions.Add(new Money { Fen = -1 }) },
        { "intended_issue_date", r => r.IntendedIssueDate = new CalendarDate { Year = 2024, Month = 2, Day = 30 } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_INVALID_ARGUMENT_naming_the_field(string field, Action<LoanSelfCheckRequest> spoil)
    {
        var request = Individual(Jiaozuo, 2024, 5 * Wan, StatedGroup.RegisteredUnemployed);
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => CheckAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(field, error.Said(), StringComparison.Ordinal);
    }
}
