using System.Globalization;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using K = Employment.Loans.Domain.Eligibility.LoanPolicyKeys;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// The startup-guarantee loan products (R4, R5) and whether a request fits each, decided from the
/// policy catalog on the intended issue date (R1) and region (R2).
/// <list type="bullet">
/// <item>A product whose cap key has no policy on the date is not in force and is not offered.</item>
/// <item>A product in force whose other parameters (subsidy share, subsidised-loan count, hiring-ratio
/// bounds, guarantor multiple) have no policy on the date is offered as not eligible, with a failed
/// check naming the key; a missing subsidy share also marks the explanation undetermined.</item>
/// <item>A requested amount of zero or less is an <see cref="ArgumentException"/>.</item>
/// </list>
/// </summary>
public sealed class LoanProducts(PolicyCatalog catalog)
{
    private enum Shape
    {
        Subsidised,
        Unsubsidised,
        Mixed,
    }

    private enum Exemption
    {
        None,
        SmallIndividualLoan,
        Honours,
    }

    private sealed record Product(
        string Id,
        string NameZh,
        string Rule,
        Shape Shape,
        string TotalCapKey,
        string? SubsidisedCapKey = null,
        string? ShareKey = null,
        string? TermKey = null,
        bool NeedsPersonalConditions = false,
        bool HiringRatio = false,
        Exemption Exemption = Exemption.None);

    private static readonly Product IndividualSubsidised = new(
        "individual.subsidised", "个人创业担保贷款（贴息）", "individual", Shape.Subsidised, K.IndividualSubsidisedCap,
        ShareKey: K.IndividualSubsidySharePercent, TermKey: K.IndividualTermMaxYears, NeedsPersonalConditions: true,
        Exemption: Exemption.SmallIndividualLoan);

    private static readonly Product IndividualUnsubsidised = new(
        "individual.unsubsidised", "个人创业担保贷款（不贴息）", "individual", Shape.Unsubsidised, K.IndividualUnsubsidisedCap,
        TermKey: K.IndividualTermMaxYears, Exemption: Exemption.SmallIndividualLoan);

    private static readonly Product IndividualBusinessMixed = new(
        "individual_business.mixed", "个体工商户创业担保贷款（混合）", "individual_business", Shape.Mixed, K.IndividualBusinessMixedTotalCap,
        SubsidisedCapKey: K.IndividualBusinessMixedSubsidisedCap, ShareKey: K.IndividualBusinessSubsidySharePercent,
        NeedsPersonalConditions: true);

    private static readonly Product IndividualBusinessUnsubsidised = new(
        "individual_business.unsubsidised", "个体工商户创业担保贷款（不贴息）", "individual_business", Shape.Unsubsidised,
        K.IndividualBusinessUnsubsidisedCap);

    private static readonly Product PartnershipSubsidised = new(
        "partnership.subsidised", "合伙创业担保贷款（贴息）", "partnership", Shape.Subsidised, K.PartnershipSubsidisedCap,
        ShareKey: K.PartnershipSubsidySharePercent, NeedsPersonalConditions: true);

    private static readonly Product PartnershipUnsubsidised = new(
        "partnership.unsubsidised", "合伙创业担保贷款（不贴息）", "partnership", Shape.Unsubsidised, K.PartnershipUnsubsidisedCap);

    private static readonly Product SmallMicroSubsidised = new(
        "small_micro.subsidised", "小微企业创业担保贷款（贴息）", "small_micro", Shape.Subsidised, K.SmallMicroSubsidisedCap,
        ShareKey: K.SmallMicroSubsidySharePercent, TermKey: K.SmallMicroTermMaxYears, HiringRatio: true);

    private static readonly Product SmallMicroUnsubsidised = new(
        "small_micro.unsubsidised", "小微企业创业担保贷款（不贴息）", "small_micro", Shape.Unsubsidised, K.SmallMicroUnsubsidisedCap);

    private static readonly Product EnterpriseMixed = new(
        "enterprise.mixed", "小微及中型企业创业担保贷款（混合）", "enterprise_mixed", Shape.Mixed, K.EnterpriseMixedTotalCap,
        SubsidisedCapKey: K.EnterpriseMixedSubsidisedCap, ShareKey: K.EnterpriseMixedSubsidySharePercent);

