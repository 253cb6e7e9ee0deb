namespace Employment.Loans.Domain.Ledger;

/// <summary>One instalment of the repayment plan (maps onto employment.loans.v1.ScheduledRepayment). Amounts in fen.</summary>
public sealed record ScheduledRepayment(int Number, DateOnly DueDate, long PrincipalFen, long InterestFen)
{
    public long TotalFen => PrincipalFen + InterestFen;
}

/// <summary>
/// The repayment plan (还款计划) from the contract terms.
/// <list type="bullet">
/// <item>Instalments are monthly. The k-th due date is the issue date plus k months, each counted from
/// the issue date (not from the previous due date): the same day of the month, or the month's last day
/// when the month is shorter (issued 01-31 → 02-28, 03-31, 04-30 …). The first is one month after issue;
/// the last is the maturity date.</item>
/// <item>The schedule's interest uses the monthly rate = annual contract rate ÷ 12 (the banks' plan
/// convention); the subsidy ledger, by contrast, accrues per day (<see cref="InterestSubsidyLedger"/>).</item>
/// <item>等额本息: payment = P·r·(1+r)^n ÷ ((1+r)^n − 1), rounded half up to the fen; each month's
/// interest = balance·r rounded half up; principal = payment − interest; the last instalment repays the
/// whole remaining balance (it absorbs the rounding). With a zero rate, payment = P ÷ n rounded half up.</item>
/// <item>按月付息到期还本: each month's interest = P·r rounded half up; the whole principal is due with the last instalment.</item>
/// </list>
/// All arithmetic is decimal; the same terms always give the same fen.
/// </summary>
public static class RepaymentSchedule
{
    public static IReadOnlyList<ScheduledRepayment> Compute(LoanTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        terms.Validate();
        var monthlyRate = terms.ContractRatePercent / 100m / 12m;
        return terms.Method switch
        {
            RepaymentMethod.EqualInstalments => EqualInstalments(terms, monthlyRate),
            RepaymentMethod.InterestOnlyPrincipalAtMaturity => InterestOnly(terms, monthlyRate),
            _ => throw new ArgumentOutOfRangeException(nameof(terms), terms.Method, "Unknown repayment method."),
        };
    }

    /// <summary>The k-th due date (k ≥ 1): issue date plus k months.</summary>
    public static DateOnly DueDate(DateOnly issueDate, int number) => issueDate.AddMonths(number);

    private static List<ScheduledRepayment> EqualInstalments(LoanTerms terms, decimal monthlyRate)
    {
        var n = terms.TermMonths;
        long payment;
        if (monthlyRate == 0m)
        {
            payment = Fen.RoundHalfUp((decimal)terms.PrincipalFen / n);
        }
        else
        {
            var growth = 1m;
            for (var i = 0; i < n; i++)
            {
                growth *= 1m + monthlyRate;
            }

            payment = Fen.RoundHalfUp(terms.PrincipalFen * monthlyRate * growth / (growth - 1m));
        }

        var plan = new List<ScheduledRepayment>(n);
        var balance = terms.PrincipalFen;
        for (var k = 1; k <= n; k++)
        {
            var interest = Fen.RoundHalfUp(balance * monthlyRate);
            var principal = k == n ? balance : Math.Clamp(payment - interest, 0, balance);
            plan.Add(new ScheduledRepayment(k, DueDate(terms.IssueDate, k), principal, interest));
            balance -= principal;
        }

        return plan;
    }

    private static List<ScheduledRepayment> InterestOnly(LoanTerms terms, decimal monthlyRate)
    {
        var interest = Fen.RoundHalfUp(terms.PrincipalFen * monthlyRate);
        var plan = new List<ScheduledRepayment>(terms.TermMonths);
        for (var k = 1; k <= terms.TermMonths; k++)
        {
            plan.Add(new ScheduledRepayment(k, DueDate(terms.IssueDate, k), k == terms.TermMonths ? terms.PrincipalFen : 0, interest));
        }

        return plan;
    }
}
