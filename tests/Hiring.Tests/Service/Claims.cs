using Employment.Common.V1;
using Employment.Hiring.V1;

namespace Hiring.Tests.Service;

/// <summary>Claim requests as a counter writes them.</summary>
internal static class Claims
{
    public static SubmitClaimRequest Of(SubsidyKind kind, string creditCode, params HireItem[] hires) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Employer = new EmployerKey { CreditCode = creditCode },
        Kind = kind,
        Hires = { hires },
        PaymentAccount = "6222000000000000001",
    };

    /// <summary>A labour contract from <paramref name="start"/> to <paramref name="end"/> (inclusive), or open-ended when <paramref name="end"/> is null.</summary>
    public static HireItem Hire(string idNumber, DateOnly start, DateOnly? end = null) => new()
    {
        PersonIdNumber = idNumber,
        ContractStart = HiringHost.Date(start),
        ContractEnd = end is { } last ? HiringHost.Date(last) : null,
        OpenEnded = end is null,
    };
}
