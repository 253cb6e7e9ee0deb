using Employment.Common.V1;
using Employment.Loans.Domain.Eligibility;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>What a person states for the loan self-check, validated by the gRPC class.</summary>
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
internal sealed class SelfCheckLoan(LoanProducts products, PersonalSubsidyConditions conditions)
{
    private const string Stated = "本人填报";

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
