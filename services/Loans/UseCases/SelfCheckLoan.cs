using Employment.Common.V1;
using Employment.Loans.Domain.Eligibility;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>What a person states for the loan self-check, validated.</summary>
internal sealed record StatedLoanFacts(
    BorrowerKind BorrowerKind,
    Region Region,
    DateOnly IssueDate,
    long AmountFen,
    int? TermMonths,
    IReadOnlyList<V1.StatedGroup> Groups,
    DateOnly? GraduationDate,
    bool Honours,
    int SubsidisedLoansSoFar,
    EnterpriseStaffing? Staffing,
    IReadOnlyList<long> GuarantorContributionsFen);

/// <summary>
/// 自助测算 for startup-guarantee loans. The person's statements become the facts the bank's query and the
/// counter's application read from the registry and this service's records (the groups as registry facts
/// of their kind, judged by <see cref="PersonalSubsidyConditions"/>; the loans so far as stated), and the same
/// <see cref="LoanProducts"/> judges every product in force. Reads no registry and no database, writes
/// nothing: a stranger learns nothing about anyone.
/// </summary>
internal sealed class SelfCheckLoan(LoanProducts products, PersonalSubsidyConditions conditions, ChinaClock clock)
{
    private const string Stated = "本人填报";

    /// <summary>Technical bounds of what a self-check may state (not policy figures): 50 years, 100 loans, ten million staff.</summary>
    private const int MaxStatedTermMonths = 600;
    private const int MaxStatedCount = 100;
    private const int MaxStatedStaff = 10_000_000;

    /// <summary>The statements checked field by field (INVALID_ARGUMENT naming the field), then judged.</summary>
    public V1.LoanSelfCheck Check(V1.LoanSelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BorrowerKind == V1.BorrowerKind.Unspecified || !Enum.IsDefined(request.BorrowerKind))
        {
            throw RpcErrors.Invalid("borrower_kind", "请选择借款人类型（borrower_kind）：个人、个体工商户、合伙创业、小微企业或中型企业。");
        }

        var region = LoanInput.Region(request.Region, "region");
        var issueDate = LoanInput.OptionalDate(request.IntendedIssueDate, "intended_issue_date") ?? clock.Today;
        var amount = LoanInput.Amount(request.RequestedAmount, "requested_amount");
        if (request.TermMonths is < 0 or > MaxStatedTermMonths)
        {
            throw RpcErrors.Invalid("term_months", $"贷款期限（月数）应在 1 至 {MaxStatedTermMonths} 之间，不填写为 0。");
        }

        for (var i = 0; i < request.Groups.Count; i++)
        {
            if (request.Groups[i] == V1.StatedGroup.Unspecified || !Enum.IsDefined(request.Groups[i]))
            {
                throw RpcErrors.Invalid($"groups[{i}]", "人员类别不在可选范围内。");
            }
        }

        var graduated = LoanInput.OptionalDate(request.GraduationDate, "graduation_date");
        if (graduated is null && request.Groups.Contains(V1.StatedGroup.CollegeGraduate))
        {
            throw RpcErrors.Invalid("graduation_date", "选择了高校毕业生，请填写毕业（预计毕业）日期（graduation_date）。");
        }

        if (request.SubsidisedLoansSoFar is < 0 or > MaxStatedCount)
        {
            throw RpcErrors.Invalid("subsidised_loans_so_far", $"已享受贴息贷款次数应在 0 至 {MaxStatedCount} 之间。");
        }

        if (request.Staffing is { } staffing && (staffing.CurrentStaff is < 0 or > MaxStatedStaff || staffing.QualifyingNewHiresThisYear is < 0 or > MaxStatedStaff))
        {
            throw RpcErrors.Invalid("staffing", $"在职职工人数和当年新招用人数应在 0 至 {MaxStatedStaff} 之间。");
        }

