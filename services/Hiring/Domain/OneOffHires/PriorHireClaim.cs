namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// An earlier claim of 吸纳 or 扩岗 for the same person, by any employer, that still stands (submitted,
/// approved or paid; a rejected claim is not one). R9: the person is paid only one of the two, once, to
/// one employer, so any such claim refuses a new one, and the refusal names it.
/// </summary>
public sealed record PriorHireClaim(string ClaimReference, HireSubsidyKind Kind, string EmployerCreditCode, DateOnly ContractStart);
