using Employment.Common.V1;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Loans.Domain.Loans;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>A loan as the contract shows it: its terms with the repayment schedule, what was reported, and the share's explanation.</summary>
internal static class LoanAnswers
{
    public static V1.Loan ToProto(Loan loan, RecordInfo record, PolicyCatalog catalog)
    {
        var terms = loan.Terms;
        var proto = new V1.Loan
        {
            LoanId = loan.Id,
            Status = (V1.LoanStatus)loan.Status,
            OutstandingPrincipal = MessageValues.Fen(loan.OutstandingFen),
            SubsidyShare = MessageValues.PercentToRatio(loan.SubsidySharePercent),
            SubsidyExplanation = SubsidyExplanation(loan, catalog),
            Record = record,
            Terms = new V1.LoanTerms
            {
                Contract = new V1.BankContract { BankCode = loan.BankCode, ContractNumber = loan.ContractNumber },
                ApplicationId = loan.ApplicationId ?? "",
                Borrower = new V1.Borrower { Kind = (V1.BorrowerKind)loan.Borrower.Kind },
                Region = new RegionCode { Code = terms.Region.Code },
                ProductId = loan.ProductId,
                Principal = MessageValues.Fen(terms.PrincipalFen),
                SubsidisedPrincipal = MessageValues.Fen(terms.SubsidisedPrincipalFen),
                ContractRate = MessageValues.PercentToRatio(terms.ContractRatePercent),
                DayCountBasis = terms.DayCountBasis ?? 0,
                IssueDate = MessageValues.Date(terms.IssueDate),
                MaturityDate = MessageValues.Date(terms.MaturityDate),
                RepaymentMethod = (V1.RepaymentMethod)((int)terms.Method + 1),
            },
        };
        if (loan.Borrower.ByCreditCode)
        {
            proto.Terms.Borrower.CreditCode = loan.Borrower.Masked;
        }
        else
        {
            proto.Terms.Borrower.IdNumber = loan.Borrower.Masked;
        }

        proto.Terms.Schedule.AddRange(RepaymentSchedule.Compute(terms).Select(s => new V1.ScheduledRepayment
        {
            Number = s.Number,
            DueDate = MessageValues.Date(s.DueDate),
            Principal = MessageValues.Fen(s.PrincipalFen),
            Interest = MessageValues.Fen(s.InterestFen),
        }));
        proto.Repayments.AddRange(loan.Repayments.Select(r => new V1.Repayment
        {
            PaidOn = MessageValues.Date(r.PaidOn),
            Principal = MessageValues.Fen(r.PrincipalFen),
            Interest = MessageValues.Fen(r.InterestFen),
        }));
        if (loan.Extension is { } x)
        {
            proto.Extension = new V1.LoanExtension
            {
                Period = MessageValues.Period(x.From, x.Until),
                RequestedOn = MessageValues.Date(x.RequestedOn),
                ReasonZh = x.Reason,
                Granted = true,
            };
        }

        proto.OverduePeriods.AddRange(loan.Overdue.Select(o => MessageValues.Period(o.From, o.Until)));
        return proto;
    }

    /// <summary>The share fixed at issue (R4), with the clause that set it on the issue date.</summary>
    private static Explanation SubsidyExplanation(Loan loan, PolicyCatalog catalog)
    {
        var issued = loan.Terms.IssueDate;
        var explanation = new ExplanationBuilder(issued);
        var check = explanation.Check("loans.subsidy_share_at_issue", true,
            $"贴息比例按放款日（{ClerkText.Day(issued)}）适用的政策确定，贷款存续期内不变")
            .Fact("贴息比例", loan.SubsidySharePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%");
        if (LoanProducts.ShareKeyOf(loan.ProductId) is { } key && catalog.TryResolve(key, loan.Terms.Region, issued, out var share))
        {
            check.Uses(share);
        }

        return explanation.Build(loan.SubsidySharePercent > 0 ? "财政贴息贷款" : "不贴息贷款");
    }
}
