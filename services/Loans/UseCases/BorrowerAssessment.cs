using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Loans.UseCases;

/// <summary>What a bank's query, a counter's application or a registration asks to be judged.</summary>
/// <param name="Caller">Who asks: a counter finds in the registry only the borrowers its region covers (a bank is bound by its bank code instead).</param>
internal sealed record AssessmentRequest(
    Caller Caller,
    BorrowerKey Borrower,
    Region Region,
    DateOnly IssueDate,
    long AmountFen,
    IReadOnlyList<ProposedGuarantor> Guarantors,
    EnterpriseStaffing? Staffing,
    string Purpose)
{
    /// <summary>
    /// A bank's question is answered even when the answer is no (no product in force, an amount above
    /// every cap): failed checks instead of a refusal. A counter's application names a product and is refused.
    /// </summary>
    public bool AnswersNo { get; init; }

    /// <summary>The borrower's loans when the caller has read them already (a bank's query reads them with its consent); null: read them here.</summary>
    public IReadOnlyList<LoanSummary>? LoansRead { get; init; }
}

/// <summary>The judgement: every product in force with its verdict, the borrower's loans, the common checks and whose rules applied.</summary>
internal sealed record Assessment(
    IReadOnlyList<ProductOffer> Offers,
    int RemainingSubsidisedLoans,
    IReadOnlyList<OutstandingLoanRow> OutstandingLoans,
    Explanation Common,
    string NameMasked,
    RulesBasis Basis)
{
    /// <summary>The registry's id of a person borrower the registry knows (empty otherwise): what audits across services match by.</summary>
    public string PersonId { get; init; } = "";

    public bool Eligible => Offers.Any(o => o.Eligible);
}

/// <summary>
/// Gathers the facts a borrower is judged on and has <see cref="LoanProducts"/> judge every product in
/// force (R4-R7): the personal conditions from the registry profile (<see cref="PersonalSubsidyConditions"/>),
/// the subsidised loans already received and the loans outstanding from this service's own records.
/// Shared by the bank's query, the counter's application and registration so all judge alike.
/// </summary>
internal sealed class BorrowerAssessment(LoanProducts products, PersonalSubsidyConditions conditions, RegionCheckedRegistry registry, ChinaClock clock)
{
    /// <summary>A fact's source when the registry holds it (as the other services name it), never which cache answered.</summary>
    private const string RegistrySource = BankDisclosure.RegistrySource;

    public async Task<Assessment> AssessAsync(LoansDbContext db, AssessmentRequest request, CancellationToken cancellationToken)
    {
        var explanation = new ExplanationBuilder(request.IssueDate);
        var meets = false;
        var basis = "";
        var honours = HonoursRoute.None;
        IReadOnlyList<Check> categoryChecks = [];
        var nameMasked = "";
        var personId = "";
        if (request.Borrower.Kind == BorrowerKeyKind.IdNumber)
        {
            // Not registered, or registered where this counter may not look: the same answer, so it tells nothing.
            var profile = await registry.FindPersonByIdNumberAsync(request.Caller, request.Borrower.Number, new RegistryQuery(request.Purpose, "借款人", "borrower.id_number", clock.Today), cancellationToken);
            if (profile is null)
            {
                basis = "借款人未在人社部门登记，无法认定贴息条件";
                explanation.Check(LoanCheckIds.BorrowerRegistered, false, basis).Fact("借款人", request.Borrower.Masked, "request");
            }
            else
            {
                nameMasked = profile.NameMasked;
                personId = profile.PersonId;
                var result = conditions.Evaluate(profile.Profile, request.Region, request.IssueDate);
                (meets, basis, honours, categoryChecks) = (result.Met, result.BasisZh, result.HonoursRoute, result.Checks);
                explanation.Check(LoanCheckIds.PersonalConditions, meets, meets ? "借款人符合财政贴息申请条件（人员类别）" : basis)
                    .Fact("借款人", request.Borrower.Masked, "request")
                    .Fact("登记信息版本", profile.Profile.ProfileVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), RegistrySource);
            }
        }

        var history = request.LoansRead is { } loans
            ? await BorrowerHistory.OfAsync(db, loans, cancellationToken)
            : await BorrowerHistory.LoadAsync(db, request.Borrower.References, cancellationToken);
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
            OutstandingLoans = history.Outstanding.Select(l => new OutstandingGuaranteeLoan(l.LoanId, l.OutstandingFen, l.Subsidised)).ToList(),
            Staffing = request.Staffing,
            Guarantors = request.Guarantors
                .Select(g => new Guarantor(g.IdNumber.Masked, g.Name, g.MonthlyContributionFen, IsBorrower: IsBorrower(request.Borrower, g)))
                .ToList(),
        };

        IReadOnlyList<ProductOffer> offers;
        try
        {
            offers = products.OffersFor(facts);
        }
        catch (ArgumentException e)
        {
            throw DomainRuleException.Invalid("request", e.Message);
        }

        var periods = offers.Count == 0 ? products.PeriodsFor(facts) : [];
        var sharesWithoutCap = offers.Count == 0 ? products.SharesWithoutCapFor(facts) : [];
        if (!request.AnswersNo)
        {
            ProductsInForce.Require(offers, facts, periods, sharesWithoutCap);
        }

        var common = explanation.Build(offers.Any(o => o.Eligible) ? "至少有一种贷款产品符合条件" : "没有符合条件的贷款产品");
        common.Checks.AddRange(categoryChecks);
        ProductsInForce.Explain(offers, facts, periods, common, sharesWithoutCap);
        var remaining = offers.Select(o => o.RemainingSubsidisedLoans).FirstOrDefault(r => r is not null) ?? 0;
        var rulesBasis = RulesBasis.Of(request.Region, offers.Select(o => o.Explanation).Prepend(common));
        return new Assessment(offers, remaining, history.Outstanding, common, nameMasked, rulesBasis) { PersonId = personId };
    }

    /// <summary>The fact R7 needs: the guarantor's identity number is the (person) borrower's own.</summary>
    private static bool IsBorrower(BorrowerKey borrower, ProposedGuarantor guarantor) =>
        borrower.Kind == BorrowerKeyKind.IdNumber && guarantor.IdNumber.Value == borrower.Number;
}
