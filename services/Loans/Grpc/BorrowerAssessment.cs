using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;
using Employment.ProfileCache;

namespace Employment.Loans.Grpc;

/// <summary>What a bank's query or a counter's application asks to be judged.</summary>
internal sealed record AssessmentRequest(
    BorrowerKey Borrower,
    Region Region,
    DateOnly IssueDate,
    long AmountFen,
    IReadOnlyList<V1.GuarantorInput> Guarantors,
    V1.EnterpriseStaffing? Staffing,
    string Purpose);

/// <summary>The judgement: every product in force with its verdict, the borrower's loans, and the common checks.</summary>
internal sealed record Assessment(
    IReadOnlyList<ProductOffer> Offers,
    int RemainingSubsidisedLoans,
    IReadOnlyList<V1.OutstandingLoan> OutstandingLoans,
    Explanation Common)
{
    public bool Eligible => Offers.Any(o => o.Eligible);
}

/// <summary>
/// Judges a borrower for every product in force (R4-R7): the personal conditions from the registry
/// profile (<see cref="PersonalSubsidyConditions"/>), the subsidised loans already received and the
/// loans outstanding from this service's own records, then <see cref="LoanProducts"/>. Shared by the
/// bank's query and the counter's application so both judge alike.
/// </summary>
internal sealed class BorrowerAssessment(LoanProducts products, PersonalSubsidyConditions conditions, IProfileFinder registry)
{
    public async Task<Assessment> AssessAsync(LoansDbContext db, AssessmentRequest request, CancellationToken cancellationToken)
    {
        var explanation = new ExplanationBuilder(request.IssueDate);
        var meets = false;
        var basis = "";
        var honours = HonoursRoute.None;
        IReadOnlyList<Check> categoryChecks = [];
        if (request.Borrower.Kind == BorrowerKeyKind.IdNumber)
        {
            var profile = await registry.FindPersonAsync(request.Borrower.Number, request.Purpose, cancellationToken);
            if (profile is null)
            {
                basis = "借款人未在人社部门登记，无法认定贴息条件";
                explanation.Check("loans.borrower.registered", false, basis).Fact("借款人", request.Borrower.Masked, "request");
            }
            else
            {
                var result = conditions.Evaluate(profile.Profile, request.Region, request.IssueDate);
                (meets, basis, honours, categoryChecks) = (result.Met, result.BasisZh, result.HonoursRoute, result.Checks);
                explanation.Check("loans.personal_subsidy_conditions", meets, meets ? "借款人符合财政贴息申请条件（人员类别）" : basis)
                    .Fact("借款人", request.Borrower.Masked, "request")
                    .Fact("登记信息版本", profile.Profile.ProfileVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), $"applicants ({profile.Source})");
            }
        }

        var history = await BorrowerHistory.LoadAsync(db, request.Borrower.References, cancellationToken);
        var facts = new EligibilityFacts
        {
            BorrowerKind = request.Borrower.BorrowerKind,
            Region = request.Region,
            IntendedIssueDate = request.IssueDate,
            RequestedAmountFen = request.AmountFen,
            MeetsPersonalSubsidyConditions = meets,
            PersonalSubsidyConditionsBasis = basis,
            HonoursRoute = honours,
            SubsidisedLoansSoFar = history.SubsidisedLoans,
            OutstandingLoans = history.Outstanding.Select(l => new OutstandingGuaranteeLoan(l.LoanId, l.OutstandingPrincipal.Fen, l.Subsidised)).ToList(),
            Staffing = request.Staffing is { } s ? new EnterpriseStaffing(s.CurrentStaff, s.QualifyingNewHiresThisYear) : null,
            Guarantors = Guarantors(request),
        };

        IReadOnlyList<ProductOffer> offers;
        try
        {
            offers = products.OffersFor(facts);
        }
        catch (ArgumentException e)
        {
            throw RpcErrors.Invalid("request", e.Message);
        }

        if (offers.Count == 0)
        {
            throw RpcErrors.Precondition(
                $"{ClerkText.Day(request.IssueDate)} 在地区 {request.Region.Code} 没有适用于该类借款人的创业担保贷款政策（放款日期不在任何政策有效期内）。");
        }

