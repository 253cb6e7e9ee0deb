using Employment.IdentityNumbers;

namespace Employment.Applicants.Domain.Employers;

/// <summary>An employer whose registration passed every rule; <see cref="Details"/> holds the rest of what the clerk entered (region, kind, industry).</summary>
public sealed record NewEmployer(UnifiedSocialCreditCode CreditCode, string Name, string Region, byte[] Details);
