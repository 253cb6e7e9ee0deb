using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Loans.Domain.Ledger;

/// <summary>
/// The subsidy of one loan for a claim period (maps onto employment.loans.v1.ClaimLine).
/// <see cref="ExactAmountFen"/> is the unrounded sum of the daily subsidy; <see cref="AmountFen"/> is
/// it rounded half up to the fen once (R6: per loan per claim).
/// </summary>
public sealed record ClaimLine(
    string LoanId,
    string ContractNumber,
    Region Region,
    int SubsidisedDays,
    int ExtensionDays,
    int OverdueDays,
    decimal ContractRatePercent,
    decimal SubsidySharePercent,
    decimal ExactAmountFen,
    long AmountFen)
{
    /// <summary>Days excluded inside the loan's life (extension + overdue); days outside it are not counted.</summary>
    public int ExcludedDays => ExtensionDays + OverdueDays;
}

/// <summary>Who bears part of a claim's cost (maps onto employment.loans.v1.CostShare).</summary>
/// <param name="Payer">"central", "province", "city", "county" or "zone".</param>
public sealed record CostShare(string Payer, Region Region, long AmountFen);

/// <summary>A quarter's interest-subsidy claim of one bank (maps onto employment.loans.v1.InterestSubsidyClaim).</summary>
public sealed record InterestSubsidyClaim(
    string BankCode,
    int Year,
    int Quarter,
    DatePeriod Period,
    IReadOnlyList<ClaimLine> Lines,
    long TotalFen,
    IReadOnlyList<CostShare> CostShares);

/// <summary>
/// Quarterly interest-subsidy claims (贴息资金申请, R6).
/// <list type="bullet">
/// <item>Line: per loan, the sum of its exact daily subsidy over the quarter's days, computed as
/// Σ(principal × rate × share) ÷ (10000 × basis) with a single division per day-count basis, then
/// rounded half up to the fen ONCE. Loans with no day of their life in the quarter get no line.
/// Lines are ordered by loan id (ordinal).</item>
/// <item>Total: the sum of the lines' rounded amounts.</item>
/// <item>Cost split, per local region of the loans (a claim may hold loans of several counties): the
/// catalog values in force on the quarter's last day for that region. Central first:
/// central = total × loans.interest_cost_share.central_percent ÷ 100, rounded half up — an R3 value:
/// when it is not configured, <see cref="ConfigurationMissingException"/> propagates naming the key,
/// the region and the date. Then the rest: province = rest × province_percent ÷ (province_percent +
/// local_percent), rounded half up; local = total − central − province, so the parts add up exactly.
/// The local payer is "zone" for Jiyuan (4190xx), "city" for a city code (xxxx00), else "county".
/// Shares are listed central, then province(s), then local regions by code.</item>
/// <item>No clock and no floating point: the same inputs always give the same fen.</item>
/// </list>
/// </summary>
public static class InterestSubsidyClaims
{
    public const string CentralPercentKey = "loans.interest_cost_share.central_percent";
    public const string ProvincePercentKey = "loans.interest_cost_share.province_percent";
    public const string LocalPercentKey = "loans.interest_cost_share.local_percent";

    /// <summary>The quarter's days, both ends inclusive.</summary>
    public static DatePeriod QuarterPeriod(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        }