        var largest = offers.Max(o => o.TotalCapFen);
        if (request.AmountFen > largest)
        {
            throw RpcErrors.Invalid("requested_amount",
                $"申请金额 {ClerkText.Yuan(request.AmountFen)} 超过 {ClerkText.Day(request.IssueDate)} 各在售产品的最高额度 {ClerkText.Yuan(largest)}。");
        }

        var common = explanation.Build(offers.Any(o => o.Eligible) ? "至少有一种贷款产品符合条件" : "没有符合条件的贷款产品");
        common.Checks.AddRange(categoryChecks);
        var remaining = offers.Select(o => o.RemainingSubsidisedLoans).FirstOrDefault(r => r is not null) ?? 0;
        return new Assessment(offers, remaining, history.Outstanding, common);
    }

    private static List<Guarantor> Guarantors(AssessmentRequest request)
    {
        var guarantors = new List<Guarantor>();
        for (var i = 0; i < request.Guarantors.Count; i++)
        {
            var g = request.Guarantors[i];
            var field = $"guarantors[{i}]";
            var id = LoanRequests.Person(g.IdNumber, field + ".id_number", request.IssueDate);
            if (request.Borrower.Kind == BorrowerKeyKind.IdNumber && id.Value == request.Borrower.Number)
            {
                // Bad input, not a verdict: R7's counter-guarantee is by someone other than the borrower.
                throw RpcErrors.Invalid(field + ".id_number", "反担保人不能是借款人本人，请更换反担保人。");
            }

            guarantors.Add(new Guarantor(id.Masked, g.Name.Trim(), LoanRequests.NonNegativeAmount(g.MonthlyContribution, field + ".monthly_contribution")));
        }

        return guarantors;
    }
}

/// <summary>A borrower's startup-guarantee loans in this service's records.</summary>
internal sealed record BorrowerHistory(int SubsidisedLoans, IReadOnlyList<V1.OutstandingLoan> Outstanding)
{
    private static readonly int[] Settled = [(int)V1.LoanStatus.Settled, (int)V1.LoanStatus.SettledEarly];

    private sealed record LoanSummary(string Id, string BankCode, DateOnly IssueDate, long PrincipalFen, long SubsidisedPrincipalFen, int Status);

    public static async Task<BorrowerHistory> LoadAsync(LoansDbContext db, IReadOnlyList<string> borrowerReferences, CancellationToken cancellationToken)
    {
        // Not an EF compiled query: one of those is bound to the first provider that runs it, and a
        // process may hold services on SQLite and PostgreSQL at once (tests do).
        var loans = await db.Loans.AsNoTracking()
            .Where(l => borrowerReferences.Contains(l.BorrowerHash))
            .Select(l => new LoanSummary(l.Id, l.BankCode, l.IssueDate, l.PrincipalFen, l.SubsidisedPrincipalFen, l.Status))
            .ToListAsync(cancellationToken);

        if (loans.Count == 0)
        {
            return new BorrowerHistory(0, []);
        }

        var open = loans.Where(l => !Settled.Contains(l.Status)).Select(l => l.Id).ToList();
        var repaid = await db.Repayments.AsNoTracking()
            .Where(r => open.Contains(r.LoanId))
            .GroupBy(r => r.LoanId)
            .Select(g => new { LoanId = g.Key, Fen = g.Sum(r => r.PrincipalFen) })
            .ToDictionaryAsync(x => x.LoanId, x => x.Fen, cancellationToken);
        var outstanding = loans
            .Where(l => open.Contains(l.Id))
            .OrderBy(l => l.IssueDate)
            .Select(l => new V1.OutstandingLoan
            {
                LoanId = l.Id,
                BankCode = l.BankCode,
                IssueDate = Conversions.Date(l.IssueDate),
                OutstandingPrincipal = Conversions.Fen(l.PrincipalFen - repaid.GetValueOrDefault(l.Id)),
                Subsidised = l.SubsidisedPrincipalFen > 0,
            })
            .ToList();
        return new BorrowerHistory(loans.Count(l => l.SubsidisedPrincipalFen > 0), outstanding);
    }
}
