using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;

namespace Employment.Hiring.UseCases;

/// <summary>A contract of the run's period with an employer of the region, as the registry records it.</summary>
internal sealed record OwedContract(Claimant Employer, HireContract Hire, DateOnly? End, bool PublicWelfarePost);

/// <summary>
/// A person's contracts the hire legs of the owed list judge (吸纳 / 扩岗 and the social-insurance subsidy for
/// hires alike): each with an employer of the region (<c>以单位形式参保</c> / <c>有雇工</c>, R17, come from the
/// registry's facts on it), starting in the period.
/// </summary>
internal static class OwedContracts
{
    /// <param name="withoutTerm">Told of each contract with an employer of the region the registry records without an end or a term, which cannot be judged.</param>
    public static IEnumerable<OwedContract> InPeriod(PersonProfile person, OwedListRun run, Action? withoutTerm = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(run);
        foreach (var fact in person.Facts)
        {
            if (fact.Kind != PersonFactKind.EmploymentContract || fact.Contract is not { } contract
                || !run.Employers.TryGetValue(contract.EmployerCreditCode.Trim().ToUpperInvariant(), out var employer))
            {
                continue;
            }

            if (HireFacts.ContractOf(fact) is not var (hire, end))
            {
                withoutTerm?.Invoke();
                continue;
            }

            if (hire.Start >= run.Query.From && hire.Start <= run.Query.Until)
            {
                yield return new OwedContract(employer, hire, end, contract.PublicWelfarePost);
            }
        }
    }
}
