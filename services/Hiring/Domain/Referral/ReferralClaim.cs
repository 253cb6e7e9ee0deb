using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Referral;

/// <summary>
/// An agency's claim for the 职业介绍补贴 (豫政办〔2022〕14号 四、, R26) for one placement: the agency (its registered
/// region selects the configured amount), whether it is a licensed HR service or job agency, whether the
/// placement was free to the job seeker, the job seeker, the contract they started (its start is the event
/// date) and the employer, and any earlier claim for the same placement.
/// </summary>
public sealed record ReferralClaim(
    string AgencyCreditCode,
    string AgencyName,
    Region AgencyRegion,
    bool LicensedAgency,
    bool FreeOfCharge,
    PersonProfile JobSeeker,
    HireContract Contract,
    string EmployerCreditCode,
    IReadOnlyList<string> EarlierClaimsForThisPlacement)
{
    public void Validate()
    {
        Contract.Validate();
        if (string.IsNullOrWhiteSpace(EmployerCreditCode))
        {
            throw DomainRuleException.Invalid("employer_credit_code", "请提供录用单位的统一社会信用代码。 (The hiring employer is required.)");
        }
    }
}

/// <summary>The decision on one referral placement.</summary>
public sealed record ReferralJudgement(bool Approved, long AmountFen, bool PolicyInForce, string? ConflictingClaimReference, Explanation Explanation);
