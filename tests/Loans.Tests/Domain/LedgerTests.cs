using Employment.Loans.Domain.Ledger;
using Employment.Policy;
using Employment.Policy.Loading;
using Employment.Policy.Model;
using Xunit;

namespace Loans.Tests.Domain;

/// <summary>
/// The interest-subsidy ledger and quarterly claims (rulings R4, R6, R8), each checked to the fen against
/// a hand computation written in the comments. Daily subsidy = principal × rate% × share% ÷ 100 ÷ 100 ÷ 360
/// (loans.interest.day_count_basis = 360); a claim line is the sum over its days, rounded half up once.
/// </summary>
public sealed class LedgerTests : IDisposable
{
    private const string Bank = "JZ-BANK-01";
    private static readonly Region Jiaozuo = Region.Jiaozuo;
    private readonly string _configDir = Path.Combine(Path.GetTempPath(), "ledger-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_configDir))
        {
            Directory.Delete(_configDir, recursive: true);
        }
    }

    /// <summary>The shipped catalog plus a sample central share of 20% (R3: a test sample, marked so).</summary>
    private PolicyCatalog CatalogWithCentralShare(decimal percent = 20m)
    {
        Directory.CreateDirectory(_configDir);
        File.WriteAllText(Path.Combine(_configDir, "loans-sample.yaml"), $"""
            values:
              - key: loans.interest_cost_share.central_percent
                value: {percent}
                unit: percent
                region: CN
                from: 2022-01-01
                source: 示例值，仅供测试 (sample for the ledger tests)
                sample: true
            """);
        return CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog"), null, _configDir);
    }

    /// <summary>
    /// Jiaozuo individual loan (R4, before 2024: full subsidy): 200,000.00元 = 20,000,000 fen issued
    /// 2023-03-15 at 3.45%, 6 months interest-only (maturity 2023-09-15); in Q3 2023 a repayment of
    /// 50,000.00元 on 2023-07-20, overdue 2023-08-01..08-10, extension (R8) from the original maturity
    /// 2023-09-15 to 2024-09-14.
    /// </summary>
    private static LedgerLoan JiaozuoIndividual2023()
    {
        var issued = new DateOnly(2023, 3, 15);
        var share = LedgerLoan.ShareAtIssue(ShippedCatalog.Catalog, "loans.individual.subsidy_share_percent", Jiaozuo, issued);
        return new LedgerLoan(
            "L-2023-0001",
            new LoanTerms(Bank, "JZ-2023-0315", Jiaozuo, 20_000_000, 20_000_000, 3.45m, issued, 6, RepaymentMethod.InterestOnlyPrincipalAtMaturity),
            share,
            [new Repayment(new DateOnly(2023, 7, 20), 5_000_000, 0)],
            new LoanExtension(new DatePeriod(new DateOnly(2023, 9, 15), new DateOnly(2024, 9, 14)), new DateOnly(2023, 9, 1), "暴雨灾害"),
            [new DatePeriod(new DateOnly(2023, 8, 1), new DateOnly(2023, 8, 10))]);
    }

    [Fact]
    public void R6_R8_quarter_with_an_extension_and_an_overdue_spell_matches_the_hand_computation_to_the_fen()
    {
        // Share fixed on the issue date 2023-03-15: loans.individual.subsidy_share_percent = 100 (R4).
        // Q3 2023 = 07-01..09-30 = 92 days:
        //   07-01..07-19  19 days × 20,000,000 (repayment on 07-20 counts from 07-20)  = 380,000,000
        //   07-20..07-31  12 days × 15,000,000                                          = 180,000,000
        //   08-01..08-10  10 days overdue: excluded (subsidised_during_overdue = false)
        //   08-11..09-14  35 days × 15,000,000 (21 in August + 14 in September)         = 525,000,000
        //   09-15..09-30  16 days extension: excluded (subsidised_during_extension = false)
        //   subsidised days 19 + 12 + 35 = 66; principal-days 1,085,000,000 fen·days
        // subsidy = 1,085,000,000 × 3.45/100 × 100/100 / 360 = 37,432,500 / 360 = 103,979.1666… → 103,979 fen (1,039.79元)
        var loan = JiaozuoIndividual2023();
        Assert.Equal(100m, loan.SubsidySharePercent);

        var claim = InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, [loan], CatalogWithCentralShare());