        var first = new DateOnly(year, 3 * quarter - 2, 1);
        return new DatePeriod(first, first.AddMonths(3).AddDays(-1));
    }

    public static InterestSubsidyClaim ForQuarter(string bankCode, int year, int quarter, IEnumerable<LedgerLoan> loans, PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(loans);
        ArgumentNullException.ThrowIfNull(catalog);
        var period = QuarterPeriod(year, quarter);
        var until = period.Until!.Value;
        var lines = new List<ClaimLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var loan in loans.OrderBy(l => l.LoanId, StringComparer.Ordinal))
        {
            if (loan.Terms.BankCode != bankCode)
            {
                throw new ArgumentException($"Loan {loan.LoanId} belongs to bank {loan.Terms.BankCode}, not {bankCode}.", nameof(loans));
            }

            if (!seen.Add(loan.LoanId))
            {
                throw new ArgumentException($"Loan {loan.LoanId} is listed twice.", nameof(loans));
            }

            var line = Line(loan, InterestSubsidyLedger.Days(loan, period.From, until, catalog));
            if (line is not null)
            {
                lines.Add(line);
            }
        }

        var total = lines.Sum(l => l.AmountFen);
        return new InterestSubsidyClaim(bankCode, year, quarter, period, lines, total, CostShares(lines, until, catalog));
    }

    /// <summary>The claim line of one loan's ledger days; null when none of the days is in the loan's life.</summary>
    public static ClaimLine? Line(LedgerLoan loan, IReadOnlyList<LedgerDay> days)
    {
        ArgumentNullException.ThrowIfNull(loan);
        ArgumentNullException.ThrowIfNull(days);
        var inLife = days.Where(d => d.Excluded is not (ExclusionReason.BeforeIssue or ExclusionReason.AfterSettlement)).ToList();
        if (inLife.Count == 0)
        {
            return null;
        }

        var exact = inLife
            .Where(d => d.Excluded is null)
            .GroupBy(d => d.DayCountBasis)
            .OrderBy(g => g.Key)
            .Sum(g => g.Sum(d => d.Numerator) / (10000m * g.Key));
        return new ClaimLine(
            loan.LoanId,
            loan.Terms.ContractNumber,
            loan.Terms.Region,
            inLife.Count(d => d.Excluded is null),
            inLife.Count(d => d.Excluded == ExclusionReason.Extension),
            inLife.Count(d => d.Excluded == ExclusionReason.Overdue),
            loan.Terms.ContractRatePercent,
            loan.SubsidySharePercent,
            exact,
            Fen.RoundHalfUp(exact));
    }

    /// <summary>
    /// Splits an amount: central first (rounded half up), the rest province : local by their percents
    /// (province rounded half up), local takes what remains so the three add up to the amount.
    /// </summary>
    public static (long Central, long Province, long Local) Split(long amountFen, decimal centralPercent, decimal provincePercent, decimal localPercent)
    {
        if (centralPercent is < 0 or > 100 || provincePercent < 0 || localPercent < 0 || provincePercent + localPercent == 0)
        {
            throw new ArgumentException(
                $"Invalid cost shares: central {centralPercent}%, province {provincePercent}%, local {localPercent}%.");
        }

        var central = Fen.RoundHalfUp(amountFen * centralPercent / 100m);
        var rest = amountFen - central;
        var province = Fen.RoundHalfUp(rest * provincePercent / (provincePercent + localPercent));
        return (central, province, rest - province);
    }

    private static List<CostShare> CostShares(List<ClaimLine> lines, DateOnly date, PolicyCatalog catalog)
    {
        var central = 0L;
        var provinces = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var locals = new List<CostShare>();
        foreach (var group in lines.GroupBy(l => l.Region).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var region = group.Key;
            var centralPercent = catalog.Resolve(CentralPercentKey, region, date).Value.Decimal;
            var provincePercent = catalog.Resolve(ProvincePercentKey, region, date).Value.Decimal;
            var localPercent = catalog.Resolve(LocalPercentKey, region, date).Value.Decimal;
            var (c, p, l) = Split(group.Sum(x => x.AmountFen), centralPercent, provincePercent, localPercent);
            central += c;
            var province = region.Code[..2] + "0000";
            provinces[province] = provinces.GetValueOrDefault(province) + p;
            locals.Add(new CostShare(LocalPayer(region), region, l));
        }

        if (lines.Count == 0)
        {
            return [];
        }

        var shares = new List<CostShare> { new("central", Region.National, central) };
        shares.AddRange(provinces.Select(p => new CostShare("province", Region.Parse(p.Key), p.Value)));
        shares.AddRange(locals);
        return shares;
    }

    private static string LocalPayer(Region region) =>
        region.Code switch
        {
            "CN" => throw new ArgumentException("A loan's region must be a city, zone or county, not CN."),
            [_, _, '0', '0', '0', '0'] => throw new ArgumentException($"A loan's region must be a city, zone or county, not the province {region}."),
            [_, _, '9', ..] => "zone",
            [_, _, _, _, '0', '0'] => "city",
            _ => "county",
        };
}
