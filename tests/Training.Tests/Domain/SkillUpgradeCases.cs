using Employment.Policy.Model;
using Employment.Training.Domain.SkillUpgrade;

namespace Training.Tests.Domain;

/// <summary>Certificates and people for the domain tests: a Jiaozuo county, 武陟县 410823, by default.</summary>
internal static class SkillUpgradeCases
{
    public static readonly Region Wuzhi = Region.Parse("410823");
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static SkillCertificate Certificate(int year, CertificateLevel level = CertificateLevel.Level4, string occupation = "6-18-01-01", string? number = null, int month = 6, int day = 1) =>
        new(number ?? $"Y{year}{month:00}{day:00}{(int)level}{occupation}", occupation, "焊工", level, new DateOnly(year, month, day));

    /// <summary>Insured for <paramref name="months"/> whole months ending the day before <paramref name="by"/>, with a contract in force from then on.</summary>
    public static PersonInsuranceFacts Insured(int months, DateOnly by, bool contract = true)
    {
        var from = by.AddMonths(-months);
        return new PersonInsuranceFacts(
            [new UnemploymentInsuranceSpan(new DateSpan(from, by.AddDays(-1)), months, "fact-ui")],
            [],
            contract ? [(new DateSpan(from, null), "fact-contract")] : []);
    }

    public static PersonInsuranceFacts OnBenefit(DateOnly from) =>
        new([], [(new DateSpan(from, from.AddMonths(12)), "fact-benefit")], []);

    public static SkillUpgradeCase Case(SkillCertificate certificate, PersonInsuranceFacts? person = null, PriorSubsidies? prior = null, Region? region = null) =>
        new(certificate, person ?? Insured(24, certificate.IssueDate), prior ?? PriorSubsidies.None, region ?? Wuzhi, Today);

    public static PriorSubsidies Prior(params SkillCertificate[] certificates) =>
        new(certificates.Select((c, i) => new PriorSkillUpgrade($"TA-{i + 1}", c.CertificateNumber, c.OccupationCode, c.Level, c.IssueDate)).ToList(), []);

    public static SkillUpgradeRules Rules { get; } = new(ShippedCatalog.Catalog);
}
