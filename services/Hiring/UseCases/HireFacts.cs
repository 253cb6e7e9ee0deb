using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Hiring.Domain.OneOffHires;

namespace Employment.Hiring.UseCases;

/// <summary>From the registry's profile to the facts the hire rules read.</summary>
public static class HireFacts
{
    /// <summary>
    /// Months of contributions per scheme that the claimant itself paid for the person in periods
    /// starting on or after the contract start (R18: another employer's months, or the person's own as a
    /// flexible worker, do not count). Corrected (superseded) facts are skipped.
    /// </summary>
    public static InsuredMonths PaidByClaimantSince(PersonProfile person, string claimantCreditCode, DateOnly contractStart)
    {
        ArgumentNullException.ThrowIfNull(person);
        var months = new Dictionary<InsuredScheme, int>();
        foreach (var fact in person.Facts)
        {
            if (fact.Superseded
                || fact.Kind is not (PersonFactKind.SocialInsurance or PersonFactKind.UnemploymentInsurance)
                || fact.Insurance is not { } insurance
                || insurance.FlexibleWorker
                || !string.Equals(insurance.EmployerCreditCode.Trim(), claimantCreditCode, StringComparison.OrdinalIgnoreCase)
                || Start(fact.Period) is not { } from
                || from < contractStart
                || Scheme(fact.Kind, insurance.Scheme) is not { } scheme)
            {
                continue;
            }

            months[scheme] = months.GetValueOrDefault(scheme) + Math.Max(0, insurance.Months);
        }

        return new InsuredMonths(months);
    }

    /// <summary>
    /// The labour contract a registry fact records, as a clerk would copy it from the paper contract:
    /// the start, and the last day (the fact's period end, else start plus the recorded term) unless it
    /// is open-ended, with the fact's source (<see cref="SourceOf"/>); null when the fact holds no usable start or term.
    /// </summary>
    public static (HireContract Contract, DateOnly? End)? ContractOf(PersonFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Superseded || fact.Kind != PersonFactKind.EmploymentContract || fact.Contract is not { } contract || Start(fact.Period) is not { } start)
        {
            return null;
        }

        var source = SourceOf(fact);
        if (contract.OpenEnded)
        {
            return (new HireContract(start, 0, OpenEnded: true) { Source = source }, null);
        }

        DateOnly end;
        if (fact.Period?.Until is { Year: > 0 } until)
        {
            try
            {
                end = new DateOnly(until.Year, until.Month, until.Day);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }
        else if (contract.TermMonths > 0)
        {
            end = start.AddMonths(contract.TermMonths).AddDays(-1);
        }
        else
        {
            return null;
        }

        var months = end < start ? 0 : HireInput.TermMonths(start, end);
        return months < 1 ? null : (new HireContract(start, months) { Source = source }, end);
    }

    /// <summary>A registry fact as an explanation cites it: who vouches for it, and its evidence.</summary>
    public static string SourceOf(PersonFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var evidence = fact.EvidenceReference.Trim();
        return $"登记系统记录：{fact.Authority.Trim()}{(evidence.Length > 0 ? "，凭证 " + evidence : "")}";
    }

    /// <summary>The scheme an insurance fact records (an unemployment-insurance fact is that scheme); null for one no subsidy counts.</summary>
    public static InsuredScheme? Scheme(PersonFactKind kind, InsuranceScheme scheme) =>
        kind == PersonFactKind.UnemploymentInsurance ? InsuredScheme.Unemployment : scheme switch
        {
            InsuranceScheme.Pension => InsuredScheme.Pension,
            InsuranceScheme.Medical => InsuredScheme.Medical,
            InsuranceScheme.Unemployment => InsuredScheme.Unemployment,
            InsuranceScheme.WorkInjury => InsuredScheme.WorkInjury,
            _ => null,
        };

    private static DateOnly? Start(DatePeriod? period) =>
        ProtoMapping.DayOrNull(period?.From);
}