        var line = Assert.Single(claim.Lines);
        Assert.Equal(66, line.SubsidisedDays);
        Assert.Equal(16, line.ExtensionDays);
        Assert.Equal(10, line.OverdueDays);
        Assert.Equal(26, line.ExcludedDays);
        Assert.Equal(37_432_500m / 360m, line.ExactAmountFen);
        Assert.Equal(103_979, line.AmountFen);
        Assert.Equal(103_979, claim.TotalFen);
        Assert.Equal(new DatePeriod(new DateOnly(2023, 7, 1), new DateOnly(2023, 9, 30)), claim.Period);
    }

    [Fact]
    public void R6_ledger_days_carry_principal_rate_share_and_the_exclusion_reason()
    {
        var loan = JiaozuoIndividual2023();
        var days = InterestSubsidyLedger.Days(loan, new DateOnly(2023, 3, 14), new DateOnly(2023, 9, 30), ShippedCatalog.Catalog);
        LedgerDay On(int month, int day) => days.Single(d => d.Date == new DateOnly(2023, month, day));

        Assert.Equal(ExclusionReason.BeforeIssue, On(3, 14).Excluded);
        // Issue day counts (算头不算尾): 20,000,000 × 3.45 × 100 / (100 × 100 × 360) = 1,916.6666… fen.
        Assert.Null(On(3, 15).Excluded);
        Assert.Equal(20_000_000, On(3, 15).SubsidisedPrincipalFen);
        Assert.Equal(360, On(3, 15).DayCountBasis);
        Assert.Equal(69_000_000m / 36_000m, On(3, 15).DailySubsidyFen);
        Assert.Equal(15_000_000, On(7, 20).SubsidisedPrincipalFen);
        Assert.Equal(ExclusionReason.Overdue, On(8, 1).Excluded);
        Assert.Equal(0m, On(8, 1).DailySubsidyFen);
        Assert.Null(On(8, 11).Excluded);
        Assert.Null(On(9, 14).Excluded);
        Assert.Equal(ExclusionReason.Extension, On(9, 15).Excluded);
    }

    [Fact]
    public void R4_R6_a_2024_loan_keeps_the_50_percent_share_fixed_on_its_issue_date()
    {
        // Jiaozuo individual, issued 2024-02-01: loans.individual.subsidy_share_percent = 50 (焦政办〔2024〕15号, R4);
        // a loan issued 2023-12-31 still has 100.
        var catalog = ShippedCatalog.Catalog;
        Assert.Equal(100m, LedgerLoan.ShareAtIssue(catalog, "loans.individual.subsidy_share_percent", Jiaozuo, new DateOnly(2023, 12, 31)));
        var issued = new DateOnly(2024, 2, 1);
        var share = LedgerLoan.ShareAtIssue(catalog, "loans.individual.subsidy_share_percent", Jiaozuo, issued);
        Assert.Equal(50m, share);

        // 300,000.00元 = 30,000,000 fen at 3.95%, Q2 2024 = 04-01..06-30 = 30 + 31 + 30 = 91 days, no events:
        // 30,000,000 × 91 = 2,730,000,000 fen·days; × 3.95/100 × 50/100 / 360
        //   = 2,730,000,000 × 197.5 / 3,600,000 = 539,175,000,000 / 3,600,000 = 149,770.8333… → 149,771 fen
        var loan = new LedgerLoan("L-2024-0001",
            new LoanTerms(Bank, "JZ-2024-0201", Jiaozuo, 30_000_000, 30_000_000, 3.95m, issued, 24, RepaymentMethod.InterestOnlyPrincipalAtMaturity),
            share, [], null, []);

        var claim = InterestSubsidyClaims.ForQuarter(Bank, 2024, 2, [loan], CatalogWithCentralShare());

        var line = Assert.Single(claim.Lines);
        Assert.Equal(91, line.SubsidisedDays);
        Assert.Equal(0, line.ExcludedDays);
        Assert.Equal(149_771, line.AmountFen);
    }

    [Fact]
    public void R4_R6_a_mixed_loan_accrues_only_on_its_subsidised_part_and_repayments_reduce_it_proportionally()
    {
        // Individual business mixed loan 2023 (R4): 500,000.00元 = 50,000,000 fen, of which 200,000.00元 =
        // 20,000,000 subsidised, issued 2023-05-10 at 3.45%, share 100 (loans.individual_business.subsidy_share_percent).
        // Repayment 100,000.00元 on 2023-08-16: outstanding 40,000,000; subsidised part (proportional)
        //   = 40,000,000 × 20,000,000 / 50,000,000 = 16,000,000.
        // Q3 2023:
        //   07-01..08-15  46 days × 20,000,000 = 920,000,000
        //   08-16..09-30  46 days × 16,000,000 = 736,000,000
        //   1,656,000,000 × 3.45 × 100 / (100 × 100 × 360) = 571,320,000,000 / 3,600,000 = 158,700 fen exactly
        // (on the whole principal it would have been 50,000,000 × 46 + 40,000,000 × 46 = 4,140,000,000 → 396,750 fen).
        var issued = new DateOnly(2023, 5, 10);
        var share = LedgerLoan.ShareAtIssue(ShippedCatalog.Catalog, "loans.individual_business.subsidy_share_percent", Jiaozuo, issued);
        Assert.Equal(100m, share);
        var loan = new LedgerLoan("L-2023-0002",
            new LoanTerms(Bank, "JZ-2023-0510", Jiaozuo, 50_000_000, 20_000_000, 3.45m, issued, 24, RepaymentMethod.InterestOnlyPrincipalAtMaturity),
            share, [new Repayment(new DateOnly(2023, 8, 16), 10_000_000, 0)], null, []);

        var claim = InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, [loan], CatalogWithCentralShare());

        Assert.Equal(158_700, Assert.Single(claim.Lines).AmountFen);
        var days = InterestSubsidyLedger.Days(loan, new DateOnly(2023, 8, 15), new DateOnly(2023, 8, 16), ShippedCatalog.Catalog);
        Assert.Equal([20_000_000L, 16_000_000L], days.Select(d => d.SubsidisedPrincipalFen));

        // Proportional split rounds half up from the total outstanding: 33,333,333 × 2/5 = 13,333,333.2 → 13,333,333;
        // nothing outstanding → nothing subsidised.
        Assert.Equal(13_333_333, InterestSubsidyLedger.SubsidisedOutstanding(loan.Terms, 33_333_333));
        Assert.Equal(0, InterestSubsidyLedger.SubsidisedOutstanding(loan.Terms, 0));
    }

    [Fact]
    public void R6_rounding_is_half_up_once_per_loan_per_claim_not_per_day()
    {
        // 60,010.00元 = 6,001,000 fen at 3.6%, share 100, issued 2023-09-26: Q3 2023 has 5 days (09-26..09-30).
        // daily = 6,001,000 × 3.6 × 100 / 3,600,000 = 600.1 fen
        // once:    5 × 600.1 = 3,000.5 → 3,001 (half up; half to even would give 3,000)
        // per day: round(600.1) = 600, × 5 = 3,000 — a different fen, so the ledger must not round per day.
        var issued = new DateOnly(2023, 9, 26);
        var loan = new LedgerLoan("L-2023-0003",
            new LoanTerms(Bank, "JZ-2023-0926", Jiaozuo, 6_001_000, 6_001_000, 3.6m, issued, 12, RepaymentMethod.EqualInstalments),
            100m, [], null, []);

        var claim = InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, [loan], CatalogWithCentralShare());
        var days = InterestSubsidyLedger.Days(loan, new DateOnly(2023, 7, 1), new DateOnly(2023, 9, 30), ShippedCatalog.Catalog);

        var line = Assert.Single(claim.Lines);
        Assert.Equal(5, line.SubsidisedDays);
        Assert.Equal(3_000.5m, line.ExactAmountFen);
        Assert.Equal(3_001, line.AmountFen);
        Assert.Equal(3_000, days.Sum(d => Fen.RoundHalfUp(d.DailySubsidyFen)));
    }

    [Fact]
    public void R6_the_cost_split_takes_the_central_share_first_then_halves_and_adds_up()
    {
        // Sample central share 20% (R3, configured for the test), then province : local = 50 : 50 (R6).
        // Jiaozuo loan (above): 103,979 fen
        //   central  = 103,979 × 20% = 20,795.8 → 20,796
        //   rest     = 103,979 − 20,796 = 83,183; province = 83,183 / 2 = 41,591.5 → 41,592; city = 83,183 − 41,592 = 41,591
        // Jiyuan loan: 100,000.00元 = 10,000,000 fen at 3.45%, share 100, the whole Q3 (92 days):
        //   10,000,000 × 92 × 3.45 × 100 / 3,600,000 = 317,400,000,000 / 3,600,000 = 88,166.666… → 88,167
        //   central = 17,633.4 → 17,633; rest 70,534; province 35,267; zone 35,267
        // Claim: total 103,979 + 88,167 = 192,146; central 20,796 + 17,633 = 38,429; province 41,592 + 35,267 = 76,859;
        //   city 41,591; zone 35,267; 38,429 + 76,859 + 41,591 + 35,267 = 192,146.
        var jiyuan = new LedgerLoan("L-2023-0100",
            new LoanTerms(Bank, "JY-2023-0315", Region.Jiyuan, 10_000_000, 10_000_000, 3.45m, new DateOnly(2023, 3, 15), 24, RepaymentMethod.InterestOnlyPrincipalAtMaturity),
            100m, [], null, []);

        var claim = InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, [jiyuan, JiaozuoIndividual2023()], CatalogWithCentralShare());

        Assert.Equal(["L-2023-0001", "L-2023-0100"], claim.Lines.Select(l => l.LoanId));
        Assert.Equal([103_979L, 88_167L], claim.Lines.Select(l => l.AmountFen));
        Assert.Equal(192_146, claim.TotalFen);
        Assert.Equal(
            [
                new CostShare("central", Region.National, 38_429),
                new CostShare("province", Region.Henan, 76_859),
                new CostShare("city", Region.Jiaozuo, 41_591),
                new CostShare("zone", Region.Jiyuan, 35_267),
            ],
            claim.CostShares);
        Assert.Equal(claim.TotalFen, claim.CostShares.Sum(s => s.AmountFen));

        // A county loan's local share is the county's: 410802 (解放区) → "county". 10,000,000 fen, whole Q3: 88,167
        // as above → central 17,633, province 35,267, county 35,267.
        var county = jiyuan with { LoanId = "L-2023-0101", Terms = jiyuan.Terms with { Region = Region.Parse("410802") } };
        Assert.Equal(
            [
                new CostShare("central", Region.National, 17_633),
                new CostShare("province", Region.Henan, 35_267),
                new CostShare("county", Region.Parse("410802"), 35_267),
            ],
            InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, [county], CatalogWithCentralShare()).CostShares);

        // Split edge cases: half a fen goes to the province (half up), the local part takes the rest.
        Assert.Equal((0L, 1L, 0L), InterestSubsidyClaims.Split(1, 0m, 50m, 50m)); // 0.5 → province 1 (half up), county 0
        Assert.Equal((1L, 1L, 1L), InterestSubsidyClaims.Split(3, 20m, 50m, 50m)); // central 0.6 → 1; rest 2 → 1 : 1
    }

    [Fact]
    public void R3_R6_a_claim_fails_naming_the_key_region_and_date_when_the_central_share_is_not_configured()
    {
        // The shipped catalog sets no loans.interest_cost_share.central_percent (R3): the claim cannot be split.
        var error = Assert.Throws<ConfigurationMissingException>(() =>
            InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, [JiaozuoIndividual2023()], ShippedCatalog.Catalog));

        Assert.Equal("loans.interest_cost_share.central_percent", error.Key);
        Assert.Equal(Jiaozuo, error.Region);
        Assert.Equal(new DateOnly(2023, 9, 30), error.Date);
        Assert.Contains("loans.interest_cost_share.central_percent", error.Message, StringComparison.Ordinal);
        Assert.Contains("410800", error.Message, StringComparison.Ordinal);
        Assert.Contains("2023-09-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_the_same_inputs_always_give_the_same_fen()
    {
        var catalog = CatalogWithCentralShare();
        var loans = new[]
        {
            JiaozuoIndividual2023(),
            new LedgerLoan("L-2023-0004",
                new LoanTerms(Bank, "JZ-2023-0401", Jiaozuo, 12_345_678, 12_345_678, 3.65m, new DateOnly(2023, 4, 1), 36, RepaymentMethod.EqualInstalments),
                100m, [new Repayment(new DateOnly(2023, 8, 31), 333_333, 12_000)], null, [new DatePeriod(new DateOnly(2023, 9, 20), null)]),
        };

        var first = InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, loans, catalog);
        var second = InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, loans.Reverse().ToArray(), catalog);

        Assert.Equal(first.Lines, second.Lines);
        Assert.Equal(first.CostShares, second.CostShares);
        Assert.Equal(first.TotalFen, second.TotalFen);
        Assert.Equal(11, first.Lines[1].OverdueDays); // 09-20..09-30, the spell still open
    }

    [Fact]
    public void R6_days_before_issue_and_after_settlement_are_outside_the_claim()
    {
        // 100,000.00元 = 10,000,000 fen at 3.6%, share 100, issued 2023-08-01 and repaid in full on 2023-08-11:
        // days 08-01..08-10 = 10 × 10,000,000 × 3.6 × 100 / 3,600,000 = 10 × 1,000 = 10,000 fen; no excluded days.
        var loan = new LedgerLoan("L-2023-0005",
            new LoanTerms(Bank, "JZ-2023-0801", Jiaozuo, 10_000_000, 10_000_000, 3.6m, new DateOnly(2023, 8, 1), 12, RepaymentMethod.EqualInstalments),
            100m, [new Repayment(new DateOnly(2023, 8, 11), 10_000_000, 10_000)], null, []);

        var claim = InterestSubsidyClaims.ForQuarter(Bank, 2023, 3, [loan], CatalogWithCentralShare());
        var line = Assert.Single(claim.Lines);

        Assert.Equal(10, line.SubsidisedDays);
        Assert.Equal(0, line.ExcludedDays);
        Assert.Equal(10_000, line.AmountFen);
        // Not in the next quarter at all.
        Assert.Empty(InterestSubsidyClaims.ForQuarter(Bank, 2023, 4, [loan], CatalogWithCentralShare()).Lines);
    }
}