    private static readonly Product HonoursSubsidised = new(
        "honours.subsidised", "荣誉及创业大赛获奖者创业担保贷款（贴息、免反担保）", "honours", Shape.Subsidised, K.HonoursSubsidisedCap,
        ShareKey: K.HonoursSubsidySharePercent, Exemption: Exemption.Honours);

    private static readonly Product HonoursUnsubsidised = new(
        "honours.unsubsidised", "荣誉及创业大赛获奖者创业担保贷款（不贴息、免反担保）", "honours", Shape.Unsubsidised, K.HonoursUnsubsidisedCap,
        Exemption: Exemption.Honours);

    private readonly PolicyCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    private static readonly Dictionary<string, Product> ById = new Product[]
    {
        IndividualSubsidised, IndividualUnsubsidised, IndividualBusinessMixed, IndividualBusinessUnsubsidised,
        PartnershipSubsidised, PartnershipUnsubsidised, SmallMicroSubsidised, SmallMicroUnsubsidised, EnterpriseMixed,
        HonoursSubsidised, HonoursUnsubsidised,
    }.ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <summary>
    /// The catalog key of a product's subsidy share (the share a loan keeps for its life, R4); null for an
    /// unsubsidised product. Throws <see cref="KeyNotFoundException"/> for an unknown product id.
    /// </summary>
    public static string? ShareKeyOf(string productId) =>
        ById.TryGetValue(productId, out var product) ? product.ShareKey : throw new KeyNotFoundException($"Unknown loan product '{productId}'.");

    /// <summary>
    /// A product's measure as the policy catalog names it (the prefix of its keys: loans.individual, …) and
    /// its name as a clerk reads it; an unknown id (a product since withdrawn) is named by the id.
    /// </summary>
    public static (string Measure, string NameZh) MeasureOf(string productId) =>
        ById.TryGetValue(productId, out var product) ? ($"loans.{product.Rule}", product.NameZh) : ("loans", $"创业担保贷款（{productId}）");

    /// <summary>Every product in force for the borrower on the intended issue date, each with its verdict.</summary>
    /// <exception cref="ArgumentException">The request is malformed (amount ≤ 0, negative counts or contributions, unknown borrower kind).</exception>
    /// <exception cref="DomainRuleException">A proposed guarantor is the borrower (R7): invalid input naming the guarantor.</exception>
    public IReadOnlyList<ProductOffer> OffersFor(EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Validate(facts);

        var offers = new List<ProductOffer>();
        foreach (var product in ProductsOf(facts))
        {
            if (Evaluate(product, facts) is { } offer)
            {
                offers.Add(offer);
            }
        }

        return offers;
    }

    /// <summary>
    /// The products a kind of borrower may apply for (id and name as a clerk reads it), the honours products last: they
    /// are offered only to a borrower the registry shows honoured (R4), which the judging of the application finds.
    /// </summary>
    public static IReadOnlyList<(string Id, string NameZh)> ProductsFor(BorrowerKind kind) =>
        [.. ProductsOf(kind).Concat([HonoursSubsidised, HonoursUnsubsidised]).Select(p => (p.Id, p.NameZh))];

    private static Product[] ProductsOf(BorrowerKind kind) => kind switch
    {
        BorrowerKind.Individual => [IndividualSubsidised, IndividualUnsubsidised],
        BorrowerKind.IndividualBusiness => [IndividualBusinessMixed, IndividualBusinessUnsubsidised],
        BorrowerKind.Partnership => [PartnershipSubsidised, PartnershipUnsubsidised],
        BorrowerKind.SmallMicroEnterprise => [SmallMicroSubsidised, SmallMicroUnsubsidised, EnterpriseMixed],
        BorrowerKind.MediumEnterprise => [EnterpriseMixed],
        _ => throw new ArgumentException($"Unknown borrower kind {kind}.", nameof(kind)),
    };

    private static IEnumerable<Product> ProductsOf(EligibilityFacts facts)
    {
        IEnumerable<Product> products = ProductsOf(facts.BorrowerKind);
        if (facts.HonoursRoute != HonoursRoute.None)
        {
            products = products.Concat([HonoursSubsidised, HonoursUnsubsidised]);
        }

        return products;
    }

    /// <summary>
    /// The periods in which the borrower's kind of product had caps in the region (R1, R2), the
    /// samples left out: empty when the region has no such product at all, so a "no" can say whether
    /// the date or the place is the reason.
    /// </summary>
    public IReadOnlyList<ParameterValue> PeriodsFor(EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return ProductsOf(facts)
            .SelectMany(p => _catalog.History(p.TotalCapKey, facts.Region))
            .Where(v => !v.IsSample)
            .DistinctBy(v => (v.From, v.Until))
            .OrderBy(v => v.From)
            .ToList();
    }

