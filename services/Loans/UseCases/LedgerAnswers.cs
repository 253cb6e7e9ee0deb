using System.Globalization;
using Employment.Loans.Domain.Ledger;
using Employment.Loans.Domain.Loans;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>A loan's ledger days as the contract shows them, with the total a claim would make.</summary>
internal static class LedgerAnswers
{
    public static V1.LoanSubsidyLedger ToProto(Loan loan, DateOnly from, DateOnly until, IReadOnlyList<LedgerDay> days)
    {
        var ledger = new V1.LoanSubsidyLedger { LoanId = loan.Id, Period = MessageValues.Period(from, until) };
        foreach (var day in days)
        {
            ledger.Days.Add(new V1.LedgerDay
            {
                Date = MessageValues.Date(day.Date),
                SubsidisedPrincipal = MessageValues.Fen(day.SubsidisedPrincipalFen),
                ContractRate = MessageValues.PercentToRatio(day.ContractRatePercent),
                SubsidyShare = MessageValues.PercentToRatio(day.SubsidySharePercent),
                DayCountBasis = day.DayCountBasis,
                Excluded = day.Excluded switch
                {
                    ExclusionReason.BeforeIssue => V1.ExclusionReason.BeforeIssue,
                    ExclusionReason.AfterSettlement => V1.ExclusionReason.AfterSettlement,
                    ExclusionReason.Extension => V1.ExclusionReason.Extension,
                    ExclusionReason.Overdue => V1.ExclusionReason.Overdue,
                    _ => V1.ExclusionReason.None,
                },
                DailySubsidyFen = Exact(day.DailySubsidyFen),
            });
        }

        // The same sum a claim for this period makes: one division per basis, one rounding.
        var line = InterestSubsidyClaims.Line(loan.ToLedger(), days);
        ledger.TotalExactFen = Exact(line?.ExactAmountFen ?? 0m);
        ledger.Total = MessageValues.Fen(line?.AmountFen ?? 0);
        return ledger;
    }

    private static string Exact(decimal fen) => fen.ToString("0.##########", CultureInfo.InvariantCulture);
}
