using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's social-insurance leg for hires (R21, R25): a contract of the period with an
/// employer of the region, judged by the same <see cref="SocialInsuranceJudge"/> a claim at the counter uses,
/// on the employer's monthly parts the registry records (<see cref="RegistryContributions"/>) less the months
/// a standing claim already subsidises (<c>hiring.si.month_paid_once</c>). The prepared item names those
/// months, so the claim a clerk submits from it is judged on exactly them. A contract the registry records as a
/// 公益性岗位 placement takes that route too (15号（三）, R26), and the prepared item says so, as the clerk
/// would; a hire a claim would refuse as a precondition (an enterprise
/// without a size fact where only a size route pays, an unconfigured share) is not owed. Stores nothing.
/// </summary>
public sealed class OwedSocialInsurance(SocialInsuranceJudge judge)
{
    /// <summary>The item owed for this contract, or null when nothing is.</summary>
    /// <param name="publicWelfarePost">The registry records the contract as a 公益性岗位 placement (15号（三）'s route, R26).</param>
    public V1.OwedSubsidy? Judge(PersonProfile person, Claimant claimant, HireContract contract, DateOnly? end, bool publicWelfarePost, IReadOnlyCollection<StandingMonth> standing)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(contract);
        var held = standing.Select(s => s.Month).ToHashSet(StringComparer.Ordinal);
        var months = RegistryContributions.Of(person, claimant.CreditCode, contract, end).Where(m => !held.Contains(m.Display)).ToList();
        if (months.Count == 0)
        {
            return null;
        }

        var hire = new SocialInsuranceHire(HireClaimJudging.Employer(claimant, null, contract.Start), EmployerFacts.SizeOn(claimant, contract.Start), person, contract, publicWelfarePost, months);
        SocialInsuranceJudgement judgement;
        try
        {
            judgement = judge.Judge(hire);
        }
        catch (DomainRuleException)
        {
            // What a claim at the counter would refuse (no size fact, an unconfigured share, R3) is not owed.
            return null;
        }

        if (!judgement.Approved || judgement.AmountFen <= 0)
        {
            return null;
        }

        var item = new V1.HireItem
        {
            PersonId = person.Person.PersonId,
            ContractStart = ProtoMapping.ToProto(contract.Start),
            ContractEnd = end is { } last ? ProtoMapping.ToProto(last) : null,
            OpenEnded = contract.OpenEnded,
            PublicWelfarePost = publicWelfarePost,
        };
        item.Contributions.AddRange(months.Select(m => new V1.ContributionMonth { Year = m.Year, Month = m.Month, Paid = new Money { Fen = m.PaidFen }, PaidOnTime = m.PaidOnTime }));
        return new V1.OwedSubsidy
        {
            Kind = V1.SubsidyKind.SocialInsurance,
            PersonId = person.Person.PersonId,
            PersonIdNumber = person.Person.IdNumber,
            NameMasked = IdentityNumbers.NameMasking.Mask(person.Person.Name),
            Amount = new Money { Fen = judgement.AmountFen },
            Explanation = SocialInsuranceExplanation.Of(judgement, contract.Start),
            EventDate = ProtoMapping.ToProto(contract.Start),
            Hire = item,
        };
    }
}