    /// <summary>
    /// The subsidy shares in force on the date for the borrower's products though none of them has a cap
    /// there: a document promises the subsidy and sets no amount (Jiyuan's 个人创业担保贷款财政全额贴息,
    /// 济管〔2023〕19号 82.), so a "no" can say what the place does offer and why no amount can be judged.
    /// </summary>
    public IReadOnlyList<ParameterValue> SharesWithoutCapFor(EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return ProductsOf(facts)
            .Where(p => p.ShareKey is not null && !_catalog.TryResolve(p.TotalCapKey, facts.Region, facts.IntendedIssueDate, out _))
            .Select(p => _catalog.TryResolve(p.ShareKey!, facts.Region, facts.IntendedIssueDate, out var share) ? share : null)
            .OfType<ParameterValue>()
            .Where(v => !v.IsSample)
            .DistinctBy(v => v.Key)
            .ToList();
    }

    private static void Validate(EligibilityFacts facts)
    {
        if (facts.RequestedAmountFen <= 0)
        {
            throw new ArgumentException("The requested amount must be positive.", nameof(facts));
        }

        if (!Enum.IsDefined(facts.BorrowerKind))
        {
            throw new ArgumentException($"Unknown borrower kind {facts.BorrowerKind}.", nameof(facts));
        }

        if (!Enum.IsDefined(facts.HonoursRoute))
        {
            throw new ArgumentException($"Unknown honours route {facts.HonoursRoute}.", nameof(facts));
        }

        if (facts.RequestedTermMonths is <= 0)
        {
            throw new ArgumentException("A requested term must be positive.", nameof(facts));
        }

        if (facts.SubsidisedLoansSoFar < 0)
        {
            throw new ArgumentException("The count of subsidised loans so far cannot be negative.", nameof(facts));
        }

        if (facts.OutstandingLoans.Any(l => l.OutstandingPrincipalFen < 0))
        {
            throw new ArgumentException("An outstanding principal cannot be negative.", nameof(facts));
        }

        if (facts.OutstandingLoans.Count(l => l.Subsidised) > facts.SubsidisedLoansSoFar)
        {
            throw new ArgumentException("More subsidised loans are outstanding than the borrower has received.", nameof(facts));
        }

        if (facts.Staffing is { } s && (s.CurrentStaff < 0 || s.QualifyingNewHiresThisYear < 0))
        {
            throw new ArgumentException("Staff and new hires cannot be negative.", nameof(facts));
        }

        if (facts.Guarantors.Any(g => g.MonthlyContributionFen < 0))
        {
            throw new ArgumentException("A guarantor's monthly contribution cannot be negative.", nameof(facts));
        }

        // R7's counter-guarantee is by someone other than the borrower. Naming the borrower is bad
        // input to correct (the clerk picks another guarantor), not a verdict: the one outcome.
        for (var i = 0; i < facts.Guarantors.Count; i++)
        {
            if (facts.Guarantors[i].IsBorrower)
            {
                throw DomainRuleException.Invalid($"guarantors[{i}].id_number", "反担保人不能是借款人本人，请更换反担保人。");
            }
        }
    }

