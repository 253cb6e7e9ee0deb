using Employment.Common.V1;
using Employment.Loans.Domain.Eligibility;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.TestInfrastructure;
using Xunit;

namespace Loans.Tests.Domain;

/// <summary>
/// Startup-guarantee loan eligibility (R4–R7) against the shipped catalog, in Jiaozuo (410800).
/// Amounts in fen: 1万元 = 1_000_000 fen.
/// </summary>
public sealed class EligibilityTests
{
    private const long Wan = 1_000_000;
    private const long Yuan = 100;

    private static readonly LoanProducts Products = new(ShippedCatalog.Catalog);

    private static EligibilityFacts Facts(BorrowerKind kind, DateOnly date, long amount, params Guarantor[] guarantors) => new()
    {
        BorrowerKind = kind,
        Region = Region.Jiaozuo,
        IntendedIssueDate = date,
        RequestedAmountFen = amount,
        MeetsPersonalSubsidyConditions = true,
        PersonalSubsidyConditionsBasis = "test: categories decided elsewhere",
        Guarantors = guarantors,
    };

    /// <summary>A guarantor whose capacity covers <paramref name="amount"/> at either multiple (36 or 40).</summary>
    private static Guarantor Covering(long amount) => new("410802199001011234", "担保人甲", amount / 36 + 1);

    private static ProductOffer Offer(IReadOnlyList<ProductOffer> offers, string productId) =>
        Assert.Single(offers, o => o.ProductId == productId);

