using System.Globalization;
using Employment.Loans.Domain.Ledger;
using Employment.Policy;
using Employment.Policy.Explanations;
using V1 = Employment.Loans.V1;
using Employment.Policy.Model;

namespace Employment.Loans.UseCases;

/// <summary>A computed claim as the contract shows it; each line explains its days and amount.</summary>
internal static class ClaimAnswers
{
    public static V1.InterestSubsidyClaim ToProto(InterestSubsidyClaim claim, PolicyCatalog catalog)
    {
        var proto = new V1.InterestSubsidyClaim
        {
            BankCode = claim.BankCode,
            Year = claim.Year,
            Quarter = claim.Quarter,
            Period = MessageValues.Period(claim.Period.From, claim.Period.Until),
            Total = MessageValues.Fen(claim.TotalFen),
        };
        foreach (var line in claim.Lines)
        {
            var periodEnd = claim.Period.Until!.Value;
            var explanation = new ExplanationBuilder(periodEnd);
            var check = explanation.Check("loans.interest_subsidy.daily_accrual", true,
                    "按日计息：每日贴息 = 贴息部分未还本金 × 合同利率 × 贴息比例 ÷ 计息天数基准；展期、逾期期间不贴息；按笔按期四舍五入到分（R6）")
                .Fact("贴息天数", line.SubsidisedDays.ToString(CultureInfo.InvariantCulture))
                .Fact("展期天数", line.ExtensionDays.ToString(CultureInfo.InvariantCulture))
                .Fact("逾期天数", line.OverdueDays.ToString(CultureInfo.InvariantCulture))
                .Fact("未取整金额（分）", line.ExactAmountFen.ToString("0.######", CultureInfo.InvariantCulture))
                .Fact("贴息金额", ClerkText.Yuan(line.AmountFen));

            // The parameters the ledger read, as in force on the quarter's last day (each day reads its own, R1).
            foreach (var key in Cited(line))
            {
                if (catalog.TryResolve(key, line.Region, periodEnd, out var value))
                {
                    check.Uses(value);
                }
            }

            proto.Lines.Add(new V1.ClaimLine
            {
                LoanId = line.LoanId,
                ContractNumber = line.ContractNumber,
                SubsidisedDays = line.SubsidisedDays,
                ExcludedDays = line.ExcludedDays,
                ContractRate = MessageValues.PercentToRatio(line.ContractRatePercent),
                SubsidyShare = MessageValues.PercentToRatio(line.SubsidySharePercent),
                Amount = MessageValues.Fen(line.AmountFen),
                Explanation = explanation.Build($"{line.ContractNumber}：贴息 {ClerkText.Yuan(line.AmountFen)}"),
            });
        }

        proto.CostShares.AddRange(claim.CostShares.Select(s => new V1.CostShare
        {
            Payer = s.Payer,
            Region = new Common.V1.RegionCode { Code = s.Region.Code },
            Amount = MessageValues.Fen(s.AmountFen),
        }));
        return proto;
    }

    private static IEnumerable<string> Cited(ClaimLine line)
    {
        yield return InterestSubsidyLedger.DayCountBasisKey;
        if (line.ExtensionDays > 0)
        {
            yield return InterestSubsidyLedger.SubsidisedDuringExtensionKey;
        }

        if (line.OverdueDays > 0)
        {
            yield return InterestSubsidyLedger.SubsidisedDuringOverdueKey;
        }
    }
}
