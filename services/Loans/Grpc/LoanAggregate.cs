using Employment.Persistence.Records;
using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

/// <summary>A registered loan with everything reported about it: what the contract shows and the ledger reads.</summary>
internal sealed record LoanAggregate(
    LoanRecord Loan,
    IReadOnlyList<RepaymentRecord> Repayments,
    ExtensionRecord? Extension,
    IReadOnlyList<OverdueRecord> Overdue)
{
    public long OutstandingFen => Loan.PrincipalFen - Repayments.Sum(r => r.PrincipalFen);

    public bool Settled => Loan.Status is (int)V1.LoanStatus.Settled or (int)V1.LoanStatus.SettledEarly;

    /// <summary>The maturity the borrower now owes by: the extension's new one, else the contract's.</summary>
    public DateOnly CurrentMaturity => Extension is { } x ? x.Until.AddDays(1) : Terms.MaturityDate;

    public LoanTerms Terms => new(
        Loan.BankCode,
        Loan.ContractNumber,
        Region.Parse(Loan.Region),
        Loan.PrincipalFen,
        Loan.SubsidisedPrincipalFen,
        Loan.ContractRatePercent,
        Loan.IssueDate,
        Loan.TermMonths,
        (RepaymentMethod)Loan.RepaymentMethod,
        Loan.DayCountBasis);

    public static async Task<LoanAggregate> LoadAsync(LoansDbContext db, LoanRecord loan, CancellationToken cancellationToken) =>
        (await LoadManyAsync(db, [loan], cancellationToken))[0];

    /// <summary>The loans with what was reported about them, in the order given: three queries for all of them, not three per loan.</summary>
    public static async Task<IReadOnlyList<LoanAggregate>> LoadManyAsync(LoansDbContext db, IReadOnlyList<LoanRecord> loans, CancellationToken cancellationToken)
    {
        var ids = loans.Select(l => l.Id).ToList();
        var repayments = (await db.Repayments.AsNoTracking().Where(r => ids.Contains(r.LoanId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.LoanId);
        var extensions = (await db.Extensions.AsNoTracking().Where(x => ids.Contains(x.LoanId)).ToListAsync(cancellationToken))
            .ToLookup(x => x.LoanId);
        var overdue = (await db.Overdue.AsNoTracking().Where(o => ids.Contains(o.LoanId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.LoanId);
        return loans.Select(loan => new LoanAggregate(
                loan,
                repayments[loan.Id].OrderBy(r => r.PaidOn).ThenBy(r => r.Id, StringComparer.Ordinal).ToList(),
                extensions[loan.Id].OrderBy(x => x.From).FirstOrDefault(),
                overdue[loan.Id].OrderBy(o => o.From).ToList()))
            .ToList();
    }

    public LedgerLoan ToLedger() => new(
        Loan.Id,
        Terms,
        Loan.SubsidySharePercent,
        Repayments.Select(r => new Repayment(r.PaidOn, r.PrincipalFen, r.InterestFen)).ToList(),
        Extension is { } x ? new LoanExtension(new DatePeriod(x.From, x.Until), x.RequestedOn, x.Reason) : null,
        Overdue.Select(o => new DatePeriod(o.From, o.Until)).ToList(),
        Loan.SettledOn);

    public V1.Loan ToProto(PolicyCatalog catalog)
    {
        var terms = Terms;
        var proto = new V1.Loan
        {
            LoanId = Loan.Id,
            Status = (V1.LoanStatus)Loan.Status,
            OutstandingPrincipal = Conversions.Fen(OutstandingFen),
            SubsidyShare = Conversions.PercentToRatio(Loan.SubsidySharePercent),
            SubsidyExplanation = SubsidyExplanation(catalog),
            Record = Loan.ToRecordInfo(),
            Terms = new V1.LoanTerms
            {
                Contract = new V1.BankContract { BankCode = Loan.BankCode, ContractNumber = Loan.ContractNumber },
                ApplicationId = Loan.ApplicationId ?? "",
                Borrower = new V1.Borrower { Kind = (V1.BorrowerKind)Loan.BorrowerKind },
                Region = new Common.V1.RegionCode { Code = Loan.Region },
                ProductId = Loan.ProductId,
                Principal = Conversions.Fen(Loan.PrincipalFen),
                SubsidisedPrincipal = Conversions.Fen(Loan.SubsidisedPrincipalFen),
                ContractRate = Conversions.PercentToRatio(Loan.ContractRatePercent),
                DayCountBasis = Loan.DayCountBasis ?? 0,
                IssueDate = Conversions.Date(Loan.IssueDate),
                MaturityDate = Conversions.Date(terms.MaturityDate),
                RepaymentMethod = (V1.RepaymentMethod)(Loan.RepaymentMethod + 1),
            },
        };
        if (Loan.BorrowerKeyKind == (int)BorrowerKeyKind.IdNumber)
        {
            proto.Terms.Borrower.IdNumber = Loan.BorrowerMasked;
        }
        else
        {
            proto.Terms.Borrower.CreditCode = Loan.BorrowerMasked;
        }

        proto.Terms.Schedule.AddRange(RepaymentSchedule.Compute(terms).Select(s => new V1.ScheduledRepayment
        {
            Number = s.Number,
            DueDate = Conversions.Date(s.DueDate),
            Principal = Conversions.Fen(s.PrincipalFen),
            Interest = Conversions.Fen(s.InterestFen),
        }));
        proto.Repayments.AddRange(Repayments.Select(r => new V1.Repayment
        {
            PaidOn = Conversions.Date(r.PaidOn),
            Principal = Conversions.Fen(r.PrincipalFen),
            Interest = Conversions.Fen(r.InterestFen),
        }));
        if (Extension is { } x)
        {
            proto.Extension = new V1.LoanExtension
            {
                Period = Conversions.Period(x.From, x.Until),
                RequestedOn = Conversions.Date(x.RequestedOn),
                ReasonZh = x.Reason,
                Granted = true,
            };
        }

        proto.OverduePeriods.AddRange(Overdue.Select(o => Conversions.Period(o.From, o.Until)));
        return proto;
    }

    /// <summary>The share fixed at issue (R4), with the clause that set it on the issue date.</summary>
    private Common.V1.Explanation SubsidyExplanation(PolicyCatalog catalog)
    {
        var explanation = new ExplanationBuilder(Loan.IssueDate);
        var check = explanation.Check("loans.subsidy_share_at_issue", true,
            $"贴息比例按放款日（{ClerkText.Day(Loan.IssueDate)}）适用的政策确定，贷款存续期内不变")
            .Fact("贴息比例", Loan.SubsidySharePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%");
        if (LoanProducts.ShareKeyOf(Loan.ProductId) is { } key && catalog.TryResolve(key, Region.Parse(Loan.Region), Loan.IssueDate, out var share))
        {
            check.Uses(share);
        }

        return explanation.Build(Loan.SubsidySharePercent > 0 ? "财政贴息贷款" : "不贴息贷款");
    }
}