    private static Check CheckOf(ProductOffer offer, string ruleId) =>
        Assert.Single(offer.Explanation.Checks, c => c.RuleId == ruleId);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void R4_JzConf_2023_Individual_20Wan_IsSubsidisedInFull()
    {
        var offers = Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 6, 1), 20 * Wan, Covering(20 * Wan)));

        var offer = Offer(offers, "individual.subsidised");
        Assert.True(offer.Eligible);
        Assert.Equal(20 * Wan, offer.TotalCapFen);
        Assert.Equal(20 * Wan, offer.SubsidisedCapFen);
        Assert.Equal(20 * Wan, offer.RequestedSubsidisedFen);
        Assert.Equal(100m, offer.SubsidySharePercent);
        Assert.Equal(Outcome.Passed, offer.Explanation.Outcome);

        var unsubsidised = Offer(offers, "individual.unsubsidised");
        Assert.True(unsubsidised.Eligible);
        Assert.Equal(30 * Wan, unsubsidised.TotalCapFen);
        Assert.Equal(0m, unsubsidised.SubsidySharePercent);
    }

    [Fact]
    public void R4_Jz2024_15_Six_Individual_On_2024_01_01_Gets30WanAtHalfShare()
    {
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.Individual, D(2024, 1, 1), 30 * Wan, Covering(30 * Wan))), "individual.subsidised");

        Assert.True(offer.Eligible);
        Assert.Equal(30 * Wan, offer.SubsidisedCapFen);
        Assert.Equal(50m, offer.SubsidySharePercent);
    }

    [Fact]
    public void R4_ShareFixedByIssueDate_2023_12_31_Individual_30Wan_ExceedsSubsidisedCap_AtFullShare()
    {
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 12, 31), 30 * Wan, Covering(30 * Wan))), "individual.subsidised");

        Assert.False(offer.Eligible);
        Assert.Equal(100m, offer.SubsidySharePercent);
        Assert.False(CheckOf(offer, "loans.individual.amount_within_subsidised_cap").Passed);
    }

    [Fact]
    public void R4_Jz2023_36_IndividualBusiness_MixedLoan_2023_Splits20WanSubsidisedAnd30WanOwnInterest()
    {
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.IndividualBusiness, D(2023, 8, 1), 50 * Wan, Covering(50 * Wan))), "individual_business.mixed");

        Assert.True(offer.Eligible);
        Assert.Equal(50 * Wan, offer.TotalCapFen);
        Assert.Equal(20 * Wan, offer.SubsidisedCapFen);
        Assert.Equal(20 * Wan, offer.RequestedSubsidisedFen);
        Assert.Equal(30 * Wan, offer.RequestedUnsubsidisedFen);
        Assert.Equal(100m, offer.SubsidySharePercent);
    }

    [Fact]
    public void R4_Jz2024_15_Six_IndividualBusiness_MixedLoan_2024_Splits30WanSubsidisedAnd20WanOwnInterest()
    {
        var offers = Products.OffersFor(Facts(BorrowerKind.IndividualBusiness, D(2024, 3, 1), 50 * Wan, Covering(50 * Wan)));
        var offer = Offer(offers, "individual_business.mixed");

        Assert.True(offer.Eligible);
        Assert.Equal(50 * Wan, offer.TotalCapFen);
        Assert.Equal(30 * Wan, offer.RequestedSubsidisedFen);
        Assert.Equal(20 * Wan, offer.RequestedUnsubsidisedFen);
        Assert.Equal(50m, offer.SubsidySharePercent);

        // Jz2023_29 cl.16: the unsubsidised alternative up to 50万 is offered too (R5: all products in force).
        Assert.True(Offer(offers, "individual_business.unsubsidised").Eligible);
    }

    [Fact]
    public void R4_D16A1_Partnership_2024_150Wan_IsSubsidisedAtHalfShare()
    {
        var offers = Products.OffersFor(Facts(BorrowerKind.Partnership, D(2024, 5, 1), 150 * Wan, Covering(150 * Wan)));
        var offer = Offer(offers, "partnership.subsidised");

        Assert.True(offer.Eligible);
        Assert.Equal(150 * Wan, offer.SubsidisedCapFen);
        Assert.Equal(150 * Wan, offer.RequestedSubsidisedFen);
        Assert.Equal(50m, offer.SubsidySharePercent);
        Assert.Equal(400 * Wan, Offer(offers, "partnership.unsubsidised").TotalCapFen);
    }

    [Theory]
    [InlineData(2022, 5, 1)]
    [InlineData(2023, 5, 1)]
    [InlineData(2023, 12, 31)]
    public void R30_D16A1_Partnership_before_2024_takes_the_individual_full_share(int year, int month, int day)
    {
        // Once undetermined (the catalog had no partnership share before 2024); ruling R30 gives it the
        // individual share, 100% to 2023-12-31 (个人创业担保贷款实行财政全额贴息).
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.Partnership, D(year, month, day), 150 * Wan, Covering(150 * Wan))), "partnership.subsidised");

        Assert.True(offer.Eligible);
        Assert.Equal(100m, offer.SubsidySharePercent);
        Assert.Equal(150 * Wan, offer.SubsidisedCapFen);
        var share = CheckOf(offer, "loans.partnership.subsidy_share_fixed_at_issue");
        Assert.True(share.Passed);
        Assert.Contains(share.Citations, c => c.RulingId == "R30");
    }

    [Theory]
    [InlineData(40, 6, true)]   // 6/40 = 15%
    [InlineData(40, 5, false)]  // 12.5%
    [InlineData(100, 15, true)] // staff 100 is not above the threshold: 15% applies
    [InlineData(100, 14, false)]
    [InlineData(120, 10, true)] // above 100 staff: 8%; 10/120 = 8.33%
    [InlineData(120, 9, false)] // 7.5%
    public void R5_D16A2_SmallMicro_2022_HiringRatio_15Percent_Or8PercentAbove100Staff(int staff, int hires, bool met)
    {
        var facts = Facts(BorrowerKind.SmallMicroEnterprise, D(2022, 6, 1), 300 * Wan, Covering(300 * Wan)) with
        {
            Staffing = new EnterpriseStaffing(staff, hires),
        };
        var offer = Offer(Products.OffersFor(facts), "small_micro.subsidised");

        var check = CheckOf(offer, "loans.small_micro.hiring_ratio");
        Assert.Equal(met, check.Passed);
        Assert.Contains(check.FactsUsed, f => f.Name == "loans.small_micro.hire_contract_min_years");
        Assert.Equal(300 * Wan, offer.SubsidisedCapFen);
        Assert.Equal(24, offer.MaxTermMonths);

        // Before 2024 the catalog gives no small/micro subsidy share, so the 2022 product cannot be granted.
        Assert.Null(offer.SubsidySharePercent);
        Assert.False(offer.Eligible);
    }

    [Fact]
    public void R5_Jz2024_15_SmallMicro_2024_MeetingHiringRatio_Gets400WanAtHalfShare()
    {
        var facts = Facts(BorrowerKind.SmallMicroEnterprise, D(2024, 2, 1), 400 * Wan, Covering(400 * Wan)) with
        {
            Staffing = new EnterpriseStaffing(40, 6),
        };
        var offers = Products.OffersFor(facts);
        var offer = Offer(offers, "small_micro.subsidised");

        Assert.True(offer.Eligible);
        Assert.Equal(400 * Wan, offer.SubsidisedCapFen);
        Assert.Equal(50m, offer.SubsidySharePercent);
        Assert.Equal(24, offer.MaxTermMonths);

        // R5: every product in force is offered.
        Assert.Equal(["small_micro.subsidised", "small_micro.unsubsidised", "enterprise.mixed"], offers.Select(o => o.ProductId));
    }

    [Fact]
    public void R5_SmallMicro_WithoutStaffing_HiringRatioIsUndetermined()
    {
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.SmallMicroEnterprise, D(2024, 2, 1), 100 * Wan, Covering(100 * Wan))), "small_micro.subsidised");

        Assert.False(offer.Eligible);
        Assert.Equal(Outcome.Undetermined, offer.Explanation.Outcome);
    }

    [Fact]
    public void R5_Jz2023_36_Seven_MediumEnterprise_2023_MixedLoan_150WanSubsidisedAnd250WanOwnInterest()
    {
        var offers = Products.OffersFor(Facts(BorrowerKind.MediumEnterprise, D(2023, 9, 1), 400 * Wan, Covering(400 * Wan)));

        var offer = Assert.Single(offers);
        Assert.Equal("enterprise.mixed", offer.ProductId);
        Assert.True(offer.Eligible);
        Assert.Equal(400 * Wan, offer.TotalCapFen);
        Assert.Equal(150 * Wan, offer.SubsidisedCapFen);
        Assert.Equal(150 * Wan, offer.RequestedSubsidisedFen);
        Assert.Equal(250 * Wan, offer.RequestedUnsubsidisedFen);
        Assert.Equal(100m, offer.SubsidySharePercent);
        Assert.True(offer.CounterGuaranteeRequired);
    }

    [Fact]
    public void R6_D09_FourthSubsidisedLoan_IsRefused()
    {
        var facts = Facts(BorrowerKind.Individual, D(2023, 6, 1), 10 * Wan) with { SubsidisedLoansSoFar = 3 };
        var offers = Products.OffersFor(facts);

        var subsidised = Offer(offers, "individual.subsidised");
        Assert.False(subsidised.Eligible);
        Assert.Equal(0, subsidised.RemainingSubsidisedLoans);
        Assert.False(CheckOf(subsidised, "loans.subsidised_loans.within_max_count").Passed);

        // The unsubsidised loan does not count against the limit.
        Assert.True(Offer(offers, "individual.unsubsidised").Eligible);
    }

    [Fact]
    public void R6_D09_ThirdSubsidisedLoan_IsAllowed_OneRemainingBeforeIt()
    {
        var facts = Facts(BorrowerKind.Individual, D(2023, 6, 1), 10 * Wan) with
        {
            SubsidisedLoansSoFar = 2,
            OutstandingLoans = [new OutstandingGuaranteeLoan("L1", 5 * Wan, true)],
        };
        var offer = Offer(Products.OffersFor(facts), "individual.subsidised");

        Assert.True(offer.Eligible);
        Assert.Equal(1, offer.RemainingSubsidisedLoans);
    }

    [Fact]
    public void R7_JzConf_Cl83_Individual_10Wan_NeedsNoCounterGuarantee_10WanPlusOneFen_Does()
    {
        var at = Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 6, 1), 10 * Wan));
        Assert.All(at, o => Assert.False(o.CounterGuaranteeRequired));
        Assert.All(at, o => Assert.True(o.Eligible));
        Assert.True(CheckOf(Offer(at, "individual.subsidised"), "loans.counter_guarantee.small_individual_loan_exempt").Passed);

        var above = Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 6, 1), 10 * Wan + 1));
        Assert.All(above, o => Assert.True(o.CounterGuaranteeRequired));
        Assert.All(above, o => Assert.False(o.Eligible));
        var uncovered = CheckOf(Offer(above, "individual.subsidised"), "loans.counter_guarantee.capacity_covers_amount");
        Assert.False(uncovered.Passed);
        // The refusal says where the exemption ends, so a borrower sees a smaller loan needs no guarantor (R7).
        Assert.Contains("超过个人免反担保额度 100000.00元", uncovered.DescriptionZh, StringComparison.Ordinal);
        Assert.NotEmpty(uncovered.Citations);
    }

    [Fact]
    public void R7_CounterGuarantee_BusinessLoans_AreNotExemptAt10Wan()
    {
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.IndividualBusiness, D(2023, 8, 1), 10 * Wan)), "individual_business.mixed");

        Assert.True(offer.CounterGuaranteeRequired);
        Assert.False(offer.Eligible);
    }

    [Fact]
    public void R7_JzConf_Cl83_GuarantorMultiple_36On2022_12_31_40On2023_01_01()
    {
        var guarantor = new Guarantor("410802199001011234", "担保人甲", 1000 * Yuan);

        var before = Offer(Products.OffersFor(Facts(BorrowerKind.Individual, D(2022, 12, 31), 20 * Wan, guarantor)), "individual.subsidised");
        Assert.Equal(36_000 * Yuan, before.GuarantorCapacityFen);
        Assert.Equal(36m, Assert.Single(before.Guarantors).Multiple);
        Assert.False(before.GuarantorCapacityCoversAmount);

        var after = Offer(Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 1, 1), 20 * Wan, guarantor)), "individual.subsidised");
        Assert.Equal(40_000 * Yuan, after.GuarantorCapacityFen);
        Assert.Equal(40m, Assert.Single(after.Guarantors).Multiple);
    }

    [Fact]
    public void R7_SeveralGuarantors_AddUp_AndCoverExactly()
    {
        var a = new Guarantor("A", "甲", 2500 * Yuan);
        var b = new Guarantor("B", "乙", 2500 * Yuan);
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 6, 1), 20 * Wan, a, b)), "individual.subsidised");

        Assert.Equal(20 * Wan, offer.GuarantorCapacityFen);
        Assert.True(offer.GuarantorCapacityCoversAmount);
        Assert.True(offer.Eligible);
    }

    [Fact]
    public void R7_2022_NoExemptionInForce_Individual10WanNeedsCounterGuarantee()
    {
        // The 10万 exemption runs from 2023-01-01 (Jiaozuo 2023 measures); in 2022 no policy exempts.
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.Individual, D(2022, 6, 1), 10 * Wan)), "individual.subsidised");

        Assert.True(offer.CounterGuaranteeRequired);
        Assert.False(offer.Eligible);
    }

    [Fact]
    public void R7_GuarantorWhoIsTheBorrower_IsInvalidInputNamingTheGuarantor()
    {
        // One outcome: naming the borrower as guarantor is bad input the clerk corrects,
        // the same whichever way the facts arrive, never a verdict with the guarantor quietly dropped.
        var self = new Guarantor("410802199001019999", "借款人本人", 10_000 * Yuan, IsBorrower: true);
        var other = new Guarantor("410802199001011234", "担保人甲", 1000 * Yuan);

        var error = Assert.Throws<DomainRuleException>(() => Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 6, 1), 20 * Wan, other, self)));

        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("guarantors[1].id_number", error.Field);
        Assert.Contains("借款人本人", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_R7_JzConf_HonoursRoute_NeedsNoCounterGuarantee()
    {
        var facts = Facts(BorrowerKind.Individual, D(2023, 6, 1), 50 * Wan) with
        {
            HonoursRoute = HonoursRoute.ContestWinner,
            MeetsPersonalSubsidyConditions = false,
        };
        var offers = Products.OffersFor(facts);

        var unsubsidised = Offer(offers, "honours.unsubsidised");
        Assert.True(unsubsidised.Eligible);
        Assert.False(unsubsidised.CounterGuaranteeRequired);
        Assert.Equal(50 * Wan, unsubsidised.TotalCapFen);
        Assert.True(CheckOf(unsubsidised, "loans.counter_guarantee.honours_exempt").Passed);

        // The alternative: 20万 fully subsidised, also without counter-guarantee; 50万 exceeds it.
        var subsidised = Offer(offers, "honours.subsidised");
        Assert.False(subsidised.CounterGuaranteeRequired);
        Assert.Equal(20 * Wan, subsidised.SubsidisedCapFen);
        Assert.Equal(100m, subsidised.SubsidySharePercent);
        Assert.False(subsidised.Eligible);

        // The ordinary individual products still need guarantors.
        Assert.True(Offer(offers, "individual.unsubsidised").CounterGuaranteeRequired);
    }

    [Fact]
    public void R4_JzConf_HonoursRoute_20Wan_SubsidisedWithoutGuarantee()
    {
        var facts = Facts(BorrowerKind.Individual, D(2023, 6, 1), 20 * Wan) with { HonoursRoute = HonoursRoute.CityLevelHonour };
        var offer = Offer(Products.OffersFor(facts), "honours.subsidised");

        Assert.True(offer.Eligible);
        Assert.False(offer.CounterGuaranteeRequired);
        Assert.Empty(offer.Guarantors);
    }

    [Fact]
    public void R4_PersonalSubsidyConditionsNotMet_OnlyUnsubsidisedIsEligible()
    {
        var facts = Facts(BorrowerKind.Individual, D(2023, 6, 1), 10 * Wan) with { MeetsPersonalSubsidyConditions = false };
        var offers = Products.OffersFor(facts);

        Assert.False(Offer(offers, "individual.subsidised").Eligible);
        Assert.False(CheckOf(Offer(offers, "individual.subsidised"), "loans.individual.personal_subsidy_conditions").Passed);
        Assert.True(Offer(offers, "individual.unsubsidised").Eligible);
    }

    [Fact]
    public void R4_R5_AmountOverEveryCap_EveryOfferFailsItsCapCheck()
    {
        var facts = Facts(BorrowerKind.SmallMicroEnterprise, D(2023, 6, 1), 400 * Wan + 1, Covering(400 * Wan + 1)) with
        {
            Staffing = new EnterpriseStaffing(10, 10),
        };
        var offers = Products.OffersFor(facts);

        Assert.NotEmpty(offers);
        Assert.All(offers, o =>
        {
            Assert.False(o.Eligible);
            Assert.Contains(o.Explanation.Checks, c => c.RuleId.Contains(".amount_within_", StringComparison.Ordinal) && !c.Passed);
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RequestedAmountNotPositive_IsInvalidArgument(long amount)
    {
        Assert.Throws<ArgumentException>(() => Products.OffersFor(Facts(BorrowerKind.Individual, D(2023, 6, 1), amount)));
    }

    [Fact]
    public void R1_BeforeAnyLoanPolicy_NothingIsOffered()
    {
        // The Jiaozuo caps run from 2022-03-20 (D16); a date in no period is no policy, never the nearest value.
        Assert.Empty(Products.OffersFor(Facts(BorrowerKind.Individual, D(2022, 3, 19), 10 * Wan)));
    }

    [Fact]
    public void R1_Jz2024_15_AfterSubsidisedPeriodEnds_IndividualSubsidisedIsNotOffered()
    {
        var offers = Products.OffersFor(Facts(BorrowerKind.Individual, D(2028, 10, 1), 10 * Wan));

        Assert.DoesNotContain(offers, o => o.ProductId == "individual.subsidised");
        Assert.Contains(offers, o => o.ProductId == "individual.unsubsidised");
    }

    [Fact]
    public void Explanations_CiteTheCatalogValuesRead()
    {
        var offer = Offer(Products.OffersFor(Facts(BorrowerKind.Individual, D(2024, 1, 1), 30 * Wan, Covering(30 * Wan))), "individual.subsidised");

        Assert.Equal(new CalendarDate { Year = 2024, Month = 1, Day = 1 }, offer.Explanation.RulesDate);
        var cap = CheckOf(offer, "loans.individual.amount_within_subsidised_cap");
        var citation = Assert.Single(cap.Citations);
        Assert.Equal("焦政办〔2024〕15号", citation.DocumentNumber);
        Assert.Equal("R4", citation.RulingId);
        Assert.Contains(cap.FactsUsed, f => f.Name == "loans.individual.subsidised_cap" && f.Value == "300000.00元");

        var share = CheckOf(offer, "loans.individual.subsidy_share_fixed_at_issue");
        Assert.Single(share.Citations);

        var guarantee = CheckOf(offer, "loans.counter_guarantee.capacity_covers_amount");
        Assert.Contains(guarantee.FactsUsed, f => f.Name == "loans.counter_guarantee.guarantor_multiple" && f.Value == "40倍");
        Assert.Equal(2, guarantee.Citations.Count); // the multiple and the exemption amount

        // Every catalog value a check read is cited: one citation per catalog key among its facts.
        Assert.All(offer.Explanation.Checks, c =>
            Assert.Equal(c.FactsUsed.Count(f => LoanPolicyKeys.All.Contains(f.Name)), c.Citations.Count));
    }

    [Fact]
    public void LoanPolicyKeys_All_AreCatalogKeys()
    {
        Assert.All(LoanPolicyKeys.All, key => Assert.True(ShippedCatalog.Catalog.Contains(key), key));
        Assert.Equal(LoanPolicyKeys.All.Count, LoanPolicyKeys.All.Distinct().Count());
    }

    [Theory]
    [InlineData(BorrowerKind.Individual)]
    [InlineData(BorrowerKind.IndividualBusiness)]
    [InlineData(BorrowerKind.Partnership)]
    [InlineData(BorrowerKind.SmallMicroEnterprise)]
    public void Every_check_id_in_an_answer_is_written_out_in_the_source_so_a_search_finds_it(BorrowerKind kind)
    {
        var source = string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        foreach (var date in new[] { D(2023, 6, 1), D(2024, 6, 1) })
        {
            var ids = Products.OffersFor(Facts(kind, date, 20 * Wan, Covering(20 * Wan))).SelectMany(o => o.Explanation.Checks).Select(c => c.RuleId).Distinct();
            Assert.All(ids, id => Assert.Contains($"\"{id}\"", source, StringComparison.Ordinal));
        }
    }
}