    private ProductOffer? Evaluate(Product product, EligibilityFacts facts)
    {
        var region = facts.Region;
        var date = facts.IntendedIssueDate;
        var amount = facts.RequestedAmountFen;

        // The product is in force only when its caps are (R1: a date in no period is no policy).
        if (!_catalog.TryResolve(product.TotalCapKey, region, date, out var totalCap))
        {
            return null;
        }

        ParameterValue? mixedSubsidisedCap = null;
        if (product.SubsidisedCapKey is { } subsidisedCapKey)
        {
            if (!_catalog.TryResolve(subsidisedCapKey, region, date, out var resolved))
            {
                return null;
            }

            mixedSubsidisedCap = resolved;
        }

        var explanation = new ExplanationBuilder(date);
        var undetermined = false;
        var subsidised = product.Shape != Shape.Unsubsidised;

        // Caps.
        long totalCapFen = totalCap.Value.Fen;
        long subsidisedCapFen;
        switch (product.Shape)
        {
            case Shape.Subsidised:
                subsidisedCapFen = totalCapFen;
                explanation.Check(LoanCheckIds.AmountWithinSubsidisedCap(product.Rule), amount <= totalCapFen, "申请金额不超过贴息贷款额度上限")
                    .Fact("申请金额", ClerkText.Yuan(amount))
                    .Uses(totalCap);
                break;
            case Shape.Unsubsidised:
                subsidisedCapFen = 0;
                explanation.Check(LoanCheckIds.AmountWithinUnsubsidisedCap(product.Rule), amount <= totalCapFen, "申请金额不超过不贴息贷款额度上限")
                    .Fact("申请金额", ClerkText.Yuan(amount))
                    .Uses(totalCap);
                break;
            default:
                subsidisedCapFen = mixedSubsidisedCap!.Value.Fen;
                explanation.Check(LoanCheckIds.AmountWithinMixedTotalCap(product.Rule), amount <= totalCapFen, "申请金额不超过混合贷款总额度上限")
                    .Fact("申请金额", ClerkText.Yuan(amount))
                    .Uses(totalCap);
                break;
        }

        var requestedSubsidised = subsidised ? Math.Min(amount, subsidisedCapFen) : 0;
        var requestedUnsubsidised = amount - requestedSubsidised;
        if (product.Shape == Shape.Mixed)
        {
            explanation.Check(LoanCheckIds.MixedSubsidisedPart(product.Rule), true, "混合贷款中贴息部分不超过贴息额度，其余部分由借款人自付利息")
                .Fact("贴息部分", ClerkText.Yuan(requestedSubsidised))
                .Fact("自付利息部分", ClerkText.Yuan(requestedUnsubsidised))
                .Uses(mixedSubsidisedCap!);
        }

        // Subsidy share: the key in force on the issue date, kept for the loan's life (R4).
        decimal? share = subsidised ? null : 0m;
        if (product.ShareKey is { } shareKey)
        {
            if (_catalog.TryResolve(shareKey, region, date, out var shareValue))
            {
                share = shareValue.Value.Decimal;
                explanation.Check(LoanCheckIds.SubsidyShareFixedAtIssue(product.Rule), true, "贴息比例按放款日有效的政策确定，贷款存续期内不变")
                    .Fact("拟放款日期", ClerkText.Day(date))
                    .Uses(shareValue);
            }
            else
            {
                undetermined = true;
                explanation.Check(LoanCheckIds.SubsidyShareInForce(product.Rule), false, "放款日无有效政策规定该产品的贴息比例，无法确定贴息")
                    .Fact("拟放款日期", ClerkText.Day(date))
                    .Fact("缺少的政策参数", shareKey);
            }
        }

        // Personal subsidy conditions (decided elsewhere by categories).
        if (product.NeedsPersonalConditions)
        {
            explanation.Check(LoanCheckIds.PersonalSubsidyConditions(product.Rule), facts.MeetsPersonalSubsidyConditions, "借款人符合贴息贷款的个人条件")
                .Fact("符合贴息条件", facts.MeetsPersonalSubsidyConditions ? "是" : "否", facts.PersonalSubsidyConditionsBasis);
        }

        if (product.Exemption == Exemption.Honours)
        {
            explanation.Check(LoanCheckIds.HonoursRoute, true, "获得市级以上荣誉或创业大赛获奖")
                .Fact("荣誉途径", facts.HonoursRoute == HonoursRoute.CityLevelHonour ? "市级以上荣誉" : "创业大赛获奖");
        }

        // At most N subsidised loans per borrower (R6).
        int? remaining = null;
        if (subsidised)
        {
            if (_catalog.TryResolve(K.SubsidisedLoansMaxCount, region, date, out var maxCount))
            {
                remaining = Math.Max(0, maxCount.Value.Integer - facts.SubsidisedLoansSoFar);
                explanation.Check("loans.subsidised_loans.within_max_count", remaining > 0, "借款人享受贴息贷款的次数未超过上限")
                    .Fact("已享受贴息贷款次数", facts.SubsidisedLoansSoFar.ToString(CultureInfo.InvariantCulture))
                    .Fact("未结清贴息贷款笔数", facts.OutstandingLoans.Count(l => l.Subsidised).ToString(CultureInfo.InvariantCulture))
                    .Uses(maxCount);
            }
            else
            {
                explanation.Check("loans.subsidised_loans.max_count_in_force", false, "放款日无有效政策规定贴息贷款次数上限")
                    .Fact("缺少的政策参数", K.SubsidisedLoansMaxCount);
            }
        }

        if (product.HiringRatio)
        {
            undetermined |= CheckHiringRatio(explanation, facts);
        }

        // Term limit, where the catalog states one (the individual term is configuration, R3).
        int? maxTermMonths = null;
        if (product.TermKey is { } termKey && _catalog.TryResolve(termKey, region, date, out var term))
        {
            maxTermMonths = term.Value.Integer * 12;
            var termCheck = explanation.Check(LoanCheckIds.TermLimit(product.Rule), facts.RequestedTermMonths is not { } asked || asked <= maxTermMonths, "贷款期限不超过政策规定的上限");
            if (facts.RequestedTermMonths is { } months)
            {
                termCheck.Fact("申请期限", $"{months.ToString(CultureInfo.InvariantCulture)}个月");
            }

            termCheck.Uses(term);
        }

        var guarantee = CheckCounterGuarantee(explanation, product, facts);

        var eligible = explanation.AllPassed && !undetermined;
        if (undetermined)
        {
            explanation.MarkUndetermined();
        }

        var summary = eligible
            ? $"{product.NameZh}：符合条件"
            : undetermined ? $"{product.NameZh}：无法确定（放款日缺少有效政策参数）" : $"{product.NameZh}：不符合条件";

        return new ProductOffer
        {
            ProductId = product.Id,
            NameZh = product.NameZh,
            Eligible = eligible,
            TotalCapFen = totalCapFen,
            SubsidisedCapFen = subsidisedCapFen,
            RequestedSubsidisedFen = requestedSubsidised,
            RequestedUnsubsidisedFen = requestedUnsubsidised,
            SubsidySharePercent = share,
            MaxTermMonths = maxTermMonths,
            CounterGuaranteeRequired = guarantee.Required,
            GuarantorCapacityFen = guarantee.CapacityFen,
            Guarantors = guarantee.Guarantors,
            GuarantorCapacityCoversAmount = guarantee.CapacityFen >= amount,
            RemainingSubsidisedLoans = remaining,
            Explanation = explanation.Build(summary),
        };
    }

