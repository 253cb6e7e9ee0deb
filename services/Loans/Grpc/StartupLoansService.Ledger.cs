using System.Globalization;
using Employment.Loans.Domain.Ledger;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using V1 = Employment.Loans.V1;
using Employment.Policy.Model;

namespace Employment.Loans.Grpc;

internal sealed partial class StartupLoansService
{
    /// <summary>Most days one ledger answer shows.</summary>
    private const int MaxLedgerDays = 400;

    /// <summary>A loan's ledger day by day (R6), for a bank (its own loans) or a counter (its region).</summary>
    public override async Task<V1.LoanSubsidyLedger> GetLoanSubsidyLedger(V1.GetLoanSubsidyLedgerRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var from = LoanRequests.Date(request.Period?.From, "period.from");
        var until = LoanRequests.Date(request.Period?.Until, "period.until");
        if (until < from || until.DayNumber - from.DayNumber + 1 > MaxLedgerDays)
        {
            throw RpcErrors.Invalid("period", $"账期须从 {ClerkText.Day(from)} 起、不早于起始日，且不超过 {MaxLedgerDays} 天。");
        }

        var record = await FindLoanAsync(request.Loan, caller, tracked: false, context.CancellationToken);
        var loan = (await LoanAggregate.LoadAsync(db, record, context.CancellationToken)).ToLedger();
        IReadOnlyList<LedgerDay> days;
        try
        {
            days = InterestSubsidyLedger.Days(loan, from, until, catalog);
        }
        catch (Policy.NoPolicyException e)
        {
            throw RpcErrors.Precondition($"没有有效政策，无法计算贴息台账：{e.Message}");
        }

        var ledger = new V1.LoanSubsidyLedger { LoanId = record.Id, Period = Conversions.Period(from, until) };
        foreach (var day in days)
        {
            ledger.Days.Add(new V1.LedgerDay
            {
                Date = Conversions.Date(day.Date),
                SubsidisedPrincipal = Conversions.Fen(day.SubsidisedPrincipalFen),
                ContractRate = Conversions.PercentToRatio(day.ContractRatePercent),
                SubsidyShare = Conversions.PercentToRatio(day.SubsidySharePercent),
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
        var line = InterestSubsidyClaims.Line(loan, days);
        ledger.TotalExactFen = Exact(line?.ExactAmountFen ?? 0m);
        ledger.Total = Conversions.Fen(line?.AmountFen ?? 0);
        return ledger;
    }

    private static string Exact(decimal fen) => fen.ToString("0.##########", CultureInfo.InvariantCulture);
}