        var contributions = request.GuarantorMonthlyContributions
            .Select((fen, i) => LoanInput.NonNegativeAmount(fen, $"guarantor_monthly_contributions[{i}]"))
            .ToList();
        return Check(new StatedLoanFacts(
            (BorrowerKind)request.BorrowerKind, region, issueDate, amount, request.TermMonths > 0 ? request.TermMonths : null,
            [.. request.Groups], graduated, request.Honours, request.SubsidisedLoansSoFar,
            request.Staffing is { } s ? new EnterpriseStaffing(s.CurrentStaff, s.QualifyingNewHiresThisYear) : null, contributions));
    }

    public V1.LoanSelfCheck Check(StatedLoanFacts stated)
    {
        ArgumentNullException.ThrowIfNull(stated);
        var explanation = new ExplanationBuilder(stated.IssueDate);
        var meets = false;
        var basis = "";
        var honours = HonoursRoute.None;
        IReadOnlyList<Check> categoryChecks = [];
        if (ForAPerson(stated.BorrowerKind))
        {
            var result = conditions.Evaluate(Profile(stated), stated.Region, stated.IssueDate);
            (meets, basis, honours, categoryChecks) = (result.Met, result.BasisZh, result.HonoursRoute, result.Checks);
            explanation.Check(LoanCheckIds.PersonalConditions, meets, meets ? "借款人符合财政贴息申请条件（人员类别）" : basis)
                .Fact("人员类别", stated.Groups.Count == 0 ? "未填写" : string.Join("、", stated.Groups.Select(GroupZh)), Stated);
        }

        var facts = new EligibilityFacts
        {
            BorrowerKind = stated.BorrowerKind,
            Region = stated.Region,
            IntendedIssueDate = stated.IssueDate,
            RequestedAmountFen = stated.AmountFen,
            RequestedTermMonths = stated.TermMonths,
            MeetsPersonalSubsidyConditions = meets,
            PersonalSubsidyConditionsBasis = basis.Length > 0 ? $"{Stated}：{basis}" : Stated,
            HonoursRoute = honours,
            SubsidisedLoansSoFar = stated.SubsidisedLoansSoFar,
            Staffing = stated.Staffing,
            Guarantors = stated.GuarantorContributionsFen.Select((fen, i) => new Guarantor($"{Stated}-{i + 1}", $"第{i + 1}位", fen)).ToList(),
        };

        var offers = products.OffersFor(facts);
        var periods = offers.Count == 0 ? products.PeriodsFor(facts) : [];
        var sharesWithoutCap = offers.Count == 0 ? products.SharesWithoutCapFor(facts) : [];
        var answer = new V1.LoanSelfCheck
        {
            Eligible = offers.Any(o => o.Eligible),
            RemainingSubsidisedLoans = offers.Select(o => o.RemainingSubsidisedLoans).FirstOrDefault(r => r is not null) ?? 0,
            Explanation = explanation.Build(offers.Any(o => o.Eligible) ? "至少有一种贷款产品符合条件" : "没有符合条件的贷款产品"),
        };
        answer.Explanation.Checks.AddRange(categoryChecks);
        ProductsInForce.Explain(offers, facts, periods, answer.Explanation, sharesWithoutCap);
        answer.Offers.AddRange(offers.Select(o => OfferAnswers.ToProto(o, o.Explanation)));
        return answer;
    }

    /// <summary>The borrowers whose subsidy depends on the person's own group (R4); enterprises' on their hiring (R5).</summary>
    private static bool ForAPerson(BorrowerKind kind) =>
        kind is BorrowerKind.Individual or BorrowerKind.IndividualBusiness or BorrowerKind.Partnership;

    /// <summary>The statements as the registry would hold them: one fact of each stated kind, in force on the date.</summary>
    private static PersonProfile Profile(StatedLoanFacts stated)
    {
        var profile = new PersonProfile { Person = new Person() };
        foreach (var (group, i) in stated.Groups.Distinct().Select((g, i) => (g, i)))
        {
            var fact = new PersonFact { FactId = $"{Stated}-{i + 1}", Kind = Kind(group), Authority = Stated };
            if (group == V1.StatedGroup.CollegeGraduate && stated.GraduationDate is { } graduated)
            {
                fact.Education = new Education { Level = EducationLevel.JuniorCollege, GraduationDate = ProtoMapping.ToProto(graduated) };
            }

            profile.Facts.Add(fact);
        }

        if (stated.Honours)
        {
            profile.Facts.Add(new PersonFact { FactId = $"{Stated}-honour", Kind = PersonFactKind.Honour, Authority = Stated });
        }

        return profile;
    }

    private static PersonFactKind Kind(V1.StatedGroup group) => group switch
    {
        V1.StatedGroup.RegisteredUnemployed => PersonFactKind.UnemploymentRegistration,
        V1.StatedGroup.EmploymentDifficulty => PersonFactKind.EmploymentDifficulty,
        V1.StatedGroup.Disabled => PersonFactKind.Disability,
        V1.StatedGroup.Veteran => PersonFactKind.Veteran,
        V1.StatedGroup.CollegeGraduate => PersonFactKind.Education,
        V1.StatedGroup.ReturningMigrantWorker => PersonFactKind.ReturningMigrantWorker,
        V1.StatedGroup.PovertyAlleviated => PersonFactKind.PovertyAlleviated,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown stated group."),
    };

    private static string GroupZh(V1.StatedGroup group) => group switch
    {
        V1.StatedGroup.RegisteredUnemployed => "登记失业人员",
        V1.StatedGroup.EmploymentDifficulty => "就业困难人员",
        V1.StatedGroup.Disabled => "残疾人",
        V1.StatedGroup.Veteran => "退役军人",
        V1.StatedGroup.CollegeGraduate => "高校毕业生",
        V1.StatedGroup.ReturningMigrantWorker => "返乡创业农民工",
        V1.StatedGroup.PovertyAlleviated => "脱贫人口",
        _ => group.ToString(),
    };
}