    /// <summary>R5: this year's qualifying hires ≥ the percent of current staff (a lower percent above the staff threshold). Returns true when undetermined.</summary>
    private bool CheckHiringRatio(ExplanationBuilder explanation, EligibilityFacts facts)
    {
        var region = facts.Region;
        var date = facts.IntendedIssueDate;
        if (!_catalog.TryResolve(K.SmallMicroHiringRatioPercent, region, date, out var percent))
        {
            return false; // The ratio applies only where the catalog has it in force.
        }

        if (!_catalog.TryResolve(K.SmallMicroLargeStaffThreshold, region, date, out var threshold)
            || !_catalog.TryResolve(K.SmallMicroHiringRatioPercentLargeStaff, region, date, out var largePercent)
            || !_catalog.TryResolve(K.SmallMicroHireContractMinYears, region, date, out var contractYears))
        {
            explanation.Check("loans.small_micro.hiring_ratio_in_force", false, "放款日新招用人员比例的政策参数不完整")
                .Uses(percent);
            return true;
        }

        if (facts.Staffing is not { } staffing)
        {
            explanation.Check("loans.small_micro.hiring_ratio", false, "未提供企业在职职工人数和当年新招用符合条件人员人数，无法判断招用比例")
                .Uses(percent)
                .Uses(largePercent)
                .Uses(threshold)
                .Uses(contractYears);
            return true;
        }

        var large = staffing.CurrentStaff > threshold.Value.Integer;
        var required = large ? largePercent : percent;

        // Exact: hires × 100 ≥ staff × percent (decimal arithmetic, no division).
        var met = staffing.QualifyingNewHiresThisYear * 100m >= staffing.CurrentStaff * required.Value.Decimal;
        var description = large
            ? "当年新招用符合条件人员（签订1年以上劳动合同）达到现有在职职工人数的规定比例（职工超过规定人数的企业适用较低比例）"
            : "当年新招用符合条件人员（签订1年以上劳动合同）达到现有在职职工人数的规定比例";
        explanation.Check("loans.small_micro.hiring_ratio", met, description)
            .Fact("在职职工人数", staffing.CurrentStaff.ToString(CultureInfo.InvariantCulture))
            .Fact("当年新招用符合条件人数", staffing.QualifyingNewHiresThisYear.ToString(CultureInfo.InvariantCulture))
            .Uses(threshold)
            .Uses(required)
            .Uses(contractYears);
        return false;
    }

    private sealed record GuaranteeResult(bool Required, long CapacityFen, IReadOnlyList<GuarantorAssessment> Guarantors);

    /// <summary>R7: whether a counter-guarantee is needed, and what the proposed guarantors cover.</summary>
    private GuaranteeResult CheckCounterGuarantee(ExplanationBuilder explanation, Product product, EligibilityFacts facts)
    {
        var region = facts.Region;
        var date = facts.IntendedIssueDate;
        var amount = facts.RequestedAmountFen;

        var required = true;
        ParameterValue? exemptionRead = null;
        string exemptionRule = "";
        string exemptionDescription = "";
        switch (product.Exemption)
        {
            case Exemption.SmallIndividualLoan when _catalog.TryResolve(K.CounterGuaranteeExemptMaxAmount, region, date, out var exemptMax):
                exemptionRead = exemptMax;
                required = amount > exemptMax.Value.Fen;
                exemptionRule = "loans.counter_guarantee.small_individual_loan_exempt";
                exemptionDescription = "个人创业担保贷款金额不超过免反担保额度，免除反担保";
                break;
            case Exemption.Honours when _catalog.TryResolve(K.HonoursCounterGuaranteeExempt, region, date, out var honoursExempt):
                exemptionRead = honoursExempt;
                required = !honoursExempt.Value.Boolean;
                exemptionRule = "loans.counter_guarantee.honours_exempt";
                exemptionDescription = "荣誉及创业大赛获奖者贷款免除反担保";
                break;
        }

        ParameterValue? multiple = null;
        if ((required || facts.Guarantors.Count > 0)
            && _catalog.TryResolve(K.CounterGuaranteeGuarantorMultiple, region, date, out var resolvedMultiple))
        {
            multiple = resolvedMultiple;
        }

        var assessments = new List<GuarantorAssessment>();
        long capacity = 0;
        foreach (var guarantor in facts.Guarantors)
        {
            // Whole fen, rounded down: a guarantor never covers more than the multiple allows.
            long own = multiple is null ? 0 : checked((long)decimal.Floor(multiple.Value.Decimal * guarantor.MonthlyContributionFen));
            capacity = checked(capacity + own);
            assessments.Add(new GuarantorAssessment(guarantor, multiple?.Value.Decimal, own));
        }

        if (!required)
        {
            var check = explanation.Check(exemptionRule, true, exemptionDescription)
                .Fact("申请金额", ClerkText.Yuan(amount))
                .Uses(exemptionRead!);
            if (multiple is not null)
            {
                check.Uses(multiple);
            }

            return new GuaranteeResult(false, capacity, assessments);
        }

        if (multiple is null)
        {
            explanation.Check("loans.counter_guarantee.guarantor_multiple_in_force", false, "放款日无有效政策规定反担保人可担保额度倍数")
                .Fact("缺少的政策参数", K.CounterGuaranteeGuarantorMultiple);
            return new GuaranteeResult(true, capacity, assessments);
        }

        // Over the small loan's exemption, say where the exemption ends: a smaller loan would need no guarantor.
        var over = product.Exemption == Exemption.SmallIndividualLoan && exemptionRead is { } exempt
            ? $"申请金额超过个人免反担保额度 {ClerkText.Yuan(exempt.Value.Fen)}（不超过的免除反担保），" : "";
        var covers = explanation.Check("loans.counter_guarantee.capacity_covers_amount", capacity >= amount,
                $"{over}需要反担保：反担保人可担保额度（月缴社保或公积金 × 倍数）合计不低于申请金额")
            .Fact("申请金额", ClerkText.Yuan(amount))
            .Fact("反担保人可担保额度合计", ClerkText.Yuan(capacity));

        foreach (var a in assessments)
        {
            covers.Fact($"反担保人 {a.Guarantor.Name}", $"月缴 {ClerkText.Yuan(a.Guarantor.MonthlyContributionFen)}，可担保 {ClerkText.Yuan(a.CapacityFen)}");
        }

        covers.Uses(multiple);
        if (exemptionRead is not null)
        {
            covers.Uses(exemptionRead);
        }

        return new GuaranteeResult(true, capacity, assessments);
    }
}
